package dev.kamkit.scoring.completeness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.ModelViolation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The completeness policy's bounds: what it refuses, and the edge it still accepts. */
class CompletenessPolicyTest {

  @Test
  void aSectionMayBeWeightedOutWithZero() {
    CompletenessPolicy p = CompletenessPolicy.builder().kpisWeight(BigDecimal.ZERO).build();
    assertEquals(BigDecimal.ZERO, p.kpisWeight());
  }

  @Test
  void aNegativeWeightIsRefusedAndNamed() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> CompletenessPolicy.builder().kpisWeight(new BigDecimal("-1")).build());
    ModelViolation v = e.violations().get(0);
    assertEquals("kpisWeight", v.field());
    assertEquals(ModelCode.NEGATIVE, v.code());
    assertEquals("-1", v.shown());
  }

  @Test
  void aThresholdOffItsRangeIsRefusedAndNamed() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> CompletenessPolicy.builder().profileFactsForFull(9).build());
    assertEquals("profileFactsForFull", e.violations().get(0).field());
  }

  @Test
  void aReviewCadenceOffItsRangeIsRefusedAndNamed() {
    for (int bad : new int[] {0, -1, 3_651}) {
      InvalidModelException e =
          assertThrows(
              InvalidModelException.class,
              () -> CompletenessPolicy.builder().reviewCadenceDays(bad).build());
      ModelViolation v = e.violations().get(0);
      assertEquals("reviewCadenceDays", v.field());
      assertEquals(ModelCode.OUT_OF_RANGE, v.code());
    }
  }

  @Test
  void aReviewCadenceLongerThanTheReviewLimitIsRefusedAndNamed() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> CompletenessPolicy.builder().reviewCadenceDays(121).build());
    ModelViolation v = e.violations().get(0);
    assertEquals("reviewCadenceDays", v.field());
    assertEquals(ModelCode.EXCEEDS, v.code());
    // a cadence equal to the limit leaves no slack, and is allowed
    assertEquals(
        120,
        CompletenessPolicy.builder()
            .reviewCadenceDays(120)
            .maxDaysSinceReview(120)
            .build()
            .reviewCadenceDays());
  }
}
