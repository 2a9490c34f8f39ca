package dev.kamkit.rules.review;

/** The classifications a review compares. */
public enum ReviewedClassification {
  /** The tier by potential value ({@link dev.kamkit.model.account.AccountTier}). */
  TIER,
  /** The KAM maturity stage ({@link dev.kamkit.rules.maturity.MaturityStage}). */
  MATURITY,
  /** The relationship stage ({@link dev.kamkit.rules.maturity.RelationshipStage}). */
  RELATIONSHIP,
  /** The primary engagement model ({@link dev.kamkit.rules.engagement.EngagementModel}). */
  ENGAGEMENT
}
