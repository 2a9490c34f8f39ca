package dev.kamkit.rules.compliance.openpayments;

/** The conditions of statutory exclusions that the pack can see in the data. */
final class Exclusions {
  private Exclusions() {}

  /**
   * Device loans of more than this many days are reported (42 U.S.C. 1320a-7h(e)(10)(B); CMS Open
   * Payments FAQs).
   */
  static final long SHORT_TERM_LOAN_MAX_DAYS = 90;

  /**
   * True if the marked exclusion's visible condition holds: a short-term device loan needs a
   * recorded length of at most 90 days. The large-conference condition depends on the amount and is
   * judged with the threshold row.
   */
  static boolean conditionMet(TransferFacts facts) {
    return facts
        .exclusion()
        .map(
            e ->
                e != StatutoryExclusion.SHORT_TERM_DEVICE_LOAN
                    || facts.deviceLoanDays().map(d -> d <= SHORT_TERM_LOAN_MAX_DAYS).orElse(false))
        .orElse(false);
  }

  /**
   * True if a statutory exclusion settles the transfer whoever receives it and whatever its value:
   * its visible condition holds and it is not a large-conference item, which is judged by its value
   * with the threshold row. Such a transfer needs no record, even where the recipient's coverage is
   * not yet known (an organisation without a teaching hospital list).
   */
  static boolean settles(TransferFacts facts) {
    return conditionMet(facts)
        && facts.exclusion().orElseThrow() != StatutoryExclusion.LARGE_CONFERENCE_ITEM;
  }
}
