package dev.kamkit.rules.compliance.openpayments;

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
 * A host-supplied exchange rate into US dollars: from {@code effectiveFrom} on, one unit of {@code
 * currency} is worth {@code usdPerUnit} dollars. kamkit has no rate source (no network, no clock):
 * the host supplies the rates its compliance team uses, daily or one per year.
 *
 * @param currency the currency converted from; not USD
 * @param effectiveFrom the first day the rate applies
 * @param usdPerUnit US dollars per unit of {@code currency}, exact and positive
 */
public record UsdRate(Currency currency, LocalDate effectiveFrom, BigDecimal usdPerUnit) {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if the rate is for USD or not positive
   */
  public UsdRate {
    ModelCheck.of("UsdRate", currency, effectiveFrom)
        .require(
            !currency.equals(Usd.USD),
            "currency",
            currency,
            ModelCode.SAME_CURRENCY,
            Arg.text(Usd.USD.getCurrencyCode()))
        .positive("usdPerUnit", usdPerUnit)
        .throwIfInvalid();
  }

  /** A rate from a currency code and a decimal text, e.g. {@code of("EUR", day, "1.0842")}. */
  public static UsdRate of(String currency, LocalDate effectiveFrom, String usdPerUnit) {
    return new UsdRate(Currency.getInstance(currency), effectiveFrom, new BigDecimal(usdPerUnit));
  }

  /**
   * The rate among {@code rates} for {@code currency} on {@code date}: the latest that took effect
   * on or before the date in the same calendar year, so a rate never carries over into another
   * (program) year. Empty when none does.
   */
  public static Optional<UsdRate> applicable(
      List<UsdRate> rates, Currency currency, LocalDate date) {
    return rates.stream()
        .filter(
            r ->
                r.currency().equals(currency)
                    && !r.effectiveFrom().isAfter(date)
                    && r.effectiveFrom().getYear() == date.getYear())
        .max(Comparator.comparing(UsdRate::effectiveFrom));
  }

  /**
   * {@code amount} in US dollars on {@code date}: itself if already USD, else the amount times the
   * {@link #applicable applicable} rate, rounded to cents by {@code rounding}. Empty when no rate
   * applies: kamkit never converts at a rate the host did not supply.
   */
  public static Optional<Money> toUsd(
      List<UsdRate> rates, Money amount, LocalDate date, RoundingMode rounding) {
    if (Usd.isUsd(amount)) {
      return Optional.of(amount);
    }
    return applicable(rates, amount.currency(), date)
        .map(
            rate ->
                Money.of(
                    amount.amount().multiply(rate.usdPerUnit()).setScale(2, rounding), Usd.USD));
  }

  /**
   * Adds to {@code check} what every policy holding rates requires: at most one rate per currency
   * and day, and a {@code rounding} that rounds, since converted amounts rarely come out in whole
   * cents.
   */
  public static ModelCheck checkSettings(
      ModelCheck check, List<UsdRate> rates, RoundingMode rounding) {
    return check
        .unique("usdRates", rates, r -> List.of(r.currency(), r.effectiveFrom()))
        .rounds("usdRounding", rounding);
  }
}
