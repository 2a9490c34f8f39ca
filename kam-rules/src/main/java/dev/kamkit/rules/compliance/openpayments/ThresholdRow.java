package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import java.util.List;
import java.util.Optional;

/**
 * The small-payment thresholds of one program year: a payment is excluded if it is less than {@code
 * minimum}, unless the calendar-year aggregate exceeds {@code aggregateTrigger} (42 U.S.C.
 * 1320a-7h(e)(10); CMS Open Payments threshold notices).
 *
 * @param programYear the program year (the calendar year of the payments), 2013 or later
 * @param minimum the minimum, in US dollars: a payment below it is excluded
 * @param aggregateTrigger the aggregate, in US dollars, above which small payments are reportable
 * @param source where the values come from, for findings and the documentation
 */
public record ThresholdRow(int programYear, Money minimum, Money aggregateTrigger, String source) {

  /** The first program year of Open Payments. */
  private static final int FIRST_PROGRAM_YEAR = 2013;

  private static final Arg USD = Arg.text("USD");

  /**
   * Checks the row.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if the year is before 2013, an amount is
   *     not a positive US dollar amount, the minimum is not below the trigger or the source is
   *     blank
   */
  public ThresholdRow {
    ModelCheck check =
        ModelCheck.of("ThresholdRow", programYear)
            .notBefore("programYear", programYear, FIRST_PROGRAM_YEAR)
            .require(Usd.isUsd(minimum), "minimum", minimum, ModelCode.WRONG_CURRENCY, USD)
            .positive("minimum", minimum)
            .require(
                Usd.isUsd(aggregateTrigger),
                "aggregateTrigger",
                aggregateTrigger,
                ModelCode.WRONG_CURRENCY,
                USD)
            .positive("aggregateTrigger", aggregateTrigger)
            .nonBlank("source", source);
    if (Usd.isUsd(minimum) && Usd.isUsd(aggregateTrigger)) {
      check.below("minimum", minimum.amount(), "aggregateTrigger", aggregateTrigger.amount());
    }
    check.throwIfInvalid();
  }

  /**
   * A row from decimal texts, e.g. {@code ThresholdRow.of(2025, "13.46", "134.54", "CMS email")}.
   *
   * @throws dev.kamkit.model.base.InvalidModelException as the constructor does
   */
  public static ThresholdRow of(
      int programYear, String minimum, String aggregateTrigger, String source) {
    return new ThresholdRow(
        programYear, Money.of(minimum, "USD"), Money.of(aggregateTrigger, "USD"), source);
  }

  /** The row of {@code programYear} among {@code rows}, if they have one. */
  static Optional<ThresholdRow> ofYear(List<ThresholdRow> rows, int programYear) {
    for (ThresholdRow row : rows) {
      if (row.programYear() == programYear) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  /** True if {@code usd} is less than the minimum: the only case the rule excludes. */
  public boolean isBelowMinimum(Money usd) {
    return usd.isLessThan(minimum);
  }

  /** True if {@code aggregateUsd} is more than the trigger: equal does not exceed. */
  public boolean isExceeded(Money aggregateUsd) {
    return aggregateUsd.isGreaterThan(aggregateTrigger);
  }
}
