package dev.kamkit.rules.compliance.efpia;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.stakeholder.HcpIdentity;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.rules.compliance.Beneficiary;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.PackAttributes;
import dev.kamkit.rules.compliance.RuleDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Turns one account's transfers into disclosure items: reads the pack's attributes, leaves out what
 * is out of scope or counted elsewhere, classifies each beneficiary's share and converts it. Every
 * transfer it cannot place is a finding.
 */
final class TransferClassifier {
  private final KeyAccount account;
  private final EfpiaPolicy policy;
  private final Optional<Currency> currency;
  private final List<Finding> findings = new ArrayList<>();
  private final List<TransferOfValueId> mealsUnjudged = new ArrayList<>();

  TransferClassifier(KeyAccount account, EfpiaPolicy policy, Optional<Currency> currency) {
    this.account = account;
    this.policy = policy;
    this.currency = currency;
  }

  List<Finding> findings() {
    return findings;
  }

  /** The meals left unjudged because the host has not said whether meals are disclosed. */
  List<TransferOfValueId> mealsUnjudged() {
    return mealsUnjudged;
  }

  List<Item> classify(TransferOfValue t) {
    PackAttributes attributes =
        PackAttributes.read(t.attributes(), EfpiaAttributes.PREFIX, EfpiaAttributes.TRANSFER_KEYS);
    Optional<EfpiaCategory> chosen =
        attributes
            .oneOf(EfpiaAttributes.CATEGORY, EfpiaCategory.codes())
            .flatMap(EfpiaCategory::ofCode);
    boolean research = attributes.flag(EfpiaAttributes.RESEARCH_AND_DEVELOPMENT).orElse(false);
    Optional<Boolean> consent = attributes.flag(EfpiaAttributes.CONSENT);
    Optional<String> countedIn = attributes.text(EfpiaAttributes.COUNTED_IN);
    for (String problem : attributes.problems()) {
      add(EfpiaRules.ATTRIBUTE_INVALID, List.of(t.id()), problem);
    }
    if (t.date().getYear() < DisclosureCalendar.FIRST_PERIOD) {
      add(
          EfpiaRules.OUT_OF_SCOPE,
          List.of(t.id()),
          "made on " + t.date() + ", before the first EFPIA disclosure period (2015)");
      return List.of();
    }
    if (countedIn.isPresent() && countedOnce(t, countedIn.get())) {
      return List.of();
    }
    if (t.nature() == NatureOfPayment.FOOD_AND_BEVERAGE && !mealInScope(t)) {
      return List.of();
    }
    List<Item> items = new ArrayList<>();
    for (Beneficiary b : Beneficiary.of(account, t)) {
      item(t, b, chosen, research, consent).ifPresent(items::add);
    }
    return items;
  }

  private Optional<Item> item(
      TransferOfValue t,
      Beneficiary b,
      Optional<EfpiaCategory> chosen,
      boolean research,
      Optional<Boolean> consent) {
    RecipientType type;
    if (b.organisation()) {
      type = RecipientType.HCO;
    } else if (b.isHcp()) {
      type = RecipientType.HCP;
    } else {
      add(
          EfpiaRules.OUT_OF_SCOPE,
          List.of(b.id(), t.id()),
          b.id().value()
              + " is not recorded as a healthcare professional; the Code discloses transfers to"
              + " HCPs and HCOs only");
      return Optional.empty();
    }
    Optional<EfpiaCategory> category = Optional.empty();
    if (!research) {
      category = chosen.or(() -> NatureCategories.of(t.nature(), type));
      if (category.isEmpty() || !category.get().appliesTo(type)) {
        add(EfpiaRules.UNCLASSIFIED, List.of(b.id(), t.id()), unclassified(t, type, chosen));
        return Optional.empty();
      }
    }
    if (currency.isEmpty()) {
      return Optional.empty(); // reported once per account as a configuration finding
    }
    Optional<Money> amount = policy.convert(b.value(), currency.get(), t.date());
    if (amount.isEmpty()) {
      add(
          EfpiaRules.NO_RATE,
          List.of(t.id()),
          b.value()
              + " on "
              + t.date()
              + " has no host-supplied rate into "
              + currency.get().getCurrencyCode()
              + " for "
              + t.date().getYear());
      return Optional.empty();
    }
    Optional<Boolean> effectiveConsent =
        consent.or(
            () ->
                b.stakeholder().flatMap(Stakeholder::hcp).flatMap(HcpIdentity::disclosureConsent));
    return Optional.of(
        new Item(t.date().getYear(), t.id(), b, type, category, amount.get(), effectiveConsent));
  }

  private static String unclassified(
      TransferOfValue t, RecipientType type, Optional<EfpiaCategory> chosen) {
    if (chosen.isPresent()) {
      return chosen.get().label() + " is not a category for an " + type;
    }
    return "\""
        + t.nature().cmsName()
        + "\" to an "
        + type
        + " fits no disclosure category on its own; set "
        + EfpiaAttributes.CATEGORY
        + " to one of "
        + String.join(
            ", ",
            Arrays.stream(EfpiaCategory.values())
                .filter(c -> c.appliesTo(type))
                .map(EfpiaCategory::code)
                .toList())
        + ", or leave it undisclosed if it is not a transfer of value the Code discloses";
  }

  private boolean countedOnce(TransferOfValue t, String target) {
    Optional<TransferOfValue> other =
        account.transfersOfValue().stream().filter(o -> o.id().value().equals(target)).findFirst();
    String problem;
    if (other.isEmpty()) {
      problem = "names no transfer of this account";
    } else if (other.get().id().equals(t.id())) {
      problem = "names the transfer itself";
    } else if (other.get().attributes().containsKey(EfpiaAttributes.COUNTED_IN)) {
      problem = "names a transfer that is itself counted elsewhere";
    } else {
      add(
          EfpiaRules.COUNTED_ONCE,
          List.of(t.id(), other.get().id()),
          "records the same value as " + target + " and is counted once, there");
      return true;
    }
    add(
        EfpiaRules.COUNTED_IN_INVALID,
        List.of(t.id()),
        EfpiaAttributes.COUNTED_IN
            + " \""
            + target
            + "\" "
            + problem
            + "; the transfer is disclosed where it is");
    return false;
  }

  private boolean mealInScope(TransferOfValue t) {
    Optional<Boolean> disclosed = policy.mealsDisclosed();
    if (disclosed.isEmpty()) {
      mealsUnjudged.add(t.id());
      return false;
    }
    if (!disclosed.get()) {
      add(
          EfpiaRules.OUT_OF_SCOPE,
          List.of(t.id()),
          "a meal of " + t.amount() + "; the host's policy does not disclose meals");
      return false;
    }
    return true;
  }

  private void add(RuleDescriptor rule, List<? extends KamId> subjects, String message) {
    findings.add(Finding.of(rule, account.id(), subjects, message));
  }
}
