package dev.kamkit.rules.maturity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelViolation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan completeness a policy asks for lies on the score's 0-100 scale, both ends included. */
class MaturityPolicyTest {
  private static List<String> refused(String minPlanCompleteness) {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                MaturityPolicy.builder()
                    .minPlanCompleteness(new BigDecimal(minPlanCompleteness))
                    .build());
    return e.violations().stream().map(ModelViolation::field).toList();
  }

  @Test
  void minPlanCompletenessMayBeZeroOrAHundredButNothingBeyond() {
    assertEquals(
        BigDecimal.ZERO,
        MaturityPolicy.defaults().withMinPlanCompleteness(BigDecimal.ZERO).minPlanCompleteness());
    assertEquals(
        new BigDecimal("100"),
        MaturityPolicy.defaults()
            .withMinPlanCompleteness(new BigDecimal("100"))
            .minPlanCompleteness());
    assertEquals(List.of("minPlanCompleteness"), refused("-0.01"));
    assertEquals(List.of("minPlanCompleteness"), refused("100.01"));
  }
}
