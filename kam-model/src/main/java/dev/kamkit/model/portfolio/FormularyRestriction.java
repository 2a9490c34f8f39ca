package dev.kamkit.model.portfolio;

/** A utilisation-management restriction attached to a formulary listing. */
public enum FormularyRestriction {
  /** Prior authorisation. */
  PRIOR_AUTHORIZATION,
  /** Quantity limit. */
  QUANTITY_LIMIT,
  /** Age limit. */
  AGE_LIMIT,
  /** Step edit: another therapy must be tried first. */
  STEP_EDIT,
  /** Restricted to named prescribers or specialties. */
  PRESCRIBER_RESTRICTION
}
