package dev.kamkit.model.portfolio;

/** Where one product stands in one clinical unit: the state of a whitespace cell. */
public enum WhitespaceStatus {
  /** We sell the product there. */
  SOLD,
  /** The unit is evaluating it: a trial, a committee review, a pilot. */
  IN_EVALUATION,
  /** Nobody sells there yet although the product is indicated: whitespace. */
  OPEN,
  /** A competitor's product holds the unit. */
  COMPETITOR_HELD,
  /** The product has no approved indication for this unit's patients: not an opportunity. */
  NOT_INDICATED;

  /** True for every status but {@link #NOT_INDICATED}: the cells penetration is counted over. */
  public boolean isAddressable() {
    return this != NOT_INDICATED;
  }
}
