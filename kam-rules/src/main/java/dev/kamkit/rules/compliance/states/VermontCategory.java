package dev.kamkit.rules.compliance.states;

/**
 * The categories of the Vermont disclosure ({@code states.vt.disclosure}), in the order the
 * disclosure lists them; their names are in the package bundle.
 */
public enum VermontCategory {
  /** Gifts or entertainment with no permitted exception recorded ({@code states.vt.gift-ban}). */
  BANNED,
  /** Samples, coupons and vouchers. */
  SAMPLE,
  /** Gifts the host records a permitted exception for. */
  PERMITTED_GIFT,
  /** Everything else: allowable expenditures. */
  ALLOWABLE_EXPENDITURE
}
