package dev.kamkit.scoring.health;

import static dev.kamkit.scoring.health.Checks.assertNumber;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.scoring.committee.CommitteeProgressionPolicy;
import dev.kamkit.scoring.pipeline.PipelinePolicy;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The health policy and its trend bands: defaults and what they refuse. */
class HealthPolicyTest {

  @Test
  void defaultsWeighLeadingIndicatorsSixtyAndLaggingSeventy() {
    HealthPolicy policy = HealthPolicy.defaults();
    BigDecimal leading = BigDecimal.ZERO;
    BigDecimal lagging = BigDecimal.ZERO;
    for (HealthIndicator indicator : HealthIndicator.values()) {
      if (indicator.isLeading()) {
        leading = leading.add(policy.weightOf(indicator));
      } else {
        lagging = lagging.add(policy.weightOf(indicator));
      }
    }
    // forty, and ten each for share of voice and committee progression where they apply
    assertNumber("60", leading);
    // sixty, and ten for revenue trajectory where a revenue target is set
    assertNumber("70", lagging);
    assertNumber("10", policy.committeeProgressionWeight());
    assertNumber("10", policy.revenueTrajectoryWeight());
    assertEquals(CommitteeProgressionPolicy.defaults(), policy.committeeProgression());
    assertEquals(PipelinePolicy.defaults(), policy.pipeline());
    assertEquals("kamkit-health-3", policy.version());
    assertEquals(180, policy.lookBackDays());
    assertEquals("USD", policy.reportingCurrency().getCurrencyCode());
  }

  @Test
  void aPolicyRefusesNonsenseNamingEveryProblem() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                HealthPolicy.builder()
                    .lookBackDays(0)
                    .newRelationshipsTarget(0)
                    .greenFrom(BigDecimal.valueOf(30))
                    .renewalWeight(BigDecimal.valueOf(-1))
                    .build());
    assertEquals(
        List.of(
            "lookBackDays " + ModelCode.OUT_OF_RANGE.code(),
            "newRelationshipsTarget " + ModelCode.OUT_OF_RANGE.code(),
            "amberFrom " + ModelCode.EXCEEDS.code(),
            "renewalWeight " + ModelCode.NEGATIVE.code()),
        e.violations().stream().map(v -> v.field() + " " + v.code().code()).toList());
  }

  @Test
  void aPolicyNeedsAnIndicatorThatAlwaysApplies() {
    assertThrows(
        InvalidModelException.class,
        () ->
            HealthPolicy.builder()
                .newRelationshipsWeight(BigDecimal.ZERO)
                .initiativesWeight(BigDecimal.ZERO)
                .build());
  }

  @Test
  void aTrendBandRisesInAStraightLine() {
    TrendBand band = TrendBand.of(new BigDecimal("0.80"), BigDecimal.ONE);
    assertNumber("0", band.fulfilment(new BigDecimal("0.80")));
    assertNumber("0.25", band.fulfilment(new BigDecimal("0.85")));
    assertNumber("1", band.fulfilment(new BigDecimal("1.00")));
    assertThrows(InvalidModelException.class, () -> TrendBand.of(BigDecimal.ONE, BigDecimal.ONE));
  }
}
