package dev.kamkit.scoring.health;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An account's potential in one currency: its net revenue in the latest complete fiscal year plus
 * the estimated value of its unsold whitespace (our products' cells that are open, in evaluation or
 * held by a competitor). Amounts in other currencies, and cells without an estimate, add nothing
 * and are named in a reason. Without revenue and without any valued cell, the potential is unknown.
 *
 * <p>{@code revenueMissing} says why there is no net revenue, when there is none.
 */
record Potential(
    int fiscalYear,
    Optional<Money> netRevenue,
    Money whitespace,
    boolean known,
    Optional<Message> revenueMissing,
    List<Reason> reasons) {

  private static final Set<WhitespaceStatus> UNSOLD =
      Set.of(
          WhitespaceStatus.OPEN, WhitespaceStatus.IN_EVALUATION, WhitespaceStatus.COMPETITOR_HELD);

  Potential {
    reasons = List.copyOf(reasons);
  }

  /** Revenue plus whitespace. */
  Money total() {
    return netRevenue.map(r -> r.plus(whitespace)).orElse(whitespace);
  }

  static Potential of(KeyAccount account, LocalDate asOf, Currency currency) {
    int year = FiscalYears.latestComplete(account.account().profile(), asOf);
    FiscalYears.Total revenue =
        FiscalYears.netRevenue(account.account().profile().annualVolumes(), year, currency);
    List<Reason> reasons = new ArrayList<>();
    revenue
        .note()
        .ifPresent(
            note ->
                reasons.add(
                    Reason.of(
                        HealthCode.POTENTIAL_NO_REVENUE,
                        Effect.GAP,
                        List.of(account.id()),
                        Arg.of(note))));
    List<WhitespaceCell> unsold =
        account.whitespace().stream()
            .filter(c -> UNSOLD.contains(c.status()))
            .filter(c -> account.product(c.product()).map(p -> !p.competitor()).orElse(true))
            .sorted(
                Comparator.comparing(WhitespaceCell::product)
                    .thenComparing(WhitespaceCell::clinicalUnit))
            .toList();
    List<WhitespaceCell> valued = new ArrayList<>();
    List<WhitespaceCell> foreign = new ArrayList<>();
    List<WhitespaceCell> unvalued = new ArrayList<>();
    for (WhitespaceCell c : unsold) {
      Optional<Money> value = c.estimatedValue();
      if (value.isEmpty()) {
        unvalued.add(c);
      } else if (value.get().currency().equals(currency)) {
        valued.add(c);
      } else {
        foreign.add(c);
      }
    }
    if (!foreign.isEmpty()) {
      reasons.add(
          Reason.of(
              HealthCode.POTENTIAL_OTHER_CURRENCY,
              Effect.GAP,
              products(foreign),
              Arg.list(
                  foreign,
                  c ->
                      Arg.of(
                          Message.of(
                              HealthCode.POTENTIAL_CELL_VALUED,
                              product(account, c),
                              unit(account, c),
                              Arg.of(c.estimatedValue().orElseThrow())))),
              Arg.text(currency.getCurrencyCode())));
    }
    if (!unvalued.isEmpty()) {
      reasons.add(
          Reason.of(
              HealthCode.POTENTIAL_UNVALUED,
              Effect.GAP,
              products(unvalued),
              Arg.list(
                  unvalued,
                  c ->
                      Arg.of(
                          Message.of(
                              HealthCode.POTENTIAL_CELL, product(account, c), unit(account, c))))));
    }
    Money whitespace =
        valued.stream()
            .map(c -> c.estimatedValue().orElseThrow())
            .reduce(Money.zero(currency), Money::plus);
    Optional<Money> netRevenue = revenue.value().map(v -> Money.of(v, currency));
    boolean known = netRevenue.isPresent() || !valued.isEmpty();
    return new Potential(year, netRevenue, whitespace, known, revenue.note(), reasons);
  }

  /** The cell's product, named as the account knows it. */
  private static Arg product(KeyAccount account, WhitespaceCell c) {
    return Arg.of(
        c.product(), account.product(c.product()).map(Product::name).orElse(c.product().value()));
  }

  /** The cell's clinical unit, named as the account knows it. */
  private static Arg unit(KeyAccount account, WhitespaceCell c) {
    return Arg.of(
        c.clinicalUnit(),
        account
            .account()
            .clinicalUnits()
            .filter(u -> u.id().equals(c.clinicalUnit()))
            .map(ClinicalUnit::name)
            .findFirst()
            .orElse(c.clinicalUnit().value()));
  }

  private static List<KamId> products(List<WhitespaceCell> cells) {
    List<KamId> ids = new ArrayList<>();
    for (WhitespaceCell c : cells) {
      if (!ids.contains(c.product())) {
        ids.add(c.product());
      }
      ids.add(c.clinicalUnit());
    }
    return ids;
  }
}
