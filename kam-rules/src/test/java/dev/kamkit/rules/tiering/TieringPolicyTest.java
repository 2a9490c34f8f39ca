package dev.kamkit.rules.tiering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelViolation;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The tiering policy accepts cut-offs, hysteresis and shares on the edges of their documented
 * ranges and refuses the first value beyond, naming the field.
 */
class TieringPolicyTest {
  private static List<String> refused(Supplier<TieringPolicy> build) {
    InvalidModelException e = assertThrows(InvalidModelException.class, build::get);
    return e.violations().stream().map(ModelViolation::field).toList();
  }

  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  @Test
  void cutOffsMaySpanTheWholeScaleWithHysteresisOfHalfTheGap() {
    TieringPolicy edges =
        TieringPolicy.builder()
            .tier2From(BigDecimal.ZERO)
            .tier1From(BigDecimal.valueOf(100))
            .hysteresis(BigDecimal.valueOf(50))
            .maxTier1Share(BigDecimal.ONE)
            .strategicFitWeight(BigDecimal.ZERO)
            .build();
    assertEquals(BigDecimal.valueOf(50), edges.hysteresis());
    assertEquals(
        BigDecimal.ZERO, TieringPolicy.builder().hysteresis(BigDecimal.ZERO).build().hysteresis());
  }

  @Test
  void cutOffsOutOfOrderOrOffTheScaleAreRefused() {
    assertEquals(
        List.of("tier2From"), refused(() -> TieringPolicy.builder().tier2From(n("-0.01")).build()));
    assertEquals(
        List.of("tier1From"),
        refused(() -> TieringPolicy.builder().tier1From(n("100.01")).build()));
    // equal cut-offs leave no tier 2, and no room for hysteresis either
    assertEquals(
        List.of("tier2From", "hysteresis"),
        refused(() -> TieringPolicy.builder().tier1From(n("40")).build()));
  }

  @Test
  void hysteresisBeyondHalfTheGapOrNegativeIsRefused() {
    // gap 70 - 40 = 30: at most 15
    assertEquals(n("15"), TieringPolicy.builder().hysteresis(n("15")).build().hysteresis());
    assertEquals(
        List.of("hysteresis"),
        refused(() -> TieringPolicy.builder().hysteresis(n("15.01")).build()));
    assertEquals(
        List.of("hysteresis"),
        refused(() -> TieringPolicy.builder().hysteresis(n("-0.01")).build()));
  }

  @Test
  void weightsAndTheTier1ShareAreBounded() {
    assertEquals(
        List.of("potentialWeight"),
        refused(() -> TieringPolicy.builder().potentialWeight(BigDecimal.ZERO).build()));
    assertEquals(
        List.of("strategicFitWeight"),
        refused(() -> TieringPolicy.builder().strategicFitWeight(n("-0.01")).build()));
    assertEquals(
        List.of("maxTier1Share"),
        refused(() -> TieringPolicy.builder().maxTier1Share(BigDecimal.ZERO).build()));
    assertEquals(
        List.of("maxTier1Share"),
        refused(() -> TieringPolicy.builder().maxTier1Share(n("1.01")).build()));
  }
}
