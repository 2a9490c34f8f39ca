package dev.kamkit.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A count out of a count as a percentage, the way every kamkit result states a share: 0-100 with
 * one decimal, rounded half-even, and empty when there is nothing to count.
 */
public final class Percent {
  private Percent() {}

  /**
   * {@code part} out of {@code whole}, for example {@code of(1, 3)} is 33.3; empty when {@code
   * whole} is zero.
   */
  public static Optional<BigDecimal> of(long part, long whole) {
    if (whole == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(part * 100L)
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN));
  }
}
