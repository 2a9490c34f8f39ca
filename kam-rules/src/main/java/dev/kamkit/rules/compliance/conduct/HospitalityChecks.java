package dev.kamkit.rules.compliance.conduct;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.ItemKind;
import dev.kamkit.model.engagement.MealSetting;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import java.util.List;
import java.util.Optional;

/**
 * Meals, entertainment and items (PhRMA Code sections 2, 3, 10 and 11; REGULATORY.md 2.2): no
 * grab-and-go meals, no entertainment or non-educational items of any value, educational items of
 * $100 or less. A transfer records one item, so its whole amount is the item's value.
 */
final class HospitalityChecks {
  private HospitalityChecks() {}

  /** The PhRMA Code section 11 limit: "not of substantial value ($100 or less)". */
  static final Money EDUCATIONAL_ITEM_LIMIT = Money.of("100.00", "USD");

  static void check(
      KeyAccount account, ConductPolicy policy, List<TransferOfValue> paid, List<Finding> out) {
    for (TransferOfValue t : paid) {
      String given = Words.payment(t) + " to " + Words.recipient(account, t);
      if (t.mealSetting().equals(Optional.of(MealSetting.GRAB_AND_GO))) {
        out.add(finding(ConductRules.GRAB_AND_GO, account, t, "Grab-and-go meal " + given));
      }
      if (t.nature() == NatureOfPayment.ENTERTAINMENT) {
        out.add(
            finding(
                ConductRules.ENTERTAINMENT, account, t, "Entertainment or recreation " + given));
      }
      if (t.item().equals(Optional.of(ItemKind.NON_EDUCATIONAL))) {
        out.add(
            finding(
                ConductRules.NON_EDUCATIONAL_ITEM,
                account,
                t,
                "Non-educational item (" + Words.nature(t.nature()) + ") " + given));
      }
      if (t.item().equals(Optional.of(ItemKind.EDUCATIONAL))) {
        educational(account, policy, t, given, out);
      }
    }
  }

  private static void educational(
      KeyAccount account,
      ConductPolicy policy,
      TransferOfValue t,
      String given,
      List<Finding> out) {
    Optional<Money> usd = policy.toUsd(t.amount(), t.date());
    if (usd.isEmpty()) {
      out.add(
          finding(
              ConductRules.NO_USD_RATE,
              account,
              t,
              "Educational item "
                  + given
                  + " cannot be judged against the $100 limit: add a UsdRate for "
                  + t.amount().currency()
                  + " effective on or before "
                  + t.date()
                  + " in "
                  + t.date().getYear()
                  + " to the policy"));
    } else if (usd.get().isGreaterThan(EDUCATIONAL_ITEM_LIMIT)) {
      out.add(
          finding(
              ConductRules.EDUCATIONAL_ITEM_OVER_LIMIT,
              account,
              t,
              "Educational item "
                  + given
                  + " is worth $"
                  + usd.get().amount().toPlainString()
                  + ", more than $100"));
    }
  }

  private static Finding finding(
      RuleDescriptor rule, KeyAccount account, TransferOfValue t, String message) {
    return Finding.of(rule, account.id(), List.of(t.id()), message);
  }
}
