package dev.kamkit.scoring.health;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.base.Money;
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
 */
record Potential(
    int fiscalYear,
    Optional<Money> netRevenue,
    Money whitespace,
    boolean known,
    String unknownBecause,
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
    if (revenue.value().isEmpty()) {
      reasons.add(
          Reason.of(
              "health.potential.no-revenue",
              Effect.GAP,
              capitalised(revenue.note()) + ", so potential counts unsold whitespace only",
              List.of(account.id())));
    }
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
              "health.potential.other-currency",
              Effect.GAP,
              "Left out of potential, never converted: "
                  + Texts.and(
                      foreign.stream()
                          .map(
                              c -> cell(account, c) + " (" + c.estimatedValue().orElseThrow() + ")")
                          .toList())
                  + ", not in "
                  + currency.getCurrencyCode(),
              products(foreign)));
    }
    if (!unvalued.isEmpty()) {
      reasons.add(
          Reason.of(
              "health.potential.unvalued",
              Effect.GAP,
              "Unsold whitespace without an estimated value adds nothing to potential: "
                  + Texts.and(unvalued.stream().map(c -> cell(account, c)).toList()),
              products(unvalued)));
    }
    Money whitespace =
        valued.stream()
            .map(c -> c.estimatedValue().orElseThrow())
            .reduce(Money.zero(currency), Money::plus);
    Optional<Money> netRevenue = revenue.value().map(v -> Money.of(v, currency));
    boolean known = netRevenue.isPresent() || !valued.isEmpty();
    String because =
        known
            ? ""
            : revenue.note()
                + ", and no unsold whitespace has an estimated value in "
                + currency.getCurrencyCode();
    return new Potential(year, netRevenue, whitespace, known, because, reasons);
  }

  /** {@code "Product x unit"} for a message. */
  private static String cell(KeyAccount account, WhitespaceCell c) {
    String product = account.product(c.product()).map(Product::name).orElse(c.product().value());
    String unit =
        account
            .account()
            .clinicalUnits()
            .filter(u -> u.id().equals(c.clinicalUnit()))
            .map(ClinicalUnit::name)
            .findFirst()
            .orElse(c.clinicalUnit().value());
    return product + " in " + unit;
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

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
