package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
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

  /**
   * Why a service payment is left out of the cap in its year, if it is: speaking at an education
   * event by its nature of payment, else the kind the host marked.
   */
  static Optional<NjServiceKind> leftOut(StateShare s) {
    if (s.year() < StateLimits.NJ_SERVICE_EXCLUSIONS_FROM) {
      return Optional.empty();
    }
    if (EDUCATION_SPEAKING_NATURES.contains(s.transfer().nature())) {
      return Optional.of(NjServiceKind.EDUCATION_EVENT_SPEAKING);
    }
    return s.facts().njServiceKind();
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
              List<StateShare> excluded =
                  year.stream().filter(s -> leftOut(s).isPresent()).toList();
              Arg[] leftOutArgs = {
                Arg.of(excluded.size()),
                Arg.list(
                    excluded,
                    s ->
                        Arg.of(
                            Message.of(
                                UsStatesCode.NJ_LEFT_OUT,
                                Arg.of(s.transferId()),
                                Arg.of(leftOut(s).get()))))
              };
              Arg[] person = {
                year.get(0).who(),
                Arg.of(total),
                Arg.year(key.year()),
                Arg.of(StateLimits.NJ_SERVICES_CAP)
              };
              out.add(
                  others
                      .map(
                          o ->
                              Finding.of(
                                  UsStatesRules.NJ_SERVICES_CAP,
                                  account.id(),
                                  subjects,
                                  UsStatesCode.NJ_SERVICES_CAP,
                                  ByTransfer.concat(
                                      person,
                                      new Arg[] {
                                        Arg.of(ours),
                                        StateShare.lines(counted),
                                        Arg.of(o.amount()),
                                        Arg.text(o.source())
                                      },
                                      leftOutArgs)))
                      .orElseGet(
                          () ->
                              Finding.of(
                                  UsStatesRules.NJ_SERVICES_CAP,
                                  account.id(),
                                  subjects,
                                  UsStatesCode.NJ_SERVICES_CAP_OURS_ONLY,
                                  ByTransfer.concat(
                                      person,
                                      new Arg[] {StateShare.lines(counted)},
                                      leftOutArgs))));
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
              UsStatesCode.NJ_MEAL_CAP,
              ByTransfer.concat(
                  meal.meal(),
                  new Arg[] {
                    Arg.of(first.usd().orElseThrow()),
                    Arg.year(first.year()),
                    Arg.of(cap.cap()),
                    Arg.text(cap.source())
                  },
                  meal.who())));
    }
    capUnknown.forEach(
        (year, ids) ->
            out.add(
                Finding.of(
                    UsStatesRules.NJ_MEAL_CAP_UNKNOWN,
                    account.id(),
                    List.copyOf(ids),
                    UsStatesCode.NJ_MEAL_CAP_UNKNOWN,
                    Arg.year(year),
                    Arg.of(ids.size()))));
  }
}
