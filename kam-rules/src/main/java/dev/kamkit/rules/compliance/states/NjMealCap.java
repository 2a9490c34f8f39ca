package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;

/**
 * New Jersey's meal cap for one calendar year: the most a meal may cost per prescriber who
 * partakes. kamkit ships 2018 and 2019 ({@link StateLimits#NJ_MEAL_CAPS}); the cap is CPI-indexed
 * and its later values are unverified, so the host supplies them.
 *
 * @param year the calendar year, 2018 or later
 * @param cap the cap per person per meal, a positive US dollar amount; a meal at the cap is allowed
 * @param source where the value comes from, quoted in findings
 */
public record NjMealCap(int year, Money cap, String source) {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if the year is before 2018, the cap is not
   *     a positive USD amount or the source is blank
   */
  public NjMealCap {
    ModelCheck.of("NjMealCap", year)
        // N.J.A.C. 13:45J dates from 2018
        .notBefore("year", year, StateLimits.NJ_FIRST_YEAR)
        .require(Dollars.isUsd(cap), "cap", cap, ModelCode.WRONG_CURRENCY, Arg.text("USD"))
        .positive("cap", cap)
        .nonBlank("source", source)
        .throwIfInvalid();
  }

  /** A cap from decimal text, e.g. {@code NjMealCap.of(2026, "33.50", "NJ Board notice")}. */
  public static NjMealCap of(int year, String usd, String source) {
    return new NjMealCap(year, Money.of(usd, "USD"), source);
  }
}
