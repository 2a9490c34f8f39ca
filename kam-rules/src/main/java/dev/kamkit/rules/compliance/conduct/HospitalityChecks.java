package dev.kamkit.rules.compliance.conduct;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.ItemKind;
import dev.kamkit.model.engagement.MealSetting;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Meals, entertainment and items (PhRMA, "Code on Interactions with Health Care Professionals"
 * sections 2, 3, 10 and 11): no grab-and-go meals, no entertainment or non-educational items of any
 * value, educational items of $100 or less, and speaker-programme and in-office meals within the
 * company's own cap per person, when the host sets one. A transfer records one item, so its whole
 * amount is the item's value.
 */
final class HospitalityChecks {
  private HospitalityChecks() {}

  /** The PhRMA Code section 11 limit: "not of substantial value ($100 or less)". */
  static final Money EDUCATIONAL_ITEM_LIMIT = Money.of("100.00", "USD");

  /** Judges each payment; a finding's arguments are built only when it is reported. */
  static void check(
      KeyAccount account, ConductPolicy policy, List<TransferOfValue> paid, List<Finding> out) {
    for (TransferOfValue t : paid) {
      if (t.mealSetting().equals(Optional.of(MealSetting.GRAB_AND_GO))) {
        out.add(
            finding(
                ConductRules.GRAB_AND_GO, account, t, ConductCode.GRAB_AND_GO, given(account, t)));
      }
      if (t.nature() == NatureOfPayment.ENTERTAINMENT) {
        out.add(
            finding(
                ConductRules.ENTERTAINMENT,
                account,
                t,
                ConductCode.ENTERTAINMENT,
                given(account, t)));
      }
      if (t.item().equals(Optional.of(ItemKind.NON_EDUCATIONAL))) {
        out.add(
            finding(
                ConductRules.NON_EDUCATIONAL_ITEM,
                account,
                t,
                ConductCode.NON_EDUCATIONAL_ITEM,
                Parts.concat(
                    Parts.payment(t),
                    new Arg[] {Arg.of(t.nature()), Parts.recipient(account, t)})));
      }
      if (t.item().equals(Optional.of(ItemKind.EDUCATIONAL))) {
        educational(account, policy, t, out);
      }
      if (policy.mealCapPerPerson().isPresent() && isCappedMeal(t)) {
        meal(account, policy, policy.mealCapPerPerson().get(), t, out);
      }
    }
  }

  /** The payment and who received it: the first arguments of most hospitality findings. */
  private static Arg[] given(KeyAccount account, TransferOfValue t) {
    return Parts.concat(Parts.payment(t), new Arg[] {Parts.recipient(account, t)});
  }

  private static void educational(
      KeyAccount account, ConductPolicy policy, TransferOfValue t, List<Finding> out) {
    Optional<Money> usd = policy.toUsd(t.amount(), t.date());
    if (usd.isEmpty()) {
      out.add(
          noRate(
              ConductRules.NO_USD_RATE,
              ConductCode.NO_USD_RATE,
              account,
              t,
              EDUCATIONAL_ITEM_LIMIT));
    } else if (usd.get().isGreaterThan(EDUCATIONAL_ITEM_LIMIT)) {
      out.add(
          finding(
              ConductRules.EDUCATIONAL_ITEM_OVER_LIMIT,
              account,
              t,
              ConductCode.EDUCATIONAL_ITEM_OVER_LIMIT,
              Parts.concat(
                  given(account, t),
                  new Arg[] {Arg.of(usd.get()), Arg.of(EDUCATIONAL_ITEM_LIMIT)})));
    }
  }

  /** The meals the company's cap applies to: at speaker programmes and in the office. */
  private static boolean isCappedMeal(TransferOfValue t) {
    return t.mealSetting().equals(Optional.of(MealSetting.SPEAKER_PROGRAM))
        || t.mealSetting().equals(Optional.of(MealSetting.IN_OFFICE_WITH_PRESENTATION));
  }

  private static void meal(
      KeyAccount account, ConductPolicy policy, Money cap, TransferOfValue t, List<Finding> out) {
    Optional<Money> usd = policy.toUsd(t.amount(), t.date());
    if (usd.isEmpty()) {
      out.add(noRate(ConductRules.MEAL_NO_USD_RATE, ConductCode.MEAL_NO_USD_RATE, account, t, cap));
      return;
    }
    int partook = t.partakers();
    Money perPerson = usd.get().dividedBy(partook, RoundingMode.HALF_UP);
    if (perPerson.isGreaterThan(cap)) {
      out.add(
          finding(
              ConductRules.MEAL_OVER_CAP,
              account,
              t,
              ConductCode.MEAL_OVER_CAP,
              Parts.concat(
                  given(account, t), new Arg[] {Arg.of(perPerson), Arg.of(partook), Arg.of(cap)})));
    }
  }

  /** A payment that cannot be held against {@code limit}: no USD rate for its currency and day. */
  private static Finding noRate(
      RuleDescriptor rule, ConductCode code, KeyAccount account, TransferOfValue t, Money limit) {
    return finding(
        rule,
        account,
        t,
        code,
        Parts.concat(
            given(account, t),
            new Arg[] {
              Arg.of(limit),
              Arg.text(t.amount().currency().getCurrencyCode()),
              Arg.year(t.date().getYear())
            }));
  }

  private static Finding finding(
      RuleDescriptor rule, KeyAccount account, TransferOfValue t, ConductCode code, Arg[] args) {
    return Finding.of(rule, account.id(), List.of(t.id()), code, args);
  }
}
