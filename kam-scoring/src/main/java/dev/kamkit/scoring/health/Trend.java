package dev.kamkit.scoring.health;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.KamId;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a lagging measure that compares a period with the one before: units, net revenue or
 * contract value now against then. At or above the band's full mark it is a strength, growth below
 * the mark a gap, a fall a risk (Prolifiq, "Healthcare Key Account Management: A Practical Guide":
 * a flat or declining account is a warning sign).
 */
final class Trend {
  private Trend() {}

  /** The codes of one trend's outcomes; each takes the comparison's arguments, the ratios first. */
  record Codes(
      HealthCode grew,
      HealthCode none,
      HealthCode onTrack,
      HealthCode belowTarget,
      HealthCode declined) {}

  static final Codes VOLUME =
      new Codes(
          HealthCode.VOLUME_NEW,
          HealthCode.VOLUME_NONE,
          HealthCode.VOLUME_ON_TRACK,
          HealthCode.VOLUME_BELOW_TARGET,
          HealthCode.VOLUME_DECLINED);

  static final Codes REVENUE =
      new Codes(
          HealthCode.REVENUE_NEW,
          HealthCode.REVENUE_NONE,
          HealthCode.REVENUE_ON_TRACK,
          HealthCode.REVENUE_BELOW_TARGET,
          HealthCode.REVENUE_DECLINED);

  static final Codes CONTRACT_VALUE =
      new Codes(
          HealthCode.CONTRACT_VALUE_NEW,
          HealthCode.CONTRACT_VALUE_NONE,
          HealthCode.CONTRACT_VALUE_ON_TRACK,
          HealthCode.CONTRACT_VALUE_BELOW_TARGET,
          HealthCode.CONTRACT_VALUE_DECLINED);

  /**
   * The measure of one trend.
   *
   * @param indicator the indicator scored
   * @param codes the reason codes of its outcomes
   * @param band how the ratio turns into fulfilment
   * @param now this period's amount
   * @param before the previous period's amount
   * @param comparison the arguments that show the two amounts, after the ratio where there is one
   * @param subjects the ids the reason concerns
   */
  static Measure measure(
      HealthIndicator indicator,
      Codes codes,
      TrendBand band,
      BigDecimal now,
      BigDecimal before,
      List<Arg> comparison,
      List<KamId> subjects) {
    if (before.signum() == 0) {
      boolean grew = now.signum() > 0;
      return Measure.of(
          indicator,
          grew ? BigDecimal.ONE : BigDecimal.ZERO,
          0,
          List.of(
              Reason.of(
                  new Message(grew ? codes.grew() : codes.none(), comparison),
                  grew ? Effect.STRENGTH : Effect.GAP,
                  subjects)));
    }
    BigDecimal ratio = now.divide(before, 6, RoundingMode.HALF_EVEN);
    HealthCode outcome;
    Effect effect;
    if (ratio.compareTo(band.fullFrom()) >= 0) {
      outcome = codes.onTrack();
      effect = Effect.STRENGTH;
    } else if (ratio.compareTo(BigDecimal.ONE) >= 0) {
      outcome = codes.belowTarget();
      effect = Effect.GAP;
    } else {
      outcome = codes.declined();
      effect = Effect.RISK;
    }
    List<Arg> args = new ArrayList<>(comparison.size() + 1);
    args.add(Arg.of(ratio));
    args.addAll(comparison);
    return Measure.of(
        indicator,
        band.fulfilment(ratio),
        0,
        List.of(Reason.of(new Message(outcome, args), effect, subjects)));
  }
}
