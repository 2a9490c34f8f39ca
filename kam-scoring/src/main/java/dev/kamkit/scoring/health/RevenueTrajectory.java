package dev.kamkit.scoring.health;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.pipeline.PipelineCode;
import dev.kamkit.scoring.pipeline.PipelineResult;
import dev.kamkit.scoring.pipeline.TargetCoverage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Revenue trajectory as a lagging indicator: for each objective still being worked on the scoring
 * day ({@code Objective.needsPipelineOn}) that has a revenue target, won and weighted open pipeline
 * over the target, as the pipeline analysis weighs them in the target's own currency, capped at 1;
 * the indicator is the average over those objectives, so money in different currencies is never
 * added together. Its reasons are the pipeline analysis's own about those objectives: each target
 * covered or short (naming the opportunities counted) and each opportunity expected after the
 * objective is due.
 */
final class RevenueTrajectory {
  private static final Set<MessageCode> ABOUT_TARGETS =
      Set.of(PipelineCode.TARGET_COVERED, PipelineCode.TARGET_GAP, PipelineCode.TARGET_LATE);

  private RevenueTrajectory() {}

  static Measure measure(KeyAccount account, PipelineResult pipeline, Window window) {
    Set<ObjectiveId> worked = new HashSet<>();
    for (Objective o : account.plan().map(p -> p.objectives()).orElse(List.of())) {
      // the pipeline's targets are the objectives with a revenue target
      if (o.needsPipelineOn(window.end())) {
        worked.add(o.id());
      }
    }
    BigDecimal sum = BigDecimal.ZERO;
    int targets = 0;
    for (TargetCoverage t : pipeline.targets()) {
      if (worked.contains(t.objective())) {
        sum = sum.add(reached(t));
        targets++;
      }
    }
    if (targets == 0) {
      return Measure.notApplicable(
          HealthIndicator.REVENUE_TRAJECTORY,
          List.of(
              Reason.of(HealthCode.TRAJECTORY_NO_TARGETS, Effect.GAP, List.of(), window.endArg())));
    }
    List<Reason> reasons =
        pipeline.reasons().stream()
            // their first subject is the objective
            .filter(r -> ABOUT_TARGETS.contains(r.message().code()))
            .filter(r -> worked.contains(r.subjects().get(0)))
            .toList();
    return Measure.of(
        HealthIndicator.REVENUE_TRAJECTORY,
        sum.divide(BigDecimal.valueOf(targets), 6, RoundingMode.HALF_EVEN),
        0,
        reasons);
  }

  /** Won and weighted over the target, capped at 1; all three are in the target's currency. */
  static BigDecimal reached(TargetCoverage t) {
    Money backed = t.won().plus(t.weighted());
    if (!backed.isLessThan(t.target())) {
      return BigDecimal.ONE;
    }
    return backed.amount().divide(t.target().amount(), 6, RoundingMode.HALF_EVEN);
  }
}
