package dev.kamkit.rules.review;

/** The scores a review compares. */
public enum ReviewedScore {
  /** Relationship coverage. */
  COVERAGE,
  /** Account plan completeness. */
  COMPLETENESS,
  /** Whitespace penetration; absent when the account has no whitespace grid. */
  WHITESPACE,
  /** Account health. */
  HEALTH
}
