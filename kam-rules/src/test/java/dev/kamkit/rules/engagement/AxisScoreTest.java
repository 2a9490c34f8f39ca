package dev.kamkit.rules.engagement;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The border of an axis and the consistency an axis score is built with. */
class AxisScoreTest {

  /** Complexity rated high, medium, medium, medium: 56.25, so 6.25 from the cut-off of 50. */
  private static AxisScore complexityWithBand(String band) {
    EngagementInputs inputs =
        EngagementInputs.builder()
            .competitiveIntensity(Rating.HIGH)
            .payerAffordabilityPressure(Rating.MEDIUM)
            .decisionMakingComplexity(Rating.MEDIUM)
            .patientFindingDifficulty(Rating.MEDIUM)
            .build();
    return EngagementAssessor.of(
            EngagementPolicy.defaults().withBorderlineBand(new BigDecimal(band)))
        .assess(Candidates.account("a"), inputs, AS_OF)
        .complexity();
  }

  @Test
  void aScoreExactlyTheBandFromTheCutOffIsNotOnTheBorder() {
    AxisScore atBand = complexityWithBand("6.25");
    assertEquals(new BigDecimal("56.2500"), atBand.value().orElseThrow());
    assertFalse(atBand.isBorderline());
    assertEquals(
        Message.of(
            EngagementCode.AXIS_PLACED,
            Arg.of(Axis.COMPLEXITY),
            Arg.of(new BigDecimal("56.2500")),
            Arg.of(AxisLevel.HIGH),
            Arg.of(BigDecimal.valueOf(50))),
        atBand.explanation().line());
    assertTrue(
        atBand.explain().startsWith("Market complexity: 56.2 / 100, high (cut-off 50.0)\n"),
        atBand.explain());
    AxisScore insideBand = complexityWithBand("6.26");
    assertTrue(insideBand.isBorderline());
    assertEquals(
        EngagementCode.AXIS_PLACED_BORDER, insideBand.explanation().line().code(), "on the border");
    assertTrue(
        insideBand
            .explain()
            .startsWith("Market complexity: 56.2 / 100, high but on the border (cut-off 50.0)\n"),
        insideBand.explain());
    // one line per factor below the axis
    assertEquals(4, insideBand.explanation().details().size());
  }

  @Test
  void aValueWithoutItsExplainedScoreIsRefused() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                AxisScore.builder()
                    .axis(Axis.VALUE)
                    .cutOff(BigDecimal.valueOf(50))
                    .borderlineBand(BigDecimal.valueOf(5))
                    .value(BigDecimal.TEN)
                    .build());
    assertEquals(List.of("value"), e.violations().stream().map(ModelViolation::field).toList());
  }
}
