package dev.kamkit.rules.engagement;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
