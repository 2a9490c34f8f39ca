package dev.kamkit.rules.compliance.openpayments;

/**
 * The kinds of covered recipient, with the text CMS publishes (CMS, "Changes for Reporting
 * Entities"; CMS Open Payments FAQs) for records; the names shown to people are in the package's
 * message bundles under {@code CoveredRecipientType.CONSTANT}.
 */
public enum CoveredRecipientType {
  /** A physician: MD, DO, dentist, podiatrist, optometrist or chiropractor. */
  PHYSICIAN("Covered Recipient Physician"),
  /** A physician assistant, nurse practitioner, CNS, CRNA or AA, or nurse-midwife (PY2021+). */
  NON_PHYSICIAN_PRACTITIONER("Covered Recipient Non-Physician Practitioner"),
  /** A hospital on the program year's CMS Teaching Hospital List. */
  TEACHING_HOSPITAL("Covered Recipient Teaching Hospital");

  private final String cmsName;

  CoveredRecipientType(String cmsName) {
    this.cmsName = cmsName;
  }

  /** The text CMS publishes in {@code Covered_Recipient_Type}. */
  public String cmsName() {
    return cmsName;
  }
}
