package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.base.FactCode;
import java.util.Arrays;
import java.util.Optional;

/**
 * An exclusion from Open Payments reporting other than the small-payment rule, as a host marks it
 * on a transfer of value with {@link OpenPaymentsFacts#EXCLUSION} and the {@link #code()}. An
 * excluded transfer is not reportable and does not count toward the aggregate (except as {@link
 * OpenPaymentsPolicy#largeConferenceItemsInAggregate()} says for large-conference items).
 *
 * <p>The host asserts that the exclusion's conditions hold; the pack checks the two it can see: the
 * loan length of {@link #SHORT_TERM_DEVICE_LOAN} and the amount of {@link #LARGE_CONFERENCE_ITEM}.
 * Every entry is in the statute (42 U.S.C. 1320a-7h(e)(10)(B); CMS Open Payments FAQs). What each
 * excludes is worded in the package's message bundles under {@code StatutoryExclusion.CONSTANT}:
 * {@code Messages.in(locale).name(e)}.
 */
public enum StatutoryExclusion implements FactCode {
  /** Product samples for patient use, not for sale. */
  PRODUCT_SAMPLE("product-sample", "42 U.S.C. 1320a-7h(e)(10)(B)"),
  /** Educational materials that directly benefit patients or are for patient use. */
  PATIENT_EDUCATION_MATERIAL("patient-education-material", "42 U.S.C. 1320a-7h(e)(10)(B)"),
  /** A device loaned for a trial of 90 days or less; needs {@code deviceLoanDays}. */
  SHORT_TERM_DEVICE_LOAN("short-term-device-loan", "42 U.S.C. 1320a-7h(e)(10)(B)"),
  /** Warranty items. */
  WARRANTY_ITEM("warranty-item", "42 U.S.C. 1320a-7h(e)(10)(B)"),
  /** A transfer to a covered recipient acting as a patient. */
  RECIPIENT_AS_PATIENT("recipient-as-patient", "42 U.S.C. 1320a-7h(e)(10)(B)"),
  /** Discounts and rebates. */
  DISCOUNT_OR_REBATE("discount-or-rebate", "42 U.S.C. 1320a-7h(e)(10)(B)"),
  /** In-kind items for the provision of charity care. */
  CHARITY_CARE("charity-care", "42 U.S.C. 1320a-7h(e)(10)(B)"),
  /** Dividends on publicly traded securities and mutual funds. */
  PUBLIC_SECURITY_DIVIDEND("public-security-dividend", "42 U.S.C. 1320a-7h(e)(10)(B)"),
  /** An indirect payment where the manufacturer does not know the covered recipient. */
  INDIRECT_UNKNOWN_RECIPIENT("indirect-unknown-recipient", "42 U.S.C. 1320a-7h(e)(10)(A)"),
  /**
   * A speaker payment at accredited continuing medical education meeting all three conditions:
   * ACCME, AOA, AMA, AAFP or ADA CERP standards; the manufacturer neither selects the speaker nor
   * gives a distinct list of speakers; the manufacturer does not pay the speaker directly.
   */
  ACCREDITED_CME_SPEAKER("accredited-cme-speaker", "AAO Open Payments exclusions"),
  /** Demonstration units. */
  DEMONSTRATION_UNIT("demonstration-unit", "AAO Open Payments exclusions"),
  /** Licensed non-medical professional services. */
  NON_MEDICAL_PROFESSIONAL_SERVICE(
      "non-medical-professional-service", "AAO Open Payments exclusions"),
  /** Care for the manufacturer's employees. */
  EMPLOYEE_CARE("employee-care", "AAO Open Payments exclusions"),
  /** An unrestricted conference donation whose use the manufacturer has no say in. */
  UNRESTRICTED_CONFERENCE_DONATION("unrestricted-conference-donation", "CMS Open Payments FAQ"),
  /**
   * An incidental item below the minimum, open to all attendees of a large conference (buffet,
   * coffee). Excluded only when below the program year's minimum; whether it counts toward the
   * aggregate is unverified, see {@link OpenPaymentsPolicy#largeConferenceItemsInAggregate()}.
   */
  LARGE_CONFERENCE_ITEM("large-conference-item", "BMS Physician Payment Sunshine Act page");

  private final String code;
  private final String source;

  StatutoryExclusion(String code, String source) {
    this.code = code;
    this.source = source;
  }

  /** The code of the fact {@link OpenPaymentsFacts#EXCLUSION}: {@code product-sample}. */
  @Override
  public String code() {
    return code;
  }

  /** Where the exclusion comes from. */
  public String source() {
    return source;
  }

  /** The exclusion with the given code, ignoring case and outer whitespace, if there is one. */
  public static Optional<StatutoryExclusion> ofCode(String code) {
    String wanted = code.strip();
    return Arrays.stream(values()).filter(e -> e.code.equalsIgnoreCase(wanted)).findFirst();
  }
}
