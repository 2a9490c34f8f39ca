package dev.kamkit.rules.compliance.openpayments;

/**
 * Why a transfer of value is, or is not, reportable for one recipient. The {@link #code()} is
 * stable across releases, so hosts can translate, filter or count reasons.
 */
public enum ReportabilityReason {
  /** The payment is at or above the program year's minimum. */
  AT_OR_ABOVE_MINIMUM("at-or-above-minimum", ReportabilityStatus.REPORTABLE),
  /** Below the minimum, but the calendar-year aggregate exceeds the trigger. */
  AGGREGATE_EXCEEDED("aggregate-exceeded", ReportabilityStatus.REPORTABLE),
  /** Below the minimum, and the aggregate so far does not exceed the trigger. */
  BELOW_MINIMUM("below-minimum", ReportabilityStatus.NOT_REPORTABLE),
  /** A statutory exclusion applies. */
  STATUTORY_EXCLUSION("statutory-exclusion", ReportabilityStatus.NOT_REPORTABLE),
  /**
   * Salary or benefits paid to a recipient who is the manufacturer's bona fide employee on the day
   * (CMS Open Payments FAQs); what a contractor or consultant is paid is reported.
   */
  EMPLOYEE_COMPENSATION("employee-compensation", ReportabilityStatus.NOT_REPORTABLE),
  /** The recipient is a resident; residents are not covered (fellows are). */
  RESIDENT("resident", ReportabilityStatus.NOT_REPORTABLE),
  /** A non-physician practitioner before 1 January 2021, when they became covered. */
  NON_PHYSICIAN_PRACTITIONER_BEFORE_2021(
      "non-physician-practitioner-before-2021", ReportabilityStatus.NOT_REPORTABLE),
  /** A healthcare professional whose profession is not covered: pharmacist, nurse, other. */
  NOT_A_COVERED_PROFESSION("not-a-covered-profession", ReportabilityStatus.NOT_REPORTABLE),
  /** A practitioner abroad with no recorded US state licence; only US licensees are covered. */
  NO_US_LICENCE("no-us-licence", ReportabilityStatus.NOT_REPORTABLE),
  /** A stakeholder who is not a healthcare professional. */
  NOT_A_HEALTHCARE_PROFESSIONAL(
      "not-a-healthcare-professional", ReportabilityStatus.NOT_REPORTABLE),
  /** An organisation not on the program year's teaching hospital list. */
  NOT_A_TEACHING_HOSPITAL("not-a-teaching-hospital", ReportabilityStatus.NOT_REPORTABLE),
  /** Made before data collection began on 1 August 2013. */
  BEFORE_DATA_COLLECTION("before-data-collection", ReportabilityStatus.NOT_REPORTABLE),
  /** The threshold table has no row for the program year. */
  PROGRAM_YEAR_UNKNOWN("program-year-unknown", ReportabilityStatus.UNDETERMINED),
  /** The host supplied no teaching hospital list for the program year. */
  TEACHING_HOSPITAL_LIST_MISSING(
      "teaching-hospital-list-missing", ReportabilityStatus.UNDETERMINED),
  /** The amount is not in US dollars and the host supplied no rate for it. */
  NO_USD_RATE("no-usd-rate", ReportabilityStatus.UNDETERMINED),
  /**
   * Below the minimum, the known aggregate does not exceed the trigger, and some payment of the
   * year has no US dollar value yet.
   */
  AGGREGATE_INCOMPLETE("aggregate-incomplete", ReportabilityStatus.UNDETERMINED);

  private final String code;
  private final ReportabilityStatus status;

  ReportabilityReason(String code, ReportabilityStatus status) {
    this.code = code;
    this.status = status;
  }

  /** Stable lower-case code, e.g. {@code below-minimum}. */
  public String code() {
    return code;
  }

  /** The status this reason gives. */
  public ReportabilityStatus status() {
    return status;
  }

  /**
   * True when the transfer goes to a recipient who is, or may be, covered and no exclusion applies:
   * a General Payments record may have to be made, so the record checks run.
   */
  public boolean mayNeedRecord() {
    return switch (this) {
      case AT_OR_ABOVE_MINIMUM,
          AGGREGATE_EXCEEDED,
          BELOW_MINIMUM,
          PROGRAM_YEAR_UNKNOWN,
          TEACHING_HOSPITAL_LIST_MISSING,
          NO_USD_RATE,
          AGGREGATE_INCOMPLETE ->
          true;
      default -> false;
    };
  }
}
