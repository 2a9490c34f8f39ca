package dev.kamkit.scoring.health;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.WeightedScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Committee access gained: key committees (P&amp;T, VAC, formulary by default) first reached in the
 * window, through a relationship of ours with one of their voting members (seed 000).
 *
 * <p>A committee counts as already reached when a current relationship with a voting member started
 * before the window, or has no start date (it is then taken to be old). Only the committees not
 * reached before the window can be gained; when every key committee was already reached, there is
 * nothing left to gain and the indicator is fully met.
 */
final class CommitteeAccess {
  private final KeyAccount account;
  private final HealthPolicy policy;
  private final Window window;

  CommitteeAccess(KeyAccount account, HealthPolicy policy, Window window) {
    this.account = account;
    this.policy = policy;
    this.window = window;
  }

  Measure measure() {
    List<DecisionBody> key =
        account.decisionBodies().stream()
            .filter(b -> policy.keyCommittees().contains(b.kind()))
            .sorted(Comparator.comparing(DecisionBody::id))
            .toList();
    if (key.isEmpty()) {
      return Measure.notApplicable(
          HealthIndicator.COMMITTEE_ACCESS,
          List.of(
              Reason.of(
                  "health.committee.none-recorded",
                  Effect.GAP,
                  "No key committee ("
                      + kinds()
                      + ") is recorded: map where decisions are made to"
                      + " measure committee access",
                  List.of())));
    }
    List<Reason> reasons = new ArrayList<>();
    List<String> held = new ArrayList<>();
    List<KamId> heldIds = new ArrayList<>();
    int open = 0;
    int gained = 0;
    for (DecisionBody body : key) {
      List<Relationship> access = accessTo(body);
      boolean before =
          access.stream()
              .anyMatch(r -> r.since().map(d -> d.isBefore(window.start())).orElse(true));
      if (before) {
        held.add(body.name());
        heldIds.add(body.id());
        continue;
      }
      open++;
      Optional<Relationship> first =
          access.stream()
              .filter(r -> r.since().map(window::contains).orElse(false))
              .min(LeadingIndicators.BY_START);
      if (first.isPresent()) {
        gained++;
        Relationship r = first.get();
        reasons.add(
            Reason.of(
                "health.committee.gained",
                Effect.STRENGTH,
                "Access to "
                    + body.name()
                    + " gained: "
                    + LeadingIndicators.memberName(account, r)
                    + " with voting member "
                    + LeadingIndicators.stakeholderName(account, r)
                    + " since "
                    + r.since().orElseThrow(),
                List.of(body.id(), r.stakeholder())));
      } else {
        List<Stakeholder> voters = voters(body);
        List<KamId> subjects = new ArrayList<>();
        subjects.add(body.id());
        voters.forEach(s -> subjects.add(s.id()));
        reasons.add(
            Reason.of(
                "health.committee.not-reached",
                Effect.GAP,
                voters.isEmpty()
                    ? body.name() + ": no voting member is mapped"
                    : body.name()
                        + ": none of its voting members ("
                        + Texts.and(voters.stream().map(Stakeholder::name).toList())
                        + ") is held by us",
                subjects));
      }
    }
    if (!held.isEmpty()) {
      reasons.add(
          Reason.of(
              "health.committee.held",
              Effect.STRENGTH,
              "Already reached before " + window.describe() + ": " + Texts.and(held),
              heldIds));
    }
    int target = policy.committeeAccessTarget();
    BigDecimal fulfilment =
        open == 0
            ? BigDecimal.ONE
            : WeightedScore.ratio(Math.min(gained, target), Math.min(target, open));
    return Measure.of(HealthIndicator.COMMITTEE_ACCESS, fulfilment, gained, reasons);
  }

  /** Current relationships of ours with the body's voting members. */
  private List<Relationship> accessTo(DecisionBody body) {
    Set<StakeholderId> voters =
        voters(body).stream().map(Stakeholder::id).collect(Collectors.toSet());
    return account.relationships().stream()
        .filter(r -> voters.contains(r.stakeholder()))
        .filter(r -> LeadingIndicators.isCurrent(account, r, window.end()))
        .toList();
  }

  /** The body's voting members still in the account, sorted by id. */
  private List<Stakeholder> voters(DecisionBody body) {
    return account.stakeholders().stream()
        .filter(s -> s.status().isEngageable())
        .filter(
            s ->
                s.committeeMemberships().stream()
                    .anyMatch(m -> m.decisionBody().equals(body.id()) && m.votes()))
        .sorted(Comparator.comparing(Stakeholder::id))
        .toList();
  }

  private String kinds() {
    return Texts.and(policy.keyCommittees().stream().sorted().map(Texts::words).toList());
  }
}
