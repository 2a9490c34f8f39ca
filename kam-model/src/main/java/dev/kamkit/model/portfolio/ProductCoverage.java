package dev.kamkit.model.portfolio;

/**
 * Whether a product is a covered drug, biological, device or medical supply in the sense of US Open
 * Payments, as the manufacturer determines it for the record field {@code
 * Covered_or_Noncovered_Indicator_n} (CMS, "General Payments Data Dictionary").
 */
public enum ProductCoverage {
  /** A covered drug, biological, device or medical supply. */
  COVERED,
  /** A product that is not covered. */
  NON_COVERED
}
