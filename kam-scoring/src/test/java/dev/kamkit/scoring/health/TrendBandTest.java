package dev.kamkit.scoring.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The straight line from no credit to full credit, and its two ends. */
class TrendBandTest {
  private static final TrendBand BAND = TrendBand.of(new BigDecimal("0.80"), BigDecimal.ONE);

  @Test
  void betweenTheEndsFulfilmentIsOnAStraightLineWithSixDecimals() {
    assertEquals(new BigDecimal("0.500000"), BAND.fulfilment(new BigDecimal("0.90")));
  }

  @Test
  void theEndsAreExactlyOneAndZero() {
    // not 1.000000 or 0.000000: the ends are written as whole numbers in the JSON results
    assertEquals(BigDecimal.ONE, BAND.fulfilment(BigDecimal.ONE));
    assertEquals(BigDecimal.ONE, BAND.fulfilment(new BigDecimal("1.25")));
    assertEquals(BigDecimal.ZERO, BAND.fulfilment(new BigDecimal("0.80")));
    assertEquals(BigDecimal.ZERO, BAND.fulfilment(new BigDecimal("0.10")));
  }
}
