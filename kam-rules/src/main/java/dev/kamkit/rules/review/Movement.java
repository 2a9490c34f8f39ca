package dev.kamkit.rules.review;

/** Which way a change moves the account, as a lead reads it in a review. */
public enum Movement {
  /** A step forward: a relationship gained, an action completed, a score up, a formulary win. */
  BETTER,
  /** A step back or a new danger: a departure, an overdue action, a stall, a score down. */
  WORSE,
  /** A change to know of that is neither: an action added, a new tier, an influence re-rated. */
  NOTED
}
