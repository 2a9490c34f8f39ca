package dev.kamkit.model.engagement;

/**
 * What a transfer of value was for, with the exact text CMS Open Payments publishes (CMS Open
 * Payments published values; CY2022 Physician Fee Schedule rule). Which values are valid in which
 * program year, and for which recipients, is a rule of the Open Payments pack in kam-rules, not of
 * the model: the model records what happened.
 */
public enum NatureOfPayment {
  /** Consulting fee. */
  CONSULTING_FEE("Consulting Fee"),
  /**
   * Compensation for services other than consulting, including speaking outside continuing
   * education.
   */
  SERVICES_OTHER_THAN_CONSULTING(
      "Compensation for services other than consulting, including serving as faculty or as a"
          + " speaker at a venue other than a continuing education program"),
  /**
   * Faculty or speaker at a non-accredited, non-certified continuing education programme (to
   * PY2020).
   */
  SPEAKER_UNACCREDITED_CONTINUING_EDUCATION(
      "Compensation for serving as faculty or as a speaker for a non-accredited and noncertified"
          + " continuing education program"),
  /**
   * Faculty or speaker at an accredited or certified continuing education programme (to PY2020).
   */
  SPEAKER_ACCREDITED_CONTINUING_EDUCATION(
      "Compensation for serving as faculty or as a speaker for an accredited or certified"
          + " continuing education program"),
  /** Faculty or speaker at a medical education programme (from PY2021). */
  SPEAKER_MEDICAL_EDUCATION(
      "Compensation for serving as faculty or as a speaker for a medical education program"),
  /** Honoraria. */
  HONORARIA("Honoraria"),
  /** Gift. */
  GIFT("Gift"),
  /** Entertainment. */
  ENTERTAINMENT("Entertainment"),
  /** Food and beverage. */
  FOOD_AND_BEVERAGE("Food and Beverage"),
  /** Travel and lodging; needs the travel destination. */
  TRAVEL_AND_LODGING("Travel and Lodging"),
  /** Education. */
  EDUCATION("Education"),
  /** Charitable contribution. */
  CHARITABLE_CONTRIBUTION("Charitable Contribution"),
  /** Royalty or licence. */
  ROYALTY_OR_LICENSE("Royalty or License"),
  /** Current or prospective ownership or investment interest (general records to PY2022). */
  OWNERSHIP_OR_INVESTMENT_INTEREST("Current or prospective ownership or investment interest"),
  /** Grant. */
  GRANT("Grant"),
  /** Space rental or facility fees, for teaching hospitals only. */
  SPACE_RENTAL_OR_FACILITY_FEES("Space rental or facility fees (teaching hospital only)"),
  /** Debt forgiveness (from PY2021). */
  DEBT_FORGIVENESS("Debt forgiveness"),
  /** Long-term medical supply or device loan (from PY2021). */
  LONG_TERM_MEDICAL_SUPPLY_OR_DEVICE_LOAN("Long term medical supply or device loan"),
  /** Acquisitions (from PY2021). */
  ACQUISITIONS("Acquisitions");

  private final String cmsName;

  NatureOfPayment(String cmsName) {
    this.cmsName = cmsName;
  }

  /** The exact text CMS publishes for this nature of payment. */
  public String cmsName() {
    return cmsName;
  }
}
