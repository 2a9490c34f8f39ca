package dev.kamkit.model.plan;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static dev.kamkit.model.base.ModelCode.FEEDBACK_EMPTY;
import static dev.kamkit.model.base.ModelCode.OUT_OF_RANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.ModelCheck;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CustomerFeedbackTest {

  private static CustomerFeedback.Builder survey() {
    return CustomerFeedback.builder().date(LocalDate.of(2026, 6, 15)).source("annual survey");
  }

  @Test
  void acceptsEachScoreAtItsBounds() {
    survey().netPromoterScore(-100).customerEffortScore(1).relationshipScore(0).build();
    CustomerFeedback top =
        survey().netPromoterScore(100).customerEffortScore(7).relationshipScore(10).build();
    assertEquals(100, top.netPromoterScore().get());
  }

  @Test
  void rejectsScoresOutOfRange() {
    assertSingleViolation(
        () -> survey().netPromoterScore(101).build(),
        OUT_OF_RANGE,
        path("netPromoterScore"),
        "101");
    assertSingleViolation(
        () -> survey().netPromoterScore(-101).build(),
        OUT_OF_RANGE,
        path("netPromoterScore"),
        "-101");
    assertSingleViolation(
        () -> survey().customerEffortScore(0).build(),
        OUT_OF_RANGE,
        path("customerEffortScore"),
        "0");
    assertSingleViolation(
        () -> survey().customerEffortScore(8).build(),
        OUT_OF_RANGE,
        path("customerEffortScore"),
        "8");
    assertSingleViolation(
        () -> survey().relationshipScore(11).build(),
        OUT_OF_RANGE,
        path("relationshipScore"),
        "11");
    assertSingleViolation(
        () -> survey().relationshipScore(-1).build(),
        OUT_OF_RANGE,
        path("relationshipScore"),
        "-1");
  }

  @Test
  void needsAtLeastOneScore() {
    assertSingleViolation(
        () -> survey().build(), FEEDBACK_EMPTY, path("netPromoterScore"), ModelCheck.MISSING);
    assertEquals(6, survey().relationshipScore(6).build().relationshipScore().get());
  }

  @Test
  void rejectsABlankSource() {
    assertSingleViolation(
        () -> survey().relationshipScore(6).source("").build(), BLANK, path("source"), "\"\"");
  }
}
