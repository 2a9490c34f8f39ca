package dev.kamkit.rules.compliance.france;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.rules.compliance.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The négligeable exemptions of the anti-gift law, per beneficiary per calendar year, in date
 * order: impromptu meals of €30 or less, at most 2; books of €30 or less, €150 in all; samples of
 * €20 or less, at most 3. Only négligeable items use up the yearly allowance. An item beyond the
 * limits follows the routing of any advantage: a declaration to the ordre, or an authorisation
 * above the thresholds (an impromptu meal above €50, the threshold of a meal; the law sets none for
 * books and samples).
 */
final class NegligibleCheck {
  private NegligibleCheck() {}

  /** One beneficiary's items of one kind in one year, the beneficiary by its id's text. */
  private record Allowance(String beneficiary, int year, FrenchKind kind) {}

  static List<Finding> of(KeyAccount account, List<FrenchTransfer> items) {
    Map<Allowance, List<FrenchTransfer>> groups = new LinkedHashMap<>();
    for (FrenchTransfer i : items) {
      if (i.underLea() && i.kind().map(FrenchKind::isNegligibleKind).orElse(false)) {
        Allowance key =
            new Allowance(i.beneficiary().id().value(), i.year(), i.kind().orElseThrow());
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (List<FrenchTransfer> group : groups.values()) {
      int count = 0;
      Money total = Money.zero(AbstractFrancePolicy.EUR);
      for (FrenchTransfer i : group) {
        boolean authorisationRoute =
            i.is(FrenchKind.IMPROMPTU_MEAL) && i.eur().isGreaterThan(FrenchThresholds.MEAL);
        Message route =
            authorisationRoute
                ? DeclarationCheck.authorisationRoute()
                : DeclarationCheck.declarationRoute();
        Optional<Message> why = why(i, count, total, Arg.of(route));
        boolean recorded =
            authorisationRoute ? i.authorisation().isPresent() : i.declaredOrAuthorised();
        if (why.isEmpty()) {
          count++;
          total = total.plus(i.eur());
        } else if (!recorded) {
          findings.add(
              Finding.of(
                  FranceRules.NOT_NEGLIGIBLE,
                  account.id(),
                  List.of(i.beneficiary().id(), i.transfer().id()),
                  why.get()));
        }
      }
    }
    return findings;
  }

  /** Why the item is not négligeable, or empty if it is. */
  private static Optional<Message> why(FrenchTransfer i, int count, Money total, Arg route) {
    FrenchKind kind = i.kind().orElseThrow();
    Money each =
        switch (kind) {
          case IMPROMPTU_MEAL -> FrenchThresholds.IMPROMPTU_MEAL;
          case BOOK -> FrenchThresholds.BOOK;
          default -> FrenchThresholds.SAMPLE;
        };
    Arg amount = Arg.of(i.eur());
    Arg date = Arg.of(i.transfer().date());
    if (i.eur().isGreaterThan(each)) {
      return Optional.of(
          Message.of(
              FranceCode.NOT_NEGLIGIBLE_ABOVE_LIMIT,
              Arg.of(kind),
              amount,
              date,
              Arg.of(each),
              route));
    }
    Arg year = Arg.year(i.year());
    if (kind == FrenchKind.IMPROMPTU_MEAL && count >= FrenchThresholds.IMPROMPTU_MEALS_PER_YEAR) {
      return Optional.of(
          Message.of(
              FranceCode.NOT_NEGLIGIBLE_IMPROMPTU_MEALS,
              amount,
              date,
              i.who(),
              year,
              Arg.of(FrenchThresholds.IMPROMPTU_MEALS_PER_YEAR),
              route));
    }
    if (kind == FrenchKind.SAMPLE && count >= FrenchThresholds.SAMPLES_PER_YEAR) {
      return Optional.of(
          Message.of(
              FranceCode.NOT_NEGLIGIBLE_SAMPLES,
              amount,
              date,
              i.who(),
              year,
              Arg.of(FrenchThresholds.SAMPLES_PER_YEAR),
              route));
    }
    Money after = total.plus(i.eur());
    if (kind == FrenchKind.BOOK && after.isGreaterThan(FrenchThresholds.BOOKS_PER_YEAR)) {
      return Optional.of(
          Message.of(
              FranceCode.NOT_NEGLIGIBLE_BOOKS,
              amount,
              date,
              i.who(),
              year,
              Arg.of(after),
              Arg.of(FrenchThresholds.BOOKS_PER_YEAR),
              route));
    }
    return Optional.empty();
  }
}
