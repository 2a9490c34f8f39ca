package dev.kamkit.scoring.health;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.SharedValueInitiative;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.WeightedScore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The leading indicators that count events in the window: new stakeholder relationships and
 * shared-value initiatives launched (Prolifiq, "Pharma Key Account Management"). Committee access
 * has its own class.
 */
final class LeadingIndicators {
  /** Oldest first, then by stakeholder and team member, so messages never depend on order. */
  static final Comparator<Relationship> BY_START =
      Comparator.comparing((Relationship r) -> r.since().orElse(LocalDate.MIN))
          .thenComparing(Relationship::stakeholder)
          .thenComparing(Relationship::teamMember);

  private final KeyAccount account;
  private final HealthPolicy policy;
  private final Window window;

  LeadingIndicators(KeyAccount account, HealthPolicy policy, Window window) {
    this.account = account;
    this.policy = policy;
    this.window = window;
  }

  /**
   * Relationships that started in the window, held by a team member still on the team, with a
   * stakeholder still in the account (active or retiring).
   */
  Measure newRelationships() {
    List<Relationship> fresh =
        account.relationships().stream()
            .filter(r -> isCurrent(account, r, window.end()))
            .filter(r -> r.since().map(window::contains).orElse(false))
            .sorted(BY_START)
            .toList();
    int target = policy.newRelationshipsTarget();
    List<Reason> reasons = new ArrayList<>();
    if (!fresh.isEmpty()) {
      reasons.add(
          Reason.of(
              HealthCode.RELATIONSHIPS_NEW,
              Effect.STRENGTH,
              stakeholders(fresh),
              Arg.of(fresh.size()),
              window.daysArg(),
              window.endArg(),
              Arg.list(fresh, this::relationship)));
    }
    if (fresh.size() < target) {
      reasons.add(
          Reason.of(
              HealthCode.RELATIONSHIPS_BELOW_TARGET,
              Effect.GAP,
              List.of(),
              Arg.of(fresh.size()),
              window.daysArg(),
              window.endArg(),
              Arg.of(target)));
    }
    return Measure.of(
        HealthIndicator.NEW_RELATIONSHIPS,
        WeightedScore.ratio(Math.min(fresh.size(), target), target),
        fresh.size(),
        reasons);
  }

  /** Shared-value initiatives launched (and not stopped) in the window. */
  Measure initiatives() {
    Optional<AccountPlan> plan = account.plan();
    int target = policy.initiativesTarget();
    if (plan.isEmpty()) {
      return Measure.of(
          HealthIndicator.INITIATIVES,
          BigDecimal.ZERO,
          0,
          List.of(Reason.of(HealthCode.INITIATIVES_NO_PLAN, Effect.GAP, List.of())));
    }
    List<SharedValueInitiative> launched =
        plan.get().sharedValueInitiatives().stream()
            .filter(i -> i.status().isLaunched())
            .filter(i -> i.launchedOn().map(window::contains).orElse(false))
            .sorted(
                Comparator.comparing((SharedValueInitiative i) -> i.launchedOn().orElseThrow())
                    .thenComparing(SharedValueInitiative::id))
            .toList();
    List<Reason> reasons = new ArrayList<>();
    if (!launched.isEmpty()) {
      reasons.add(
          Reason.of(
              HealthCode.INITIATIVES_LAUNCHED,
              Effect.STRENGTH,
              launched.stream().map(SharedValueInitiative::id).toList(),
              window.daysArg(),
              window.endArg(),
              Arg.list(
                  launched,
                  i ->
                      Arg.of(
                          Message.of(
                              HealthCode.INITIATIVE,
                              Arg.of(i.id(), i.name()),
                              Arg.of(i.launchedOn().orElseThrow()))))));
    }
    if (launched.size() < target) {
      reasons.add(
          Reason.of(
              HealthCode.INITIATIVES_BELOW_TARGET,
              Effect.GAP,
              List.of(),
              Arg.of(launched.size()),
              window.daysArg(),
              window.endArg(),
              Arg.of(target)));
    }
    return Measure.of(
        HealthIndicator.INITIATIVES,
        WeightedScore.ratio(Math.min(launched.size(), target), target),
        launched.size(),
        reasons);
  }

  /**
   * True if the relationship still counts on {@code asOf}: our team member is still on the team and
   * the stakeholder is still in the account (active or retiring).
   */
  static boolean isCurrent(KeyAccount account, Relationship r, LocalDate asOf) {
    boolean member = account.teamMember(r.teamMember()).map(m -> m.isActiveOn(asOf)).orElse(false);
    boolean stakeholder =
        account.stakeholder(r.stakeholder()).map(s -> s.status().isEngageable()).orElse(false);
    return member && stakeholder;
  }

  /** A relationship that started in the window: our member with the stakeholder, since a day. */
  private Arg relationship(Relationship r) {
    return Arg.of(
        Message.of(
            HealthCode.RELATIONSHIP,
            member(account, r),
            stakeholder(account, r),
            Arg.of(r.since().orElseThrow())));
  }

  /** The relationship's team member, named as the account knows them. */
  static Arg member(KeyAccount account, Relationship r) {
    return Arg.of(
        r.teamMember(),
        account.teamMember(r.teamMember()).map(TeamMember::name).orElse(r.teamMember().value()));
  }

  /** The relationship's stakeholder, named as the account knows them. */
  static Arg stakeholder(KeyAccount account, Relationship r) {
    return Arg.of(
        r.stakeholder(),
        account
            .stakeholder(r.stakeholder())
            .map(Stakeholder::name)
            .orElse(r.stakeholder().value()));
  }

  private static List<KamId> stakeholders(List<Relationship> relationships) {
    return relationships.stream()
        .map(Relationship::stakeholder)
        .distinct()
        .map(KamId.class::cast)
        .toList();
  }
}
