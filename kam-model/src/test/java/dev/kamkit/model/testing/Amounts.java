package dev.kamkit.model.testing;

import dev.kamkit.model.base.Money;
import java.math.BigDecimal;
import java.util.Currency;

/** Amounts of money at the currency's own scale, so {@link Money#of} never rejects them. */
final class Amounts {
  private Amounts() {}

  /**
   * An amount between {@code min} and {@code max} US-dollar-like units, scaled for currencies whose
   * unit is worth much less (yen, kronor); half the time a whole number, as invoices are.
   */
  static Money between(Rng rng, Currency currency, long min, long max) {
    int scale = Math.max(currency.getDefaultFractionDigits(), 0);
    long unit = BigDecimal.ONE.movePointRight(scale).longValueExact();
    long magnitude = magnitude(currency);
    long minor = rng.between(min * magnitude * unit, max * magnitude * unit);
    if (rng.chance(0.5)) {
      minor = Math.max(minor / unit, min * magnitude) * unit;
    }
    return Money.of(BigDecimal.valueOf(minor, scale), currency);
  }

  private static long magnitude(Currency currency) {
    return switch (currency.getCurrencyCode()) {
      case "JPY" -> 150;
      case "SEK" -> 10;
      default -> 1;
    };
  }
}
