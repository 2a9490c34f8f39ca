package dev.kamkit.rules.maturity;

/**
 * The shape of the active contacts between our people and the account's: the main evidence for the
 * Cranfield relationship stage (McDonald, Rogers and Woodburn, "Key Customers: How to Manage Them
 * Profitably"). Display names ("bow-tie", "diamond", ...) are in this package's message bundle.
 */
public enum ContactStructure {
  /** No active contact at all. */
  NONE,
  /** Every active link runs through one person on at least one side: the bow-tie. */
  BOW_TIE,
  /** Several people on each side, but not yet a diamond across functions. */
  MULTI_CONTACT,
  /** Many peer-to-peer links across several functions on both sides: the diamond. */
  DIAMOND
}
