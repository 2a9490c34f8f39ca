package dev.kamkit.rules.maturity;

import dev.kamkit.model.explain.Message;

/**
 * Where the relationship between the company and the account sits on the Cranfield ladder of
 * McDonald, Rogers and Woodburn (McDonald, Rogers and Woodburn, "Key Customers: How to Manage Them
 * Profitably"): exploratory, basic, cooperative, interdependent, integrated; and disintegrating,
 * which can happen from any stage. Each stage's display name is in this package's message bundle,
 * and so is what it means ({@link #description()}).
 */
public enum RelationshipStage {
  /** Before trading: both sides explore what the other can do. */
  EXPLORATORY(MaturityCode.EXPLORATORY_MEANS),
  /** Trading through one point of contact on a side (the bow-tie): price and product dominate. */
  BASIC(MaturityCode.BASIC_MEANS),
  /** Several people on each side in touch, but the links are not yet a diamond of peers. */
  COOPERATIVE(MaturityCode.COOPERATIVE_MEANS),
  /** A diamond of peer contacts across functions, senior involvement and joint work begun. */
  INTERDEPENDENT(MaturityCode.INTERDEPENDENT_MEANS),
  /** Partners working as one: joint plan agreed, joint teams, executive relationships. */
  INTEGRATED(MaturityCode.INTEGRATED_MEANS),
  /** Falling apart: business lost, threads lapsing, decision-makers turning hostile. */
  DISINTEGRATING(MaturityCode.DISINTEGRATING_MEANS);

  private final MaturityCode description;

  RelationshipStage(MaturityCode description) {
    this.description = description;
  }

  /** What the stage means, as a message worded on demand. */
  public Message description() {
    return Message.of(description);
  }
}
