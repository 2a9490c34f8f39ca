package dev.kamkit.rules.compliance.openpayments;

/** Whether a transfer of value must be reported for one recipient. */
public enum ReportabilityStatus {
  /** It must be reported. */
  REPORTABLE,
  /** It need not be reported, for the reason given; may change while the year is open. */
  NOT_REPORTABLE,
  /** The pack cannot tell until the host supplies what is missing (a threshold row, a rate). */
  UNDETERMINED
}
