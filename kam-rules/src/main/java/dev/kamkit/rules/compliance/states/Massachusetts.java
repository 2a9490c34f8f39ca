package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.KamId;
import dev.kamkit.rules.compliance.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Massachusetts disclosure (M.G.L. c.111N, 105 CMR 970, verified): a payment of more than $50 to a
 * practitioner is disclosed, judged per transaction and never cumulatively, so $50.00 is not
 * disclosed and $50.01 is. Judged from 1 July 2009, when the regulation took effect. Since 2012 a
 * modest meal at a non-CME presentation is allowed and reported quarterly; the host marks such
 * meals with {@link UsStatesFacts#MA_NON_CME_PRESENTATION}.
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
            UsStatesCode.MA_DISCLOSABLE,
            over.get(0).who(),
            Arg.of(over.size()),
            Arg.year(key.year()),
            Arg.of(StateLimits.MA_DISCLOSURE_THRESHOLD),
            StateShare.lines(over),
            Arg.of(under.size()),
            StateShare.lines(under)));
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
            m -> {
              StateShare first = m.first();
              int quarter = (first.transfer().date().getMonthValue() + 2) / 3;
              Arg[] meal = m.meal();
              Arg[] who = m.who();
              Arg[] when = {Arg.year(first.year()), Arg.of(quarter)};
              out.add(
                  Finding.of(
                      UsStatesRules.MA_QUARTERLY_MEAL_REPORT,
                      account.id(),
                      m.subjects(),
                      first.usd().isPresent()
                          ? UsStatesCode.MA_QUARTERLY_MEAL_REPORT
                          : UsStatesCode.MA_QUARTERLY_MEAL_REPORT_NO_USD_VALUE,
                      first
                          .usd()
                          .map(v -> ByTransfer.concat(meal, new Arg[] {Arg.of(v)}, who, when))
                          .orElseGet(() -> ByTransfer.concat(meal, who, when))));
            });
  }
}
