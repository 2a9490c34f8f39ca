package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.base.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** US dollar helpers: every state figure is in US dollars. */
final class Dollars {
  private Dollars() {}

  static final Currency USD = Currency.getInstance("USD");
  static final Money ZERO = Money.of(BigDecimal.ZERO, USD);

  static boolean isUsd(Money money) {
    return money.currency().equals(USD);
  }

  /** The sum of the known values. */
  static Money sum(List<Optional<Money>> values) {
    return values.stream().flatMap(Optional::stream).reduce(ZERO, Money::plus);
  }
}
