package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.id.KamId;
import dev.kamkit.rules.compliance.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Massachusetts disclosure (M.G.L. c.111N, 105 CMR 970, verified): a payment of more than $50 to a
 * practitioner is disclosed, judged per transaction and never cumulatively, so $50.00 is not
 * disclosed and $50.01 is. Judged from 1 July 2009, when the regulation took effect. Since 2012 a
 * modest meal at a non-CME presentation is allowed and reported quarterly; the host marks such
 * meals with {@link StatesAttributes#MA_NON_CME_PRESENTATION}.
 */
final class Massachusetts {
  private Massachusetts() {}

  static List<Finding> of(KeyAccount account, List<StateShare> shares) {
    List<Finding> out = new ArrayList<>();
    List<StateShare> judged =
        shares.stream()
            .filter(s -> !s.transfer().date().isBefore(StateLimits.MA_EFFECTIVE))
            .toList();
    PersonYear.group(judged).forEach((key, year) -> disclosable(account, key, year, out));
    quarterlyMeals(account, judged, out);
    return out;
  }

  private static void disclosable(
      KeyAccount account, PersonYear key, List<StateShare> year, List<Finding> out) {
    List<StateShare> over =
        year.stream()
            .filter(
                s ->
                    s.usd()
                        .map(v -> v.isGreaterThan(StateLimits.MA_DISCLOSURE_THRESHOLD))
                        .orElse(false))
            .toList();
    if (over.isEmpty()) {
      return;
    }
    List<StateShare> under =
        year.stream().filter(s -> s.usd().isPresent() && !over.contains(s)).toList();
    List<KamId> subjects = new ArrayList<>();
    subjects.add(key.person());
    over.forEach(s -> subjects.add(s.transferId()));
    out.add(
        Finding.of(
            UsStatesRules.MA_DISCLOSABLE,
            account.id(),
            subjects,
            over.get(0).who()
                + ", practising in Massachusetts: "
                + over.size()
                + " payment(s) in "
                + key.year()
                + " of more than "
                + Dollars.show(StateLimits.MA_DISCLOSURE_THRESHOLD)
                + " each are to be disclosed: "
                + lines(over)
                + "."
                + (under.isEmpty()
                    ? ""
                    : " Not disclosed, being "
                        + Dollars.show(StateLimits.MA_DISCLOSURE_THRESHOLD)
                        + " or less each (the threshold is per transaction, not cumulative): "
                        + lines(under)
                        + ".")));
  }

  private static void quarterlyMeals(
      KeyAccount account, List<StateShare> shares, List<Finding> out) {
    ByTransfer.group(
            shares.stream()
                .filter(
                    s ->
                        s.transfer().nature() == NatureOfPayment.FOOD_AND_BEVERAGE
                            && s.facts().maNonCmePresentation()
                            && s.year() >= StateLimits.MA_MEALS_REPORTED_FROM))
        .forEach(
            meal -> {
              StateShare first = meal.first();
              int quarter = (first.transfer().date().getMonthValue() + 2) / 3;
              out.add(
                  Finding.of(
                      UsStatesRules.MA_QUARTERLY_MEAL_REPORT,
                      account.id(),
                      meal.subjects(),
                      meal.meal()
                          + " at a non-CME presentation, "
                          + first.usd().map(Dollars::show).orElse("no USD value")
                          + " per person, to Massachusetts practitioner(s) "
                          + meal.who()
                          + ", goes in the report for "
                          + first.year()
                          + " Q"
                          + quarter
                          + "."));
            });
  }

  private static String lines(List<StateShare> shares) {
    return shares.stream().map(StateShare::line).collect(Collectors.joining(", "));
  }
}
