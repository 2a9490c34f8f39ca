package dev.kamkit.rules.engagement;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How an axis is placed from its factors and how each factor explains its part. */
class AxisScorerTest {

  @Test
  void aFactorThePolicyGivesNoWeightDoesNotCountTowardsPlacingTheAxis() {
    EngagementPolicy policy =
        EngagementPolicy.builder()
            .weights(
                Map.of(
                    Factor.COMPETITIVE_INTENSITY,
                    BigDecimal.ONE,
                    Factor.PATIENT_FINDING_DIFFICULTY,
                    BigDecimal.ZERO,
                    Factor.UNMET_NEED,
                    BigDecimal.ONE))
            .build();
    EngagementInputs inputs =
        EngagementInputs.builder()
            .competitiveIntensity(Rating.HIGH)
            .patientFindingDifficulty(Rating.HIGH)
            .build();
    EngagementAssessment a =
        EngagementAssessor.of(policy).assess(Candidates.account("a"), inputs, AS_OF);
    assertEquals(Optional.empty(), a.complexity().value());
    assertEquals(Optional.empty(), a.quadrant());
    // the policy weighs one complexity factor and one value factor: no rating can place either
    assertEquals(
        List.of(
            Reason.of(
                EngagementCode.AXIS_TOO_FEW_WEIGHED,
                Effect.GAP,
                List.of(),
                Arg.of(Axis.COMPLEXITY),
                Arg.of(1),
                Arg.of(2)),
            Reason.of(
                EngagementCode.AXIS_TOO_FEW_WEIGHED,
                Effect.GAP,
                List.of(),
                Arg.of(Axis.VALUE),
                Arg.of(1),
                Arg.of(2))),
        a.reasons());
  }

  /**
   * A rated factor the policy gives no weight neither counts as assessed nor is named as one to
   * assess: one of the three weighed complexity factors is assessed, not two of four.
   */
  @Test
  void theNotPlacedReasonCountsAndNamesOnlyTheFactorsThePolicyWeighs() {
    EngagementPolicy policy =
        EngagementPolicy.builder()
            .weights(
                Map.of(
                    Factor.COMPETITIVE_INTENSITY, BigDecimal.ONE,
                    Factor.PAYER_AFFORDABILITY_PRESSURE, BigDecimal.ONE,
                    Factor.DECISION_MAKING_COMPLEXITY, BigDecimal.ONE,
                    Factor.PATIENT_FINDING_DIFFICULTY, BigDecimal.ZERO,
                    Factor.UNMET_NEED, BigDecimal.ONE,
                    Factor.DIFFERENTIATION, BigDecimal.ONE))
            .build();
    EngagementInputs inputs =
        EngagementInputs.builder()
            .competitiveIntensity(Rating.HIGH)
            .patientFindingDifficulty(Rating.HIGH)
            .unmetNeed(Rating.HIGH)
            .differentiation(Rating.HIGH)
            .build();
    EngagementAssessment a =
        EngagementAssessor.of(policy).assess(Candidates.account("a"), inputs, AS_OF);
    assertEquals(Optional.empty(), a.complexity().value());
    assertEquals(
        List.of(
            Reason.of(
                EngagementCode.AXIS_NOT_PLACED,
                Effect.GAP,
                List.of(),
                Arg.of(Axis.COMPLEXITY),
                Arg.of(1),
                Arg.of(3),
                Arg.of(2),
                Arg.list(
                    Arg.of(Factor.PAYER_AFFORDABILITY_PRESSURE),
                    Arg.of(Factor.DECISION_MAKING_COMPLEXITY)))),
        a.reasons());
    assertEquals(
        "Market complexity cannot be placed: 1 of 3 factors assessed, 2 needed; still to assess:"
            + " Payer affordability pressure, Decision-making complexity",
        a.reasons().get(0).message().toString());
  }

  @Test
  void anAssessedFactorIsAStrengthOfItsAxisAndAnUnassessedOneAGap() {
    EngagementInputs inputs =
        EngagementInputs.builder()
            .competitiveIntensity(Rating.HIGH)
            .payerAffordabilityPressure(Rating.LOW)
            .build();
    AxisScore complexity = Candidates.assess("a", inputs).complexity();
    Reason rated =
        complexity.score().orElseThrow().component("competitive-intensity").reasons().get(0);
    assertEquals(Effect.STRENGTH, rated.effect());
    assertEquals("engagement.factor.host", rated.code());
    assertEquals(
        complexity.factors().get(0).message(), rated.message(), "the reason is the factor's line");
    Reason unrated =
        complexity.score().orElseThrow().component("patient-finding-difficulty").reasons().get(0);
    assertEquals(Effect.GAP, unrated.effect());
    assertEquals("engagement.factor.not-assessed", unrated.code());
    assertEquals(
        List.of(Effect.STRENGTH, Effect.STRENGTH, Effect.GAP, Effect.GAP),
        complexity.score().orElseThrow().components().stream()
            .map(c -> c.reasons().get(0).effect())
            .toList());
  }
}
