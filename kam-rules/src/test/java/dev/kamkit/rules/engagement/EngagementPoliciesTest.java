package dev.kamkit.rules.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The engagement and SAM policies accept every value on the edge of their documented ranges and
 * refuse the first value beyond, naming the field.
 */
class EngagementPoliciesTest {
  private static List<String> refused(Supplier<?> build) {
    InvalidModelException e = assertThrows(InvalidModelException.class, build::get);
    return e.violations().stream().map(ModelViolation::field).distinct().toList();
  }

  private static EngagementPolicy.Builder engagement() {
    return EngagementPolicy.builder();
  }

  @Test
  void gridThresholdsMayLieAnywhereFromZeroToAHundred() {
    EngagementPolicy edges =
        engagement()
            .complexityHighFrom(BigDecimal.ZERO)
            .valueHighFrom(BigDecimal.valueOf(100))
            .borderlineBand(BigDecimal.ZERO)
            .minFactorsPerAxis(4)
            .minFitFactors(3)
            .crowdedFromCompetitors(1)
            .build();
    assertEquals(BigDecimal.valueOf(100), edges.valueHighFrom());
    assertEquals(
        List.of("complexityHighFrom"),
        refused(() -> engagement().complexityHighFrom(new BigDecimal("-0.01")).build()));
    assertEquals(
        List.of("valueHighFrom"),
        refused(() -> engagement().valueHighFrom(new BigDecimal("100.01")).build()));
    assertEquals(
        List.of("minFactorsPerAxis"), refused(() -> engagement().minFactorsPerAxis(5).build()));
    assertEquals(List.of("minFitFactors"), refused(() -> engagement().minFitFactors(0).build()));
  }

  @Test
  void bandsMustBeFourStrictlyAscendingThresholds() {
    assertEquals(
        List.of(1L, 2L, 3L, 4L), engagement().bedBands(List.of(1L, 2L, 3L, 4L)).build().bedBands());
    assertEquals(
        List.of("bedBands"), refused(() -> engagement().bedBands(List.of(1L, 2L, 2L, 4L)).build()));
    assertEquals(
        List.of("painPointBands"),
        refused(() -> engagement().painPointBands(List.of(1L, 2L, 3L)).build()));
    assertEquals(
        List.of("decisionPointBands"),
        refused(() -> engagement().decisionPointBands(List.of(4L, 3L, 5L, 6L)).build()));
    assertEquals(
        List.of("openCellBands", "restrictedPercentBands"),
        refused(
                () ->
                    engagement()
                        .openCellBands(List.of(1L, 2L, 3L, 3L))
                        .restrictedPercentBands(List.of(1L, 2L, 3L, 4L, 5L))
                        .build())
            .stream()
            .sorted()
            .toList());
  }

  @Test
  void eachAxisNeedsAPositiveWeightAndNoWeightMayBeNegative() {
    assertEquals(
        List.of("weights"),
        refused(
            () ->
                engagement()
                    .weights(
                        Map.of(
                            Factor.COMPETITIVE_INTENSITY,
                            BigDecimal.ONE,
                            Factor.UNMET_NEED,
                            BigDecimal.ZERO))
                    .build()));
    assertEquals(
        List.of("weights[\"differentiation\"]"),
        refused(
            () ->
                engagement()
                    .weights(
                        Map.of(
                            Factor.COMPETITIVE_INTENSITY,
                            BigDecimal.ONE,
                            Factor.UNMET_NEED,
                            BigDecimal.ONE,
                            Factor.DIFFERENTIATION,
                            new BigDecimal("-1")))
                    .build()));
    EngagementPolicy minimal =
        engagement()
            .weights(
                Map.of(
                    Factor.COMPETITIVE_INTENSITY,
                    BigDecimal.ONE,
                    Factor.UNMET_NEED,
                    BigDecimal.ONE))
            .build();
    assertEquals(BigDecimal.ZERO, minimal.weight(Factor.DIFFERENTIATION));
    assertEquals(BigDecimal.ONE, minimal.weight(Factor.UNMET_NEED));
  }

