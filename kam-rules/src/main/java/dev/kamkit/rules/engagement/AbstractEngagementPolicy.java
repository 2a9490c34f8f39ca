package dev.kamkit.rules.engagement;

import dev.kamkit.model.base.FieldPath;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.explain.Arg;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The weights, cut-offs and data proxies of the engagement grid (Veeva Business Consulting,
 * "Unlocking True KAM Transformation", figure 3), as one versioned value. Start from {@link
 * EngagementPolicy#defaults()}.
 *
 * <p>Where the defaults come from: the factors are those of Veeva Business Consulting's "Unlocking
 * True KAM Transformation" ("market complexity (encompassing competitors, payer affordability,
 * decision-making complexity, the ability to find patients, etc.) with potential value (such as the
 * size of the patient population, degree of unmet need, and level of differentiation)"). The paper
 * gives no weights, so the four complexity factors weigh the same, the three value factors the
 * paper names weigh the same, and the growth opportunity kamkit reads from the whitespace grid
 * weighs a third of one of them because it is a proxy. Both cut-offs sit at the middle of the 0-100
 * scale; an account within {@link #borderlineBand()} of a cut-off is on the border, and the
 * neighbouring quadrant's model is recommended too ("your conclusion could be that more than one
 * model might be appropriate"). The bed bands follow kam-scoring's coverage scale (200 beds for a
 * medium account, 1,000 for a large one).
 */
@Value.Immutable
public abstract class AbstractEngagementPolicy {
  // Only the generated EngagementPolicy extends this: no host subclass.
  AbstractEngagementPolicy() {}

  /** The version of the default policy. */
  public static final String DEFAULT_VERSION = "kamkit-engagement-1";

  /** The default policy. */
  public static EngagementPolicy defaults() {
    return EngagementPolicy.builder().build();
  }

  /** Names the weights and cut-offs; change it whenever you change the policy. */
  @Value.Default
  public String version() {
    return DEFAULT_VERSION;
  }

  /** Relative weight of each factor within its axis; a missing factor weighs nothing. */
  @Value.Default
  public Map<Factor, BigDecimal> weights() {
    return Map.ofEntries(
        Map.entry(Factor.COMPETITIVE_INTENSITY, BigDecimal.valueOf(25)),
        Map.entry(Factor.PAYER_AFFORDABILITY_PRESSURE, BigDecimal.valueOf(25)),
        Map.entry(Factor.DECISION_MAKING_COMPLEXITY, BigDecimal.valueOf(25)),
        Map.entry(Factor.PATIENT_FINDING_DIFFICULTY, BigDecimal.valueOf(25)),
        Map.entry(Factor.PATIENT_POPULATION, BigDecimal.valueOf(30)),
        Map.entry(Factor.UNMET_NEED, BigDecimal.valueOf(30)),
        Map.entry(Factor.DIFFERENTIATION, BigDecimal.valueOf(30)),
        Map.entry(Factor.GROWTH_OPPORTUNITY, BigDecimal.valueOf(10)),
        Map.entry(Factor.OPENNESS_TO_PARTNERING, BigDecimal.ONE),
        Map.entry(Factor.CLINICAL_TRIAL_COLLABORATION, BigDecimal.ONE),
        Map.entry(Factor.INNOVATION_COLLABORATION, BigDecimal.ONE));
  }

  /** Complexity scores at or above this are high complexity. */
  @Value.Default
  public BigDecimal complexityHighFrom() {
    return BigDecimal.valueOf(50);
  }

  /** Value scores at or above this are high value. */
  @Value.Default
  public BigDecimal valueHighFrom() {
    return BigDecimal.valueOf(50);
  }

  /** A score less than this many points from its cut-off is on the border. */
  @Value.Default
  public BigDecimal borderlineBand() {
    return BigDecimal.valueOf(5);
  }

  /** Factors that must be assessed before complexity or value is placed on the grid. */
  @Value.Default
  public int minFactorsPerAxis() {
    return 2;
  }

  /** Factors that must be assessed before strategic fit counts. */
  @Value.Default
  public int minFitFactors() {
    return 1;
  }

  /** Staffed beds rating the patient population: under 100 very low, 1,000 and up very high. */
  @Value.Default
  public List<Long> bedBands() {
    return List.of(100L, 200L, 500L, 1_000L);
  }

  /** Addressable cells not yet sold rating the growth opportunity. */
  @Value.Default
  public List<Long> openCellBands() {
    return List.of(1L, 3L, 6L, 10L);
  }

  /** Patient-pathway pain points rating the unmet need. */
  @Value.Default
  public List<Long> painPointBands() {
    return List.of(1L, 2L, 4L, 6L);
  }

  /** Percent of our products restricted or unlisted on the formulary rating payer pressure. */
  @Value.Default
  public List<Long> restrictedPercentBands() {
    return List.of(1L, 25L, 50L, 75L);
  }

  /** Decision-complexity points (bodies, levels, sites, functions; 0-10) rating it. */
  @Value.Default
  public List<Long> decisionPointBands() {
    return List.of(2L, 4L, 6L, 8L);
  }

  /** With this many competitors recorded, competitive intensity is one step above the threat. */
  @Value.Default
  public int crowdedFromCompetitors() {
    return 3;
  }

  /** The weight of {@code factor}; zero when the policy gives none. */
  public BigDecimal weight(Factor factor) {
    return weights().getOrDefault(factor, BigDecimal.ZERO);
  }

  /** Rejects an inconsistent value when it is built, naming every problem. */
  @Value.Check
  protected void check() {
    ModelCheck check = ModelCheck.of("EngagementPolicy", version()).nonBlank("version", version());
    weights()
        .forEach(
            (f, w) -> {
              if (w.signum() < 0) {
                check.fail(FieldPath.of("weights").entry(f.key()), w, ModelCode.NEGATIVE);
              }
            });
    for (Axis axis : EnumSet.of(Axis.COMPLEXITY, Axis.VALUE)) {
      check.require(
          weights().entrySet().stream()
              .anyMatch(e -> e.getKey().axis() == axis && e.getValue().signum() > 0),
          "weights",
          axis,
          EngagementCode.POLICY_AXIS_UNWEIGHTED,
          Arg.of(axis));
    }
    within(check, "complexityHighFrom", complexityHighFrom());
    within(check, "valueHighFrom", valueHighFrom());
    within(check, "borderlineBand", borderlineBand());
    check
        .between("minFactorsPerAxis", minFactorsPerAxis(), 1, 4)
        .between("minFitFactors", minFitFactors(), 1, 3)
        .between("crowdedFromCompetitors", crowdedFromCompetitors(), 1, 1_000);
    bands(check, "bedBands", bedBands());
    bands(check, "openCellBands", openCellBands());
    bands(check, "painPointBands", painPointBands());
    bands(check, "restrictedPercentBands", restrictedPercentBands());
    bands(check, "decisionPointBands", decisionPointBands());
    check.throwIfInvalid();
  }

  private static void within(ModelCheck check, String field, BigDecimal value) {
    check.between(field, value, BigDecimal.ZERO, BigDecimal.valueOf(100));
  }

  private static void bands(ModelCheck check, String field, List<Long> bands) {
    boolean ascending = true;
    for (int i = 1; i < bands.size(); i++) {
      ascending &= bands.get(i - 1) < bands.get(i);
    }
    check.require(bands.size() == 4 && ascending, field, bands, ModelCode.NOT_ASCENDING, Arg.of(4));
  }
}
