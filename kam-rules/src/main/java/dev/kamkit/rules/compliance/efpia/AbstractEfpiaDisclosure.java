package dev.kamkit.rules.compliance.efpia;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.AccountId;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The EFPIA disclosure of one account for one period, ready for a host to publish: named rows,
 * aggregate rows per category for HCPs who cannot be named, and research and development in
 * aggregate. Amounts are in {@link #currency()}. Obtain one from {@link
 * EfpiaPack#disclosures(dev.kamkit.model.KeyAccount, java.time.LocalDate)}.
 */
@Value.Immutable
public abstract class AbstractEfpiaDisclosure {
  // Only the generated EfpiaDisclosure extends this: no host subclass.
  AbstractEfpiaDisclosure() {}

  /** The account disclosed. */
  public abstract AccountId account();

  /** The period, a calendar year. */
  public abstract int year();

  /** The country disclosed in, ISO 3166-1 alpha-2. */
  public abstract String country();

  /** The disclosure currency. */
  public abstract Currency currency();

  /** Named rows, HCOs then HCPs, each by name then id. */
  public abstract List<IndividualDisclosure> individuals();

  /** Aggregate rows of HCPs without consent, in category order. */
  public abstract List<AggregateDisclosure> aggregates();

  /** Research and development transfers, in aggregate; absent when there are none. */
  public abstract Optional<Money> researchAndDevelopment();

  /** The day the period must be disclosed by. */
  public LocalDate deadline() {
    return DisclosureCalendar.of(year()).deadline();
  }

  /** Every amount disclosed, named, aggregate and R&amp;D. */
  public Money total() {
    Money sum = Money.zero(currency());
    for (IndividualDisclosure row : individuals()) {
      sum = sum.plus(row.total());
    }
    for (AggregateDisclosure row : aggregates()) {
      sum = sum.plus(row.amount());
    }
    return researchAndDevelopment().map(sum::plus).orElse(sum);
  }
}
