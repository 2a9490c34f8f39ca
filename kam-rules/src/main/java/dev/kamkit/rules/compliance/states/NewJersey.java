package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.rules.compliance.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * New Jersey (N.J.A.C. 13:45J, verified): bona fide services paid to a prescriber total at most
 * $10,000 per calendar year across all manufacturers (exactly $10,000 is allowed), and a meal costs
 * at most the year's cap per prescriber. Judged from 2018, when the regulation was adopted.
 */
public final class NewJersey {
  private NewJersey() {}

  /** The natures that pay for bona fide services and count toward the cap. */
  public static final Set<NatureOfPayment> SERVICE_NATURES =
      Set.of(
          NatureOfPayment.CONSULTING_FEE,
          NatureOfPayment.SERVICES_OTHER_THAN_CONSULTING,
          NatureOfPayment.SPEAKER_UNACCREDITED_CONTINUING_EDUCATION,
          NatureOfPayment.SPEAKER_ACCREDITED_CONTINUING_EDUCATION,
          NatureOfPayment.SPEAKER_MEDICAL_EDUCATION,
          NatureOfPayment.HONORARIA);

  /** The natures that are speaking at an education event, left out of the cap from 2020. */
  public static final Set<NatureOfPayment> EDUCATION_SPEAKING_NATURES =
      Set.of(
          NatureOfPayment.SPEAKER_UNACCREDITED_CONTINUING_EDUCATION,
          NatureOfPayment.SPEAKER_ACCREDITED_CONTINUING_EDUCATION,
          NatureOfPayment.SPEAKER_MEDICAL_EDUCATION);

  static List<Finding> of(KeyAccount account, List<StateShare> shares, UsStatesPolicy policy) {
    List<StateShare> judged =
        shares.stream().filter(s -> s.year() >= StateLimits.NJ_FIRST_YEAR).toList();
    List<Finding> out = new ArrayList<>();
    services(account, judged, policy, out);
    meals(account, judged, policy, out);
    return out;
  }

  /** Why a service payment is left out of the cap in its year, if it is. */
  static Optional<String> leftOut(StateShare s) {
    if (s.year() < StateLimits.NJ_SERVICE_EXCLUSIONS_FROM) {
      return Optional.empty();
    }
    if (EDUCATION_SPEAKING_NATURES.contains(s.transfer().nature())) {
      return Optional.of("speaking at an education event");
    }
    return s.facts().njServiceKind().map(NjServiceKind::code);
  }

  private static void services(
      KeyAccount account, List<StateShare> shares, UsStatesPolicy policy, List<Finding> out) {
    List<StateShare> services =
        shares.stream().filter(s -> SERVICE_NATURES.contains(s.transfer().nature())).toList();
    PersonYear.group(services)
        .forEach(
            (key, year) -> {
              List<StateShare> counted = year.stream().filter(s -> leftOut(s).isEmpty()).toList();
              Money ours = Dollars.sum(counted.stream().map(StateShare::usd).toList());
              Optional<OtherManufacturerServices> others =
                  policy.njOtherManufacturers(key.person(), key.year());
              Money total = others.map(o -> ours.plus(o.amount())).orElse(ours);
              if (!total.isGreaterThan(StateLimits.NJ_SERVICES_CAP)) {
                return;
              }
              List<KamId> subjects = new ArrayList<>();
              subjects.add(key.person());
              counted.forEach(s -> subjects.add(s.transferId()));
              String excluded =
                  year.stream()
                      .filter(s -> leftOut(s).isPresent())
                      .map(s -> s.transferId() + " (" + leftOut(s).get() + ")")
                      .collect(Collectors.joining(", "));
              out.add(
                  Finding.of(
                      UsStatesRules.NJ_SERVICES_CAP,
                      account.id(),
                      subjects,
                      year.get(0).who()
                          + ", prescribing in New Jersey, was paid "
                          + Dollars.show(total)
                          + " for bona fide services in "
                          + key.year()
                          + ", over the "
                          + Dollars.show(StateLimits.NJ_SERVICES_CAP)
                          + " cap across all manufacturers: "
                          + Dollars.show(ours)
                          + " from us ("
                          + counted.stream().map(StateShare::line).collect(Collectors.joining(", "))
                          + ")"
                          + others
                              .map(
                                  o ->
                                      " and "
                                          + Dollars.show(o.amount())
                                          + " from other manufacturers ("
                                          + o.source()
                                          + ")")
                              .orElse("; no figure from other manufacturers was supplied")
                          + "."
                          + (excluded.isEmpty() ? "" : " Left out of the cap: " + excluded + ".")));
            });
  }

  private static void meals(
      KeyAccount account, List<StateShare> shares, UsStatesPolicy policy, List<Finding> out) {
    Map<Integer, TreeSet<TransferOfValueId>> capUnknown = new TreeMap<>();
    List<StateShare> over = new ArrayList<>();
    for (StateShare s :
        shares.stream()
            .filter(s -> s.transfer().nature() == NatureOfPayment.FOOD_AND_BEVERAGE)
            .toList()) {
      Optional<NjMealCap> cap = policy.njMealCap(s.year());
      if (cap.isEmpty()) {
        capUnknown.computeIfAbsent(s.year(), y -> new TreeSet<>()).add(s.transfer().id());
      } else if (s.usd().map(v -> v.isGreaterThan(cap.get().cap())).orElse(false)) {
        over.add(s);
      }
    }
    for (ByTransfer meal : ByTransfer.group(over.stream())) {
      StateShare first = meal.first();
      NjMealCap cap = policy.njMealCap(first.year()).orElseThrow();
      out.add(
          Finding.of(
              UsStatesRules.NJ_MEAL_CAP,
              account.id(),
              meal.subjects(),
              meal.meal()
                  + " cost "
                  + first.usd().map(Dollars::show).orElse("")
                  + " per person, over New Jersey's "
                  + first.year()
                  + " cap of "
                  + Dollars.show(cap.cap())
                  + " ("
                  + cap.source()
                  + "), for prescriber(s) "
                  + meal.who()
                  + "."));
    }
    capUnknown.forEach(
        (year, ids) ->
            out.add(
                Finding.of(
                    UsStatesRules.NJ_MEAL_CAP_UNKNOWN,
                    account.id(),
                    List.copyOf(ids),
                    "New Jersey's meal cap for "
                        + year
                        + " is CPI-indexed and kamkit ships no verified value (it holds 2018 and"
                        + " 2019), so "
                        + ids.size()
                        + " meal(s) to New Jersey prescribers are not judged. Supply it with"
                        + " UsStatesPolicy.builder().addNjMealCaps(NjMealCap.of("
                        + year
                        + ", cap, source)).")));
  }
}
