package dev.kamkit.rules.engagement;

import java.util.Optional;

/**
 * The quadrants of figure 3 of Veeva Business Consulting's "Unlocking True KAM Transformation",
 * market complexity by potential value, with the engagement model each calls for. The strategies
 * build towards the top right, where strategic account management sits. Their names for people
 * ({@code "high complexity x low value"}) are in this package's bundles.
 */
public enum GridQuadrant {
  /** Simple market, modest value: reach through marketing, complemented by self-service. */
  LOW_COMPLEXITY_LOW_VALUE(
      AxisLevel.LOW,
      AxisLevel.LOW,
      EngagementModel.MARKETING_CENTRIC,
      Optional.of(EngagementModel.SERVICE_ORIENTED)),
  /** Simple market, high value: reps partner closely with the customer. */
  LOW_COMPLEXITY_HIGH_VALUE(
      AxisLevel.LOW, AxisLevel.HIGH, EngagementModel.FIELD_ORCHESTRATED, Optional.empty()),
  /** Complex market, modest value: cross-functional account-based selling, KAM for the masses. */
  HIGH_COMPLEXITY_LOW_VALUE(
      AxisLevel.HIGH, AxisLevel.LOW, EngagementModel.ACCOUNT_BASED_SELLING, Optional.empty()),
  /** Complex market, high value: the top right, strategic account management. */
  HIGH_COMPLEXITY_HIGH_VALUE(
      AxisLevel.HIGH,
      AxisLevel.HIGH,
      EngagementModel.STRATEGIC_ACCOUNT_MANAGEMENT,
      Optional.empty());

  private final AxisLevel complexity;
  private final AxisLevel value;
  private final EngagementModel model;
  private final Optional<EngagementModel> complement;

  GridQuadrant(
      AxisLevel complexity,
      AxisLevel value,
      EngagementModel model,
      Optional<EngagementModel> complement) {
    this.complexity = complexity;
    this.value = value;
    this.model = model;
    this.complement = complement;
  }

  /** The quadrant at the given levels. */
  public static GridQuadrant of(AxisLevel complexity, AxisLevel value) {
    for (GridQuadrant q : values()) {
      if (q.complexity == complexity && q.value == value) {
        return q;
      }
    }
    throw new AssertionError("every pair of levels has a quadrant");
  }

  /** The complexity level. */
  public AxisLevel complexity() {
    return complexity;
  }

  /** The value level. */
  public AxisLevel value() {
    return value;
  }

  /** The engagement model the quadrant calls for. */
  public EngagementModel model() {
    return model;
  }

  /** A model that complements it in this quadrant, if any. */
  public Optional<EngagementModel> complement() {
    return complement;
  }
}
