package dev.kamkit.rules.compliance.efpia;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages of recipients, as the Code's aggregate rows give them. */
final class Shares {
  private Shares() {}

  static final BigDecimal HUNDRED = new BigDecimal("100.00");

  /** {@code part} as a percentage of {@code whole}, half up to two decimals. */
  static BigDecimal percent(int part, int whole) {
    return BigDecimal.valueOf(part)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }
}
