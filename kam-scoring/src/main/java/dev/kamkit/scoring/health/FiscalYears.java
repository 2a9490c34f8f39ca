package dev.kamkit.scoring.health;

import dev.kamkit.model.account.AccountProfile;
import dev.kamkit.model.account.AnnualVolume;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Reads an account's fiscal calendar and annual volumes: which fiscal year is the latest complete
 * one on a given day, and the year's total units or net revenue.
 *
 * <p>A fiscal year is named by the year in which it starts and begins on the profile's {@code
 * fiscalYearStart} (1 January when absent; academic and government systems often run another
 * calendar, Prolifiq, "Healthcare Key Account Management: A Practical Guide"). A year's total is
 * its account-total row where that row has the measure, otherwise the sum of its product rows,
 * provided every product row has it; a partial sum would understate the year, so it is never used.
 * Net revenue is read in one currency only: amounts in another are left out with a note, never
 * converted.
 */
final class FiscalYears {
  private FiscalYears() {}

  /** A year's total, or why there is none ({@code note} is present exactly when value is not). */
  record Total(Optional<BigDecimal> value, Optional<Message> note) {

    static Total of(BigDecimal value) {
      return new Total(Optional.of(value), Optional.empty());
    }

    static Total missing(Message why) {
      return new Total(Optional.empty(), Optional.of(why));
    }
  }

  /** The latest fiscal year that ended before {@code asOf}. */
  static int latestComplete(AccountProfile profile, LocalDate asOf) {
    MonthDay start = profile.fiscalYearStart().orElse(MonthDay.of(1, 1));
    int current = asOf.isBefore(start.atYear(asOf.getYear())) ? asOf.getYear() - 1 : asOf.getYear();
    return current - 1;
  }

  /** The fiscal year's total units. */
  static Total units(List<AnnualVolume> volumes, int year) {
    Optional<AnnualVolume> total =
        volumes.stream()
            .filter(v -> v.fiscalYear() == year && v.product().isEmpty() && v.units().isPresent())
            .findFirst();
    if (total.isPresent()) {
      return Total.of(total.get().units().orElseThrow());
    }
    List<AnnualVolume> rows = productRows(volumes, year);
    if (rows.isEmpty() || rows.stream().anyMatch(v -> v.units().isEmpty())) {
      return Total.missing(Message.of(HealthCode.FISCAL_NO_UNITS, Arg.year(year)));
    }
    return Total.of(
        rows.stream().map(v -> v.units().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** The fiscal year's total net revenue in {@code currency}. */
  static Total netRevenue(List<AnnualVolume> volumes, int year, Currency currency) {
    Optional<Money> total =
        volumes.stream()
            .filter(v -> v.fiscalYear() == year && v.product().isEmpty())
            .flatMap(v -> v.netRevenue().stream())
            .findFirst();
    if (total.isPresent()) {
      return inCurrency(total.get(), year, currency);
    }
    List<AnnualVolume> rows = productRows(volumes, year);
    if (rows.isEmpty() || rows.stream().anyMatch(v -> v.netRevenue().isEmpty())) {
      return Total.missing(Message.of(HealthCode.FISCAL_NO_REVENUE, Arg.year(year)));
    }
    List<Money> amounts = rows.stream().map(v -> v.netRevenue().orElseThrow()).toList();
    Optional<Money> foreign =
        amounts.stream().filter(m -> !m.currency().equals(currency)).findFirst();
    if (foreign.isPresent()) {
      return inCurrency(foreign.get(), year, currency);
    }
    return Total.of(amounts.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  private static Total inCurrency(Money amount, int year, Currency currency) {
    if (amount.currency().equals(currency)) {
      return Total.of(amount.amount());
    }
    return Total.missing(
        Message.of(
            HealthCode.FISCAL_OTHER_CURRENCY,
            Arg.year(year),
            Arg.text(amount.currency().getCurrencyCode()),
            Arg.text(currency.getCurrencyCode())));
  }

  /** The year's product rows, by product id. */
  private static List<AnnualVolume> productRows(List<AnnualVolume> volumes, int year) {
    return volumes.stream()
        .filter(v -> v.fiscalYear() == year && v.product().isPresent())
        .sorted(Comparator.comparing(v -> v.product().orElseThrow()))
        .toList();
  }
}
