package dev.kamkit.model.engagement;

/**
 * Whether an item given to a healthcare professional serves their professional duties. The PhRMA
 * Code allows educational items of $100 or less and no non-educational ones, even of minimal value
 * (PhRMA, "Code on Interactions with Health Care Professionals", sections 10 and 11).
 */
public enum ItemKind {
  /**
   * An educational item for patients or professionals, such as an anatomical model or a textbook.
   */
  EDUCATIONAL,
  /** A non-educational item such as a pen, mug or clipboard. */
  NON_EDUCATIONAL
}