  @Test
  void aWeightOfZeroIsAllowedButAnAxisOfOnlyZeroWeightsIsNot() {
    EngagementPolicy zero =
        engagement()
            .weights(
                Map.of(
                    Factor.COMPETITIVE_INTENSITY,
                    BigDecimal.ONE,
                    Factor.PAYER_AFFORDABILITY_PRESSURE,
                    BigDecimal.ZERO,
                    Factor.UNMET_NEED,
                    BigDecimal.ONE))
            .build();
    assertEquals(BigDecimal.ZERO, zero.weight(Factor.PAYER_AFFORDABILITY_PRESSURE));
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                engagement()
                    .weights(
                        Map.of(
                            Factor.COMPETITIVE_INTENSITY,
                            BigDecimal.ZERO,
                            Factor.UNMET_NEED,
                            BigDecimal.ONE))
                    .build());
    assertEquals(
        List.of(
            "weights COMPLEXITY: "
                + Message.of(EngagementCode.POLICY_AXIS_UNWEIGHTED, Arg.of(Axis.COMPLEXITY))),
        e.violations().stream()
            .map(v -> v.field() + " " + v.shown() + ": " + v.message())
            .toList());
    assertEquals(
        "some factor of the market complexity axis needs a positive weight",
        e.violations().get(0).message().toString());
  }

  @Test
  void theBorderlineBandLiesWithinZeroToAHundred() {
    assertEquals(
        BigDecimal.valueOf(100),
        engagement().borderlineBand(BigDecimal.valueOf(100)).build().borderlineBand());
    assertEquals(
        List.of("borderlineBand"),
        refused(() -> engagement().borderlineBand(new BigDecimal("-0.01")).build()));
    assertEquals(
        List.of("borderlineBand"),
        refused(() -> engagement().borderlineBand(new BigDecimal("100.01")).build()));
  }

  @Test
  void theSamCapIsAShareOfThePortfolioBetweenItsMinimumAndMaximum() {
    SamPolicy defaults = SamPolicy.defaults();
    // 20 % of 100 is 20, capped at 10
    assertEquals(10, defaults.capFor(100));
    // 20 % of 12 is 2.4, floored to 2
    assertEquals(2, defaults.capFor(12));
    // 20 % of 4 is 0.8, floored to 0, raised to the minimum of 1
    assertEquals(1, defaults.capFor(4));
    // never more than the portfolio itself
    assertEquals(0, defaults.capFor(0));
  }

  @Test
  void samPolicySharesLieWithinZeroToOne() {
    SamPolicy edges =
        SamPolicy.builder()
            .maxSamShare(BigDecimal.ONE)
            .topShare(BigDecimal.ONE)
            .minSamAccounts(0)
            .maxSamAccounts(0)
            .minTeamFunctions(8)
            .minIntegratedFunctions(1)
            .minBroaderValueFactors(3)
            .build();
    assertEquals(BigDecimal.ONE, edges.topShare());
    assertEquals(
        BigDecimal.ZERO, SamPolicy.builder().maxSamShare(BigDecimal.ZERO).build().maxSamShare());
    assertEquals(
        List.of("maxSamShare"),
        refused(() -> SamPolicy.builder().maxSamShare(new BigDecimal("1.01")).build()));
    assertEquals(
        List.of("maxSamShare"),
        refused(() -> SamPolicy.builder().maxSamShare(new BigDecimal("-0.01")).build()));
    assertEquals(
        List.of("topShare"), refused(() -> SamPolicy.builder().topShare(BigDecimal.ZERO).build()));
    assertEquals(
        List.of("minConcentration"),
        refused(() -> SamPolicy.builder().minConcentration(BigDecimal.ZERO).build()));
    assertEquals(
        List.of("samEffortMultiple"),
        refused(() -> SamPolicy.builder().samEffortMultiple(BigDecimal.ZERO).build()));
    assertEquals(
        List.of("minSamAccounts"),
        refused(() -> SamPolicy.builder().maxSamAccounts(2).minSamAccounts(3).build()));
  }
}
