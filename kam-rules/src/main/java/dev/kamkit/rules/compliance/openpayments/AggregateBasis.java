package dev.kamkit.rules.compliance.openpayments;

/**
 * Which payments count toward the calendar-year aggregate that makes small payments reportable (42
 * U.S.C. 1320a-7h(e)(10); CMS Open Payments threshold notices).
 */
public enum AggregateBasis {
  /**
   * Every payment to the recipient by the manufacturer in the calendar year that is not otherwise
   * excluded: the literal reading of the statute and of CMS's PY2025 notice ("the total annual
   * value of payments"). The default.
   */
  ALL_PAYMENTS,
  /**
   * Only the payments below the minimum. Some practitioners read the rule this way; the reading is
   * unverified, so it is an option a host chooses, never the default.
   */
  SMALL_ONLY
}
