package dev.kamkit.scoring.coverage;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.CommitteeMembership;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.WeightedScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes the coverage score of one account for one set of engagements. The scorer runs it once
 * with the account's real engagements and, to rank next stakeholders or to see what a leaver takes
 * away, with changed ones; {@code explain = false} skips the words and keeps the numbers.
 */
final class CoverageEvaluation {
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private final KeyAccount account;
  private final CoveragePolicy policy;
  private final AccountScale scale;
  private final ScaleTargets targets;
  private final List<Stakeholder> mapped;

  CoverageEvaluation(KeyAccount account, CoveragePolicy policy) {
    this.account = account;
    this.policy = policy;
    this.scale = policy.scaleOf(account.account());
    this.targets = policy.targetsFor(scale);
    this.mapped =
        account.stakeholders().stream()
            .filter(Engagements::isMapped)
            .sorted(Comparator.comparing(Stakeholder::id))
            .toList();
  }

  AccountScale scale() {
    return scale;
  }

  List<Stakeholder> mapped() {
    return mapped;
  }

  Score score(Engagements engaged, boolean explain) {
    WeightedScore score = WeightedScore.named("relationship coverage");
    buyingRoles(score, engaged, explain);
    committees(score, engaged, explain);
    depth(score, engaged, explain);
    breadth(score, explain);
    multithreading(score, engaged, explain);
    sentiment(score, explain);
    return score.build();
  }

  private void buyingRoles(WeightedScore score, Engagements engaged, boolean explain) {
    List<Reason> reasons = new ArrayList<>();
    BigDecimal credit = BigDecimal.ZERO;
    // EnumSet.copyOf would throw on a policy without key roles: start empty, in enum order
    Set<BuyingRole> roles = EnumSet.noneOf(BuyingRole.class);
    roles.addAll(policy.keyBuyingRoles());
    for (BuyingRole role : roles) {
      List<Stakeholder> holders = mapped.stream().filter(s -> s.holds(role)).toList();
      List<Stakeholder> held = holders.stream().filter(s -> engaged.isEngaged(s.id())).toList();
      if (!held.isEmpty()) {
        credit = credit.add(BigDecimal.ONE);
        if (explain) {
          reasons.add(
              reason(
                  "coverage.role.engaged",
                  Effect.STRENGTH,
                  label(role) + " " + names(held) + " held by " + holderNames(held, engaged),
                  ids(held)));
        }
      } else if (!holders.isEmpty()) {
        credit = credit.add(HALF);
        if (explain) {
          reasons.add(
              reason(
                  "coverage.role.unheld",
                  Effect.GAP,
                  label(role)
                      + " "
                      + names(holders)
                      + " is mapped but nobody of ours holds "
                      + (holders.size() == 1 ? "them" : "any of them")
                      + " actively",
                  ids(holders)));
        }
      } else if (explain) {
        reasons.add(
            reason(
                "coverage.role.unmapped",
                Effect.GAP,
                "No " + label(role).toLowerCase(Locale.ROOT) + " is mapped",
                List.of()));
      }
    }
    if (explain) {
      risks(reasons, engaged);
    }
    if (roles.isEmpty()) {
      // a policy that names no key role does not judge roles; the risks are still reported
      score.notApplicable("buying-roles", "Key buying roles engaged", reasons);
      return;
    }
    score.add(
        "buying-roles",
        "Key buying roles engaged",
        policy.buyingRolesWeight(),
        rolesFulfilment(credit, roles.size()),
        reasons);
  }

  /** Credit (1 per role held, 1/2 per role only mapped) as a share of the key roles. */
  static BigDecimal rolesFulfilment(BigDecimal credit, int roles) {
    return credit.divide(BigDecimal.valueOf(Math.max(1, roles)), 6, RoundingMode.HALF_EVEN);
  }

  /** Active relationships against the scale's target, capped at the target. */
  BigDecimal depthFulfilment(int active) {
    return WeightedScore.ratio(Math.min(active, targets.active()), targets.active());
  }

