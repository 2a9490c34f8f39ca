package dev.kamkit.rules.review;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.LastContacts;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.TeamMember;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The changes in the stakeholder map and in our relationships with it. */
final class People {
  private final KeyAccount before;
  private final LocalDate since;
  private final KeyAccount after;
  private final LocalDate asOf;

  People(Sides sides) {
    before = sides.before();
    since = sides.since();
    after = sides.after();
    asOf = sides.asOf();
  }

  void stakeholders(Changes out) {
    Map<StakeholderId, Stakeholder> then = Changes.byKey(before.stakeholders(), Stakeholder::id);
    Map<StakeholderId, Stakeholder> now = Changes.byKey(after.stakeholders(), Stakeholder::id);
    for (Stakeholder s : now.values()) {
      Stakeholder was = then.get(s.id());
      List<StakeholderId> subject = List.of(s.id());
      Arg who = Arg.of(s.id(), s.name());
      if (was == null) {
        out.add(Movement.BETTER, subject, ReviewCode.STAKEHOLDER_ADDED, who);
        continue;
      }
      status(was.status(), s.status(), subject, who, out);
      if (!was.sentiment().equals(s.sentiment())) {
        if (was.sentiment().isPresent() && s.sentiment().isPresent()) {
          out.add(
              Changes.byRank(was.sentiment().get().score(), s.sentiment().get().score()),
              subject,
              ReviewCode.SENTIMENT_MOVED,
              who,
              Arg.of(was.sentiment().get()),
              Arg.of(s.sentiment().get()));
        } else if (s.sentiment().isPresent()) {
          out.add(
              Movement.NOTED,
              subject,
              ReviewCode.SENTIMENT_RECORDED,
              who,
              Arg.of(s.sentiment().get()));
        } else {
          out.add(
              Movement.NOTED,
              subject,
              ReviewCode.SENTIMENT_CLEARED,
              who,
              Arg.of(was.sentiment().orElseThrow()));
        }
      }
      if (!was.influence().equals(s.influence())) {
        if (was.influence().isPresent() && s.influence().isPresent()) {
          out.add(
              Movement.NOTED,
              subject,
              ReviewCode.INFLUENCE_MOVED,
              who,
              Arg.of(was.influence().get()),
              Arg.of(s.influence().get()));
        } else if (s.influence().isPresent()) {
          out.add(
              Movement.NOTED,
              subject,
              ReviewCode.INFLUENCE_RECORDED,
              who,
              Arg.of(s.influence().get()));
        } else {
          out.add(
              Movement.NOTED,
              subject,
              ReviewCode.INFLUENCE_CLEARED,
              who,
              Arg.of(was.influence().orElseThrow()));
        }
      }
    }
    for (Stakeholder was : then.values()) {
      if (!now.containsKey(was.id()) && was.status() != StakeholderStatus.DEPARTED) {
        out.add(
            Movement.WORSE,
            List.of(was.id()),
            ReviewCode.STAKEHOLDER_DEPARTED,
            Arg.of(was.id(), was.name()));
      }
    }
  }

  private static void status(
      StakeholderStatus from,
      StakeholderStatus to,
      List<StakeholderId> subject,
      Arg who,
      Changes out) {
    if (from == to) {
      return;
    }
    switch (to) {
      case DEPARTED -> out.add(Movement.WORSE, subject, ReviewCode.STAKEHOLDER_DEPARTED, who);
      case RETIRING -> out.add(Movement.WORSE, subject, ReviewCode.STAKEHOLDER_RETIRING, who);
      default ->
          out.add(
              to == StakeholderStatus.ACTIVE ? Movement.BETTER : Movement.WORSE,
              subject,
              ReviewCode.STAKEHOLDER_STATUS,
              who,
              Arg.of(from),
              Arg.of(to));
    }
  }

  void relationships(Changes out, int quietAfterDays) {
    Map<List<Object>, Relationship> then = Changes.byKey(before.relationships(), People::key);
    Map<List<Object>, Relationship> now = Changes.byKey(after.relationships(), People::key);
    LastContacts contactsThen = LastContacts.of(before, since);
    LastContacts contactsNow = LastContacts.of(after, asOf);
    for (Relationship r : now.values()) {
      Relationship was = then.get(key(r));
      if (was == null) {
        out.add(
            Movement.BETTER,
            subjects(r),
            ReviewCode.RELATIONSHIP_GAINED,
            member(r.teamMember()),
            stakeholder(r.stakeholder()),
            Arg.of(r.strength()));
        continue;
      }
      if (was.strength() != r.strength()) {
        out.add(
            Changes.byRank(was.strength().ordinal(), r.strength().ordinal()),
            subjects(r),
            ReviewCode.RELATIONSHIP_STRENGTH,
            member(r.teamMember()),
            stakeholder(r.stakeholder()),
            Arg.of(was.strength()),
            Arg.of(r.strength()));
      }
      boolean inTouchThen = inTouch(contactsThen.of(was), since, quietAfterDays);
      boolean inTouchNow = inTouch(contactsNow.of(r), asOf, quietAfterDays);
      if (inTouchThen && !inTouchNow) {
        out.add(
            Movement.WORSE,
            subjects(r),
            ReviewCode.RELATIONSHIP_QUIET,
            member(r.teamMember()),
            stakeholder(r.stakeholder()),
            Arg.of(quietAfterDays));
      }
    }
    for (Relationship was : then.values()) {
      if (!now.containsKey(key(was))) {
        out.add(
            Movement.WORSE,
            subjects(was),
            ReviewCode.RELATIONSHIP_LOST,
            member(was.teamMember()),
            stakeholder(was.stakeholder()));
      }
    }
  }

  private static boolean inTouch(Optional<LocalDate> last, LocalDate day, int days) {
    return last.map(d -> !d.isBefore(day.minusDays(days))).orElse(false);
  }

  private static List<Object> key(Relationship r) {
    return List.of(r.teamMember(), r.stakeholder());
  }

  private static List<KamId> subjects(Relationship r) {
    return List.of(r.teamMember(), r.stakeholder());
  }

  private Arg member(TeamMemberId id) {
    String name =
        after
            .teamMember(id)
            .or(() -> before.teamMember(id))
            .map(TeamMember::name)
            .orElse(id.value());
    return Arg.of(id, name);
  }

  private Arg stakeholder(StakeholderId id) {
    String name =
        after
            .stakeholder(id)
            .or(() -> before.stakeholder(id))
            .map(Stakeholder::name)
            .orElse(id.value());
    return Arg.of(id, name);
  }
}
