package dev.kamkit.model.portfolio;

/**
 * What kind of product a product is; Open Payments reports drugs, biologicals, devices and supplies
 * apart.
 */
public enum ProductKind {
  /** A small-molecule drug. */
  DRUG,
  /** A biological product. */
  BIOLOGICAL,
  /** A medical device. */
  DEVICE,
  /** A medical supply. */
  MEDICAL_SUPPLY,
  /** A diagnostic test. */
  DIAGNOSTIC
}
