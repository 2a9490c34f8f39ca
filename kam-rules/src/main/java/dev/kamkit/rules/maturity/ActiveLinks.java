package dev.kamkit.rules.maturity;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.LastContacts;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.RelationshipStrength;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who of ours actively holds whom on a day, pair by pair, with the strength of each relationship.
 *
 * <p>The definition is kam-scoring's relationship coverage: the team member is on the team that
 * day, the stakeholder can still be engaged (active or retiring), and the later of the
 * relationship's recorded last interaction and the latest completed interaction both took part in
 * (up to {@code asOf}) lies within {@code activeWithinDays}. Relationships that are not active are
 * kept with their last interaction, so lapsed threads can be counted too.
 */
final class ActiveLinks {
  /** One relationship as of the day, with its effective last interaction if any. */
  record Link(
      TeamMemberId member,
      StakeholderId stakeholder,
      RelationshipStrength strength,
      Optional<LocalDate> last,
      boolean active) {}

  private static final Comparator<Link> ORDER =
      Comparator.comparing(Link::member).thenComparing(Link::stakeholder);

  private final List<Link> all;

  private ActiveLinks(List<Link> all) {
    this.all = all;
  }

  static ActiveLinks of(KeyAccount account, LocalDate asOf, int activeWithinDays) {
    LastContacts contacts = LastContacts.of(account, asOf);
    LocalDate windowStart = asOf.minusDays(activeWithinDays);
    List<Link> links = new ArrayList<>();
    for (Relationship r : account.relationships()) {
      boolean onTeam =
          account.teamMember(r.teamMember()).map(m -> m.isActiveOn(asOf)).orElse(false);
      boolean engageable =
          account.stakeholder(r.stakeholder()).map(s -> s.status().isEngageable()).orElse(false);
      Optional<LocalDate> last = contacts.of(r);
      boolean recent = last.map(d -> !d.isBefore(windowStart)).orElse(false);
      boolean active = onTeam && engageable && recent;
      links.add(new Link(r.teamMember(), r.stakeholder(), r.strength(), last, active));
    }
    links.sort(ORDER);
    return new ActiveLinks(List.copyOf(links));
  }

  /** Every relationship, sorted by member then stakeholder. */
  List<Link> all() {
    return all;
  }

  /** The active relationships, sorted by member then stakeholder. */
  List<Link> active() {
    return all.stream().filter(Link::active).toList();
  }
}
