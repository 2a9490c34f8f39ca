package dev.kamkit.scoring.health;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.DecisionBodyId;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Committee access gained: key committees (P&amp;T, VAC, formulary by default) first reached in the
 * window, through a relationship of ours with one of their voting members (Prolifiq, "Pharma Key
 * Account Management").
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
                  HealthCode.COMMITTEE_NONE_RECORDED,
                  Effect.GAP,
                  List.of(),
                  Arg.list(policy.keyCommittees().stream().sorted().map(Arg::of).toList()))));
    }
    List<Reason> reasons = new ArrayList<>();
    List<Arg> held = new ArrayList<>();
    List<KamId> heldIds = new ArrayList<>();
    int open = 0;
    int gained = 0;
    Map<DecisionBodyId, List<Stakeholder>> votersByBody = votersByBody();
    Map<DecisionBodyId, List<Relationship>> accessByBody = accessByBody(votersByBody);
    for (DecisionBody body : key) {
      List<Relationship> access = accessByBody.getOrDefault(body.id(), List.of());
      boolean before =
          access.stream()
              .anyMatch(r -> r.since().map(d -> d.isBefore(window.start())).orElse(true));
      Arg committee = Arg.of(body.id(), body.name());
      if (before) {
        held.add(committee);
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
                HealthCode.COMMITTEE_GAINED,
                Effect.STRENGTH,
                List.of(body.id(), r.stakeholder()),
                committee,
                LeadingIndicators.member(account, r),
                LeadingIndicators.stakeholder(account, r),
                Arg.of(r.since().orElseThrow())));
      } else {
        List<Stakeholder> voters = votersByBody.getOrDefault(body.id(), List.of());
        List<KamId> subjects = new ArrayList<>();
        subjects.add(body.id());
        voters.forEach(s -> subjects.add(s.id()));
        reasons.add(
            voters.isEmpty()
                ? Reason.of(HealthCode.COMMITTEE_NO_VOTING_MEMBER, Effect.GAP, subjects, committee)
                : Reason.of(
                    HealthCode.COMMITTEE_NOT_REACHED,
                    Effect.GAP,
                    subjects,
                    committee,
                    Arg.list(voters, s -> Arg.of(s.id(), s.name()))));
      }
    }
    if (!held.isEmpty()) {
      reasons.add(
          Reason.of(
              HealthCode.COMMITTEE_HELD,
              Effect.STRENGTH,
              heldIds,
              window.daysArg(),
              window.endArg(),
              Arg.list(held)));
    }
    int target = policy.committeeAccessTarget();
    BigDecimal fulfilment =
        open == 0
            ? BigDecimal.ONE
            : WeightedScore.ratio(Math.min(gained, target), Math.min(target, open));
    return Measure.of(HealthIndicator.COMMITTEE_ACCESS, fulfilment, gained, reasons);
  }

  /**
   * Current relationships of ours with each body's voting members, in the account's order: one pass
   * over the relationships rather than one per body.
   */
  private Map<DecisionBodyId, List<Relationship>> accessByBody(
      Map<DecisionBodyId, List<Stakeholder>> votersByBody) {
    Map<StakeholderId, List<DecisionBodyId>> votesOn = new HashMap<>();
    votersByBody.forEach(
        (body, voters) ->
            voters.forEach(s -> votesOn.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(body)));
    Map<DecisionBodyId, List<Relationship>> access = new HashMap<>();
    for (Relationship r : account.relationships()) {
      List<DecisionBodyId> bodies = votesOn.get(r.stakeholder());
      if (bodies != null && LeadingIndicators.isCurrent(account, r, window.end())) {
        bodies.forEach(b -> access.computeIfAbsent(b, k -> new ArrayList<>()).add(r));
      }
    }
    return access;
  }

  /** Each body's voting members still in the account, sorted by id. */
  private Map<DecisionBodyId, List<Stakeholder>> votersByBody() {
    List<Stakeholder> engageable = new ArrayList<>();
    for (Stakeholder s : account.stakeholders()) {
      if (s.status().isEngageable()) {
        engageable.add(s);
      }
    }
    engageable.sort(Comparator.comparing(Stakeholder::id));
    return Stakeholder.votersByBody(engageable);
  }
}