  /** The mean of our people and their functions reached, each against its target. */
  BigDecimal threadsFulfilment(int ours, int functions) {
    BigDecimal oursPart =
        WeightedScore.ratio(Math.min(ours, targets.ourPeople()), targets.ourPeople());
    BigDecimal theirsPart =
        WeightedScore.ratio(
            Math.min(functions, targets.theirFunctions()), targets.theirFunctions());
    return oursPart.add(theirsPart).divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_EVEN);
  }

  /** The decision bodies that count as key committees for this policy, sorted by id. */
  List<DecisionBody> keyCommittees() {
    return account.decisionBodies().stream()
        .filter(b -> policy.keyCommittees().contains(b.kind()))
        .sorted(Comparator.comparing(DecisionBody::id))
        .toList();
  }

  /**
   * The mapped stakeholders holding a vote on each decision body, in id order: one pass over the
   * memberships instead of one scan of every stakeholder per body.
   */
  Map<DecisionBodyId, List<Stakeholder>> votersByBody() {
    Map<DecisionBodyId, List<Stakeholder>> voters = new HashMap<>();
    for (Stakeholder s : mapped) {
      Set<DecisionBodyId> bodies = votingBodies(s);
      for (DecisionBodyId body : bodies) {
        voters.computeIfAbsent(body, k -> new ArrayList<>()).add(s);
      }
    }
    return voters;
  }

  /** The decision bodies on which {@code s} holds a vote. */
  static Set<DecisionBodyId> votingBodies(Stakeholder s) {
    Set<DecisionBodyId> bodies = new LinkedHashSet<>();
    for (CommitteeMembership m : s.committeeMemberships()) {
      if (m.votes()) {
        bodies.add(m.decisionBody());
      }
    }
    return bodies;
  }

  /** Champions leaving, and blockers who outrank everyone we hold. */
  private void risks(List<Reason> reasons, Engagements engaged) {
    List<Stakeholder> everyone =
        account.stakeholders().stream().sorted(Comparator.comparing(Stakeholder::id)).toList();
    for (Stakeholder s : everyone) {
      if (s.holds(BuyingRole.CLINICAL_CHAMPION)
          && (s.status() == StakeholderStatus.RETIRING
              || s.status() == StakeholderStatus.DEPARTED)) {
        String when = s.departureDate().map(d -> " on " + d).orElse("");
        reasons.add(
            reason(
                "coverage.champion.leaving",
                Effect.RISK,
                "Clinical champion "
                    + s.name()
                    + (s.status() == StakeholderStatus.RETIRING ? " is retiring" : " has left")
                    + when
                    + ": build a successor relationship",
                List.of(s.id())));
      }
    }
    Optional<Seniority> highestHeld =
        mapped.stream()
            .filter(s -> engaged.isEngaged(s.id()))
            .flatMap(s -> s.seniority().stream())
            .max(Comparator.naturalOrder());
    for (Stakeholder blocker : mapped) {
      if (blocker.holds(BuyingRole.BLOCKER)
          && blocker.seniority().isPresent()
          && !engaged.isEngaged(blocker.id())
          && highestHeld.map(h -> blocker.seniority().get().outranks(h)).orElse(true)) {
        reasons.add(
            reason(
                "coverage.blocker.outranks",
                Effect.RISK,
                "Blocker "
                    + blocker.name()
                    + " ("
                    + label(blocker.seniority().get())
                    + ") outranks everyone we hold",
                List.of(blocker.id())));
      }
    }
  }

  private void committees(WeightedScore score, Engagements engaged, boolean explain) {
    List<DecisionBody> key = keyCommittees();
    List<Reason> reasons = new ArrayList<>();
    if (key.isEmpty()) {
      if (scale.compareTo(policy.committeesExpectedFrom()) < 0) {
        if (explain) {
          reasons.add(
              reason(
                  "coverage.committee.not-expected",
                  Effect.STRENGTH,
                  "No P&T committee or VAC is expected in an account of this size",
                  List.of()));
        }
        score.notApplicable("committees", "Decision committees reached", reasons);
        return;
      }
      if (explain) {
        reasons.add(
            reason(
                "coverage.committee.unmapped",
                Effect.GAP,
                "No P&T committee, VAC or formulary committee is recorded: map where decisions are"
                    + " made",
                List.of()));
      }
      score.add(
          "committees",
          "Decision committees reached",
          policy.committeesWeight(),
          BigDecimal.ZERO,
          reasons);
      return;
    }
    int reached = 0;
    Map<DecisionBodyId, List<Stakeholder>> votersByBody = votersByBody();
    for (DecisionBody body : key) {
      List<Stakeholder> voters = votersByBody.getOrDefault(body.id(), List.of());
      List<Stakeholder> held = voters.stream().filter(s -> engaged.isEngaged(s.id())).toList();
      if (!held.isEmpty()) {
        reached++;
        if (explain) {
          reasons.add(
              reason(
                  "coverage.committee.reached",
                  Effect.STRENGTH,
                  body.name() + " reached through " + names(held),
                  concat(body.id(), ids(held))));
        }
      } else if (explain) {
        reasons.add(
            reason(
                "coverage.committee.unreached",
                Effect.GAP,
                voters.isEmpty()
                    ? body.name() + ": no voting member is mapped"
                    : body.name()
                        + ": none of its voting members ("
                        + names(voters)
                        + ") is held by us",
                concat(body.id(), ids(voters))));
      }
    }
    score.add(
        "committees",
        "Decision committees reached",
        policy.committeesWeight(),
        WeightedScore.ratio(reached, key.size()),
        reasons);
  }

  private void depth(WeightedScore score, Engagements engaged, boolean explain) {
    int active = engaged.engaged().size();
    List<Reason> reasons = new ArrayList<>();
    if (explain) {
      String counts =
          active
              + " active relationship"
              + (active == 1 ? "" : "s")
              + "; target "
              + targets.active()
              + " for a "
              + scale.name().toLowerCase(Locale.ROOT)
              + " account, floor "
              + targets.activeFloor();
      reasons.add(
          reason(
              active >= targets.active()
                  ? "coverage.depth.met"
                  : active >= targets.activeFloor()
                      ? "coverage.depth.below-target"
                      : "coverage.depth.below-floor",
              active >= targets.active() ? Effect.STRENGTH : Effect.GAP,
              counts,
              List.copyOf(engaged.engaged())));
      List<StakeholderId> stale = staleRelationships(engaged);
      if (!stale.isEmpty()) {
        reasons.add(
            reason(
                "coverage.relationship.stale",
                Effect.RISK,
                stale.size()
                    + " relationship"
                    + (stale.size() == 1 ? " has" : "s have")
                    + " had no interaction for more than "
                    + policy.activeWithinDays()
                    + " days: "
                    + names(
                        stale.stream().map(id -> account.stakeholder(id).orElseThrow()).toList()),
                List.copyOf(stale)));
      }
    }
    score.add(
        "depth", "Active relationships", policy.depthWeight(), depthFulfilment(active), reasons);
  }

  /** Mapped stakeholders with a relationship on record, but none of it active. */
  private List<StakeholderId> staleRelationships(Engagements engaged) {
    return account.relationships().stream()
        .filter(r -> !engaged.hasLeft(r.teamMember()))
        .map(r -> r.stakeholder())
        .filter(s -> !engaged.isEngaged(s))
        .filter(s -> account.stakeholder(s).map(Engagements::isMapped).orElse(false))
        .distinct()
        .sorted()
        .toList();
  }

  private void breadth(WeightedScore score, boolean explain) {
    int n = mapped.size();
    List<Reason> reasons = new ArrayList<>();
    if (explain) {
      reasons.add(
          reason(
              n >= targets.mapped() ? "coverage.breadth.met" : "coverage.breadth.below-target",
              n >= targets.mapped() ? Effect.STRENGTH : Effect.GAP,
              n + " stakeholder" + (n == 1 ? "" : "s") + " mapped; target " + targets.mapped(),
              List.of()));
    }
    score.add(
        "breadth",
        "Stakeholders mapped",
        policy.breadthWeight(),
        WeightedScore.ratio(Math.min(n, targets.mapped()), targets.mapped()),
        reasons);
  }

  private void multithreading(WeightedScore score, Engagements engaged, boolean explain) {
    Set<TeamMemberId> ours = engaged.members();
    Set<StakeholderFunction> functions =
        engaged.engaged().stream()
            .map(id -> account.stakeholder(id).orElseThrow().function())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(StakeholderFunction.class)));
    List<Reason> reasons = new ArrayList<>();
    if (explain) {
      if (ours.size() == 1 && !engaged.engaged().isEmpty()) {
        TeamMemberId only = ours.iterator().next();
        reasons.add(
            reason(
                "coverage.single-threaded.ours",
                Effect.RISK,
                "Single-threaded on our side: every active relationship runs through "
                    + account.teamMember(only).orElseThrow().name(),
                List.of(only)));
      }
      if (engaged.engaged().size() == 1) {
        StakeholderId only = engaged.engaged().iterator().next();
        reasons.add(
            reason(
                "coverage.single-threaded.theirs",
                Effect.RISK,
                "Single-threaded on the account's side: our only active relationship is with "
                    + account.stakeholder(only).orElseThrow().name(),
                List.of(only)));
      }
      reasons.add(
          reason(
              "coverage.threads",
              ours.size() >= targets.ourPeople() && functions.size() >= targets.theirFunctions()
                  ? Effect.STRENGTH
                  : Effect.GAP,
              ours.size()
                  + " of our people (target "
                  + targets.ourPeople()
                  + ") reach "
                  + functions.size()
                  + " of the account's functions (target "
                  + targets.theirFunctions()
                  + ")",
              List.copyOf(ours)));
    }
    score.add(
        "multithreading",
        "Multithreaded on both sides",
        policy.multithreadingWeight(),
        threadsFulfilment(ours.size(), functions.size()),
        reasons);
  }

  private void sentiment(WeightedScore score, boolean explain) {
    List<Stakeholder> assessed = mapped.stream().filter(s -> s.sentiment().isPresent()).toList();
    List<Reason> reasons = new ArrayList<>();
    if (assessed.isEmpty()) {
      if (explain) {
        reasons.add(
            reason(
                "coverage.sentiment.unassessed",
                Effect.GAP,
                "No stakeholder's sentiment is assessed",
                List.of()));
      }
      score.notApplicable("sentiment", "Sentiment balance", reasons);
      return;
    }
    int sum = assessed.stream().mapToInt(s -> s.sentiment().orElseThrow().score()).sum();
    if (explain) {
      List<Stakeholder> detractors =
          assessed.stream().filter(s -> s.sentiment().orElseThrow().isNegative()).toList();
      long positive =
          assessed.stream().filter(s -> s.sentiment().orElseThrow().isPositive()).count();
      reasons.add(
          reason(
              detractors.isEmpty()
                  ? "coverage.sentiment.positive"
                  : "coverage.sentiment.detractors",
              detractors.isEmpty() ? Effect.STRENGTH : Effect.GAP,
              positive
                  + " of "
                  + assessed.size()
                  + " assessed stakeholders are advocates or supporters"
                  + (detractors.isEmpty() ? "" : "; sceptics and detractors: " + names(detractors)),
              ids(detractors)));
    }
    // mean score -2..+2 mapped onto 0..1
    BigDecimal fulfilment =
        BigDecimal.valueOf(sum + 2L * assessed.size())
            .divide(BigDecimal.valueOf(4L * assessed.size()), 6, RoundingMode.HALF_EVEN);
    score.add("sentiment", "Sentiment balance", policy.sentimentWeight(), fulfilment, reasons);
  }

  private String holderNames(List<Stakeholder> held, Engagements engaged) {
    return held.stream()
        .flatMap(s -> engaged.holders(s.id()).stream())
        .distinct()
        .sorted()
        .map(m -> account.teamMember(m).orElseThrow().name())
        .collect(Collectors.joining(", "));
  }

  static Reason reason(String code, Effect effect, String message, List<? extends KamId> subjects) {
    return Reason.of(code, effect, message, List.copyOf(subjects));
  }

  static String names(List<Stakeholder> people) {
    return people.stream().map(Stakeholder::name).collect(Collectors.joining(", "));
  }

  private static List<StakeholderId> ids(List<Stakeholder> people) {
    return people.stream().map(Stakeholder::id).toList();
  }

  private static List<KamId> concat(KamId first, List<? extends KamId> rest) {
    List<KamId> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  static String label(Enum<?> value) {
    String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
