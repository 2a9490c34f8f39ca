package dev.kamkit.rules.engagement;

/** Why a model is among an account's recommendations. */
public enum RecommendationRole {
  /** The model of the quadrant the account sits in. */
  PRIMARY,
  /** The model of a neighbouring quadrant, because the account sits on a border. */
  ALTERNATIVE,
  /**
   * The model the primary one builds on (Veeva Business Consulting, "Unlocking True KAM
   * Transformation": strategies build incrementally).
   */
  FOUNDATION,
  /** A model that complements the primary one in its quadrant. */
  COMPLEMENT
}
