package dev.kamkit.rules.compliance;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A host-supplied exchange rate: from {@code effectiveFrom} on, one unit of {@code from} is worth
 * {@code rate} units of {@code to}. kamkit has no rate source (no network, no clock), so a pack
 * converts only at rates its host supplies and reports an amount without one; it never converts
 * silently.
 *
 * @param from the currency converted from
 * @param to the currency converted into; not {@code from}
 * @param effectiveFrom the first day the rate applies
 * @param rate units of {@code to} per unit of {@code from}, exact and positive
 */
public record ExchangeRate(Currency from, Currency to, LocalDate effectiveFrom, BigDecimal rate) {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if the currencies are equal or the rate is
   *     not positive
   */
  public ExchangeRate {
    ModelCheck.of("ExchangeRate", List.of(from, to), effectiveFrom)
        .require(
            !from.equals(to), "to", to, ModelCode.SAME_CURRENCY, Arg.text(from.getCurrencyCode()))
        .positive("rate", rate)
        .throwIfInvalid();
  }

  /** A rate from currency codes and a decimal text, e.g. {@code of("GBP", "EUR", day, "1.17")}. */
  public static ExchangeRate of(String from, String to, LocalDate effectiveFrom, String rate) {
    return new ExchangeRate(
        Currency.getInstance(from), Currency.getInstance(to), effectiveFrom, new BigDecimal(rate));
  }

  /**
   * {@code amount} in {@code to} on {@code date}: itself if already in {@code to}, else converted
   * at the latest of {@code rates} from its currency into {@code to} that took effect on or before
   * the date in the same calendar year (a rate never carries over into another disclosure year),
   * rounded to the target currency's minor unit by {@code rounding}. Empty when no rate applies.
   */
  public static Optional<Money> convert(
      Money amount, Currency to, LocalDate date, List<ExchangeRate> rates, RoundingMode rounding) {
    if (amount.currency().equals(to)) {
      return Optional.of(amount);
    }
    return rates.stream()
        .filter(
            r ->
                r.from().equals(amount.currency())
                    && r.to().equals(to)
                    && !r.effectiveFrom().isAfter(date)
                    && r.effectiveFrom().getYear() == date.getYear())
        .max(Comparator.comparing(ExchangeRate::effectiveFrom))
        .map(
            r ->
                Money.of(
                    amount
                        .amount()
                        .multiply(r.rate())
                        .setScale(Math.max(0, to.getDefaultFractionDigits()), rounding),
                    to));
  }
}
