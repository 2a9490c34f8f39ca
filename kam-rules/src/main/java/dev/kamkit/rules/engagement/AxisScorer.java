package dev.kamkit.rules.engagement;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.WeightedScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Scores one axis from its factor assessments with kam-scoring's {@link WeightedScore}: assessed
 * factors contribute their weight times their rating; factors not assessed do not apply and their
 * weight is shared out among the others. Too few assessed factors leave the axis unplaced.
 */
final class AxisScorer {
  private AxisScorer() {}

  static AxisScore score(
      Axis axis,
      List<FactorAssessment> factors,
      EngagementPolicy policy,
      int minFactors,
      BigDecimal cutOff) {
    long weighted =
        factors.stream()
            .filter(f -> f.isAssessed() && policy.weight(f.factor()).signum() > 0)
            .count();
    AxisScore.Builder result =
        AxisScore.builder()
            .axis(axis)
            .factors(factors)
            .cutOff(cutOff)
            .borderlineBand(policy.borderlineBand());
    if (weighted < minFactors) {
      return result.build();
    }
    WeightedScore score = WeightedScore.named(Message.of(EngagementCode.AXIS_TITLE, Arg.of(axis)));
    for (FactorAssessment f : factors) {
      List<Reason> why = List.of(reason(f));
      Message label = Message.of(EngagementCode.FACTOR_TITLE, Arg.of(f.factor()));
      if (f.isAssessed()) {
        score.add(
            f.factor().key(),
            label,
            policy.weight(f.factor()),
            f.rating().orElseThrow().fulfilment(),
            why);
      } else {
        score.notApplicable(f.factor().key(), label, why);
      }
    }
    Score built = score.build();
    return result.score(Optional.of(built)).value(exactMean(factors, policy)).build();
  }

  /** Sum of weight x rating over sum of weight, for the assessed factors, times 100. */
  private static BigDecimal exactMean(List<FactorAssessment> factors, EngagementPolicy policy) {
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (FactorAssessment f : factors) {
      if (f.isAssessed()) {
        BigDecimal w = policy.weight(f.factor());
        weighted = weighted.add(w.multiply(f.rating().orElseThrow().fulfilment()));
        weights = weights.add(w);
      }
    }
    return weighted.multiply(BigDecimal.valueOf(100)).divide(weights, 4, RoundingMode.HALF_EVEN);
  }

  /** The factor's line, as a strength of its axis when assessed, else a gap. */
  private static Reason reason(FactorAssessment f) {
    return Reason.of(f.message(), f.isAssessed() ? Effect.STRENGTH : Effect.GAP, List.of());
  }
}
