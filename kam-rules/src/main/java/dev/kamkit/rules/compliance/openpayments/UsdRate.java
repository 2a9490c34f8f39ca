package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.base.ModelCheck;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

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
    ModelCheck.of("UsdRate", currency + " " + effectiveFrom)
        .require(!currency.equals(Usd.USD), "currency", currency, "must not be USD")
        .require(usdPerUnit.signum() > 0, "usdPerUnit", usdPerUnit, "must be positive")
        .throwIfInvalid();
  }

  /** A rate from a currency code and a decimal text, e.g. {@code of("EUR", day, "1.0842")}. */
  public static UsdRate of(String currency, LocalDate effectiveFrom, String usdPerUnit) {
    return new UsdRate(Currency.getInstance(currency), effectiveFrom, new BigDecimal(usdPerUnit));
  }
}
