package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.Money;

/**
 * The small-payment thresholds of one program year: a payment is excluded if it is less than {@code
 * minimum}, unless the calendar-year aggregate exceeds {@code aggregateTrigger} (REGULATORY.md
 * 1.4).
 *
 * @param programYear the program year (the calendar year of the payments), 2013 or later
 * @param minimum the minimum, in US dollars: a payment below it is excluded
 * @param aggregateTrigger the aggregate, in US dollars, above which small payments are reportable
 * @param source where the values come from, for findings and the documentation
 */
public record ThresholdRow(int programYear, Money minimum, Money aggregateTrigger, String source) {

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
            .require(programYear >= 2013, "programYear", programYear, "must be 2013 or later")
            .require(
                Usd.isUsd(minimum) && minimum.isPositive(),
                "minimum",
                minimum,
                "must be a positive USD amount")
            .require(
                Usd.isUsd(aggregateTrigger) && aggregateTrigger.isPositive(),
                "aggregateTrigger",
                aggregateTrigger,
                "must be a positive USD amount")
            .nonBlank("source", source);
    if (Usd.isUsd(minimum) && Usd.isUsd(aggregateTrigger)) {
      check.require(
          minimum.isLessThan(aggregateTrigger),
          "minimum",
          minimum,
          "must be below the aggregate trigger " + aggregateTrigger);
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

  /** True if {@code usd} is less than the minimum: the only case the rule excludes. */
  public boolean isBelowMinimum(Money usd) {
    return usd.isLessThan(minimum);
  }

  /** True if {@code aggregateUsd} is more than the trigger: equal does not exceed. */
  public boolean isExceeded(Money aggregateUsd) {
    return aggregateUsd.isGreaterThan(aggregateTrigger);
  }
}
