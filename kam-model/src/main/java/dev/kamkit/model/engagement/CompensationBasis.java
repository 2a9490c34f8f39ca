package dev.kamkit.model.engagement;

/**
 * How a service agreement's compensation is worked out. The AKS personal services safe harbor asks
 * for a methodology set in advance and pay not set taking into account the volume or value of
 * referrals or business; outcomes-based payments have their own provision (42 CFR 1001.952(d), OIG
 * rule of 2 Dec 2020).
 */
public enum CompensationBasis {
  /** A fixed fee for the whole agreement or per period. */
  FIXED_FEE,
  /** An hourly rate. */
  HOURLY_RATE,
  /** A fee per service delivered, such as per talk or per advisory meeting. */
  PER_SERVICE,
  /** Payments tied to measured outcomes. */
  OUTCOMES_BASED,
  /** Pay that takes into account the volume or value of referrals or business. */
  VOLUME_OR_VALUE_OF_BUSINESS
}
