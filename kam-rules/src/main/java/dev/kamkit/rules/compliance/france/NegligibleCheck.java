package dev.kamkit.rules.compliance.france;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.rules.compliance.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The négligeable exemptions of the anti-gift law, per beneficiary per calendar year, in date
 * order: impromptu meals of €30 or less, at most 2; books of €30 or less, €150 in all; samples of
 * €20 or less, at most 3. Only négligeable items use up the yearly allowance. An item beyond the
 * limits needs an authorisation like any other advantage.
 */
final class NegligibleCheck {
  private NegligibleCheck() {}

  static List<Finding> of(KeyAccount account, List<FrenchTransfer> items) {
    Map<String, List<FrenchTransfer>> groups = new LinkedHashMap<>();
    for (FrenchTransfer i : items) {
      boolean exemptKind =
          i.is(FrenchKind.IMPROMPTU_MEAL) || i.is(FrenchKind.BOOK) || i.is(FrenchKind.SAMPLE);
      if (i.underLea() && exemptKind) {
        String key =
            i.beneficiary().id().value() + "\u0000" + i.year() + "\u0000" + i.kind().orElseThrow();
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (List<FrenchTransfer> group : groups.values()) {
      int count = 0;
      Money total = Money.zero(AbstractFrancePolicy.EUR);
      for (FrenchTransfer i : group) {
        String why = why(i, count, total);
        if (why.isEmpty()) {
          count++;
          total = total.plus(i.eur());
        } else if (i.authorisation().isEmpty()) {
          findings.add(
              Finding.of(
                  FranceRules.NOT_NEGLIGIBLE,
                  account.id(),
                  List.of(i.beneficiary().id(), i.transfer().id()),
                  i.kind().orElseThrow().description()
                      + " of "
                      + i.eur()
                      + " on "
                      + i.transfer().date()
                      + " is not négligeable: "
                      + why
                      + "; it needs an authorisation and no "
                      + FranceAttributes.AUTHORISATION
                      + " is recorded"));
        }
      }
    }
    return findings;
  }

  /** Why the item is not négligeable, or empty text if it is. */
  private static String why(FrenchTransfer i, int count, Money total) {
    FrenchKind kind = i.kind().orElseThrow();
    Money each =
        switch (kind) {
          case IMPROMPTU_MEAL -> FrenchThresholds.IMPROMPTU_MEAL;
          case BOOK -> FrenchThresholds.BOOK;
          default -> FrenchThresholds.SAMPLE;
        };
    if (i.eur().isGreaterThan(each)) {
      return "above " + each;
    }
    String who = " for " + i.beneficiary().id().value() + " in " + i.year();
    if (kind == FrenchKind.IMPROMPTU_MEAL && count >= FrenchThresholds.IMPROMPTU_MEALS_PER_YEAR) {
      return "the 3rd or later impromptu meal" + who + " (at most 2 a year)";
    }
    if (kind == FrenchKind.SAMPLE && count >= FrenchThresholds.SAMPLES_PER_YEAR) {
      return "the 4th or later sample" + who + " (at most 3 a year)";
    }
    Money after = total.plus(i.eur());
    if (kind == FrenchKind.BOOK && after.isGreaterThan(FrenchThresholds.BOOKS_PER_YEAR)) {
      return "books" + who + " would total " + after + ", above " + FrenchThresholds.BOOKS_PER_YEAR;
    }
    return "";
  }
}
