package dev.kamkit.scoring.health;

import dev.kamkit.model.id.KamId;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Scores a lagging measure that compares a period with the one before: units, net revenue or
 * contract value now against then. At or above the band's full mark it is a strength, growth below
 * the mark a gap, a fall a risk (seed 002: a flat or declining account is a warning sign).
 */
final class Trend {
  private Trend() {}

  /**
   * The measure of one trend.
   *
   * @param indicator the indicator scored
   * @param code the reason code's stem, for example {@code "health.volume"}
   * @param band how the ratio turns into fulfilment
   * @param now this period's amount
   * @param before the previous period's amount
   * @param what the subject in words, for example {@code "Units"}
   * @param comparison the two amounts in words, for example {@code "1200 in 2025 against 1000 in
   *     2024"}
   * @param subjects the ids the reason concerns
   */
  static Measure measure(
      HealthIndicator indicator,
      String code,
      TrendBand band,
      BigDecimal now,
      BigDecimal before,
      String what,
      String comparison,
      List<KamId> subjects) {
    if (before.signum() == 0) {
      boolean grew = now.signum() > 0;
      return Measure.of(
          indicator,
          grew ? BigDecimal.ONE : BigDecimal.ZERO,
          0,
          List.of(
              Reason.of(
                  code + (grew ? ".new" : ".none"),
                  grew ? Effect.STRENGTH : Effect.GAP,
                  what
                      + (grew ? ": up from nothing, " : ": nothing in either period, ")
                      + comparison,
                  subjects)));
    }
    BigDecimal ratio = now.divide(before, 6, RoundingMode.HALF_EVEN);
    String outcome;
    Effect effect;
    if (ratio.compareTo(band.fullFrom()) >= 0) {
      outcome = ".on-track";
      effect = Effect.STRENGTH;
    } else if (ratio.compareTo(BigDecimal.ONE) >= 0) {
      outcome = ".below-target";
      effect = Effect.GAP;
    } else {
      outcome = ".declined";
      effect = Effect.RISK;
    }
    return Measure.of(
        indicator,
        band.fulfilment(ratio),
        0,
        List.of(
            Reason.of(
                code + outcome,
                effect,
                what + ": " + Texts.percent(ratio) + " of the period before, " + comparison,
                subjects)));
  }
}
