package dev.kamkit.scoring.health;

import dev.kamkit.model.base.ModelCheck;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * How a ratio of this period to the one before (this year's units over last year's, for example)
 * turns into fulfilment: full at or above {@link #fullFrom()}, none at or below {@link #zeroAt()},
 * and in a straight line between.
 *
 * <pre>{@code
 * TrendBand band = TrendBand.of(new BigDecimal("0.80"), BigDecimal.ONE);
 * band.fulfilment(new BigDecimal("0.90")); // 0.500000
 * }</pre>
 */
@Value.Immutable
public abstract class AbstractTrendBand {
  // Only the generated TrendBand extends this: no host subclass.
  AbstractTrendBand() {}

  /** The ratio at or below which the indicator earns nothing, for example 0.80 (a 20% fall). */
  @Value.Parameter
  public abstract BigDecimal zeroAt();

  /** The ratio from which the indicator earns full credit, for example 1.00 (held level). */
  @Value.Parameter
  public abstract BigDecimal fullFrom();

  /**
   * The fulfilment of a ratio: exactly {@code 1} at or above {@link #fullFrom()}, exactly {@code 0}
   * at or below {@link #zeroAt()}, and six decimals in between.
   */
  public BigDecimal fulfilment(BigDecimal ratio) {
    if (ratio.compareTo(fullFrom()) >= 0) {
      return BigDecimal.ONE;
    }
    if (ratio.compareTo(zeroAt()) <= 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal span = fullFrom().subtract(zeroAt());
    return ratio.subtract(zeroAt()).divide(span, 6, RoundingMode.HALF_EVEN);
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("TrendBand", null)
        .notNegative("zeroAt", zeroAt())
        .above("fullFrom", fullFrom(), "zeroAt", zeroAt())
        .throwIfInvalid();
  }
}
