package dev.kamkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PercentTest {
  @Test
  void aShareHasOneDecimalRoundedHalfEvenAndNothingOfNothingIsEmpty() {
    assertEquals(Optional.of(new BigDecimal("33.3")), Percent.of(1, 3));
    assertEquals(Optional.of(new BigDecimal("66.7")), Percent.of(2, 3));
    assertEquals(Optional.of(new BigDecimal("100.0")), Percent.of(4, 4));
    assertEquals(Optional.of(new BigDecimal("0.0")), Percent.of(0, 7));
    // 1 of 8 is 12.5 exactly; 1 of 16 is 6.25, half-even to 6.2
    assertEquals(Optional.of(new BigDecimal("12.5")), Percent.of(1, 8));
    assertEquals(Optional.of(new BigDecimal("6.2")), Percent.of(1, 16));
    assertEquals(Optional.empty(), Percent.of(0, 0));
  }
}
