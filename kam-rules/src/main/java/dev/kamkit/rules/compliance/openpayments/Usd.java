package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.base.Money;
import java.math.BigDecimal;
import java.util.Currency;

/** US dollar helpers: the one currency Open Payments reports in. */
final class Usd {
  private Usd() {}

  static final Currency USD = Currency.getInstance("USD");
  static final Money ZERO = Money.of(BigDecimal.ZERO, USD);

  static boolean isUsd(Money money) {
    return money.currency().equals(USD);
  }
}
