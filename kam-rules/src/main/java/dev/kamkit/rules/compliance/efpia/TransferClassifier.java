package dev.kamkit.rules.compliance.efpia;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.FactReader;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.stakeholder.HcpIdentity;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.rules.compliance.Beneficiary;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.uk.LawfulBasis;
import dev.kamkit.rules.compliance.uk.UkFacts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Turns one account's transfers into disclosure items: reads the pack's facts, leaves out what is
 * out of scope or counted elsewhere, classifies each beneficiary's share and converts it. Every
 * transfer it cannot place is a finding.
 */
final class TransferClassifier {
  /** The country whose HCPs may be named on legitimate interests (Disclosure UK). */
  private static final String UK = "GB";

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
    FactReader facts =
        FactReader.of(t.facts(), t.attributes(), EfpiaFacts.PREFIX, EfpiaFacts.TRANSFER_KEYS);
    Optional<EfpiaCategory> chosen = facts.get(EfpiaFacts.CATEGORY);
    boolean research = facts.get(EfpiaFacts.RESEARCH_AND_DEVELOPMENT).orElse(false);
    Optional<Boolean> consent = facts.get(EfpiaFacts.CONSENT);
    Optional<String> countedIn = facts.get(EfpiaFacts.COUNTED_IN);
    if (!facts.problems().isEmpty()) {
      add(
          EfpiaRules.ATTRIBUTE_INVALID,
          List.of(t.id()),
          Message.of(EfpiaCode.ATTRIBUTE_INVALID, Arg.list(facts.problems(), Arg::of)));
    }
    if (t.date().getYear() < DisclosureCalendar.FIRST_PERIOD) {
      add(
          EfpiaRules.OUT_OF_SCOPE,
          List.of(t.id()),
          Message.of(
              EfpiaCode.OUT_OF_SCOPE_BEFORE_FIRST_PERIOD,
              Arg.of(t.date()),
              Arg.year(DisclosureCalendar.FIRST_PERIOD)));
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
          Message.of(EfpiaCode.OUT_OF_SCOPE_NOT_HCP, DisclosureBuilder.who(account, b)));
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
          Message.of(
              EfpiaCode.NO_RATE,
              Arg.of(b.value()),
              Arg.of(t.date()),
              Arg.text(currency.get().getCurrencyCode()),
              Arg.year(t.date().getYear())));
      return Optional.empty();
    }
    Optional<Boolean> effectiveConsent =
        consent
            .or(() -> legitimateInterests(b))
            .or(
                () ->
                    b.stakeholder()
                        .flatMap(Stakeholder::hcp)
                        .flatMap(HcpIdentity::disclosureConsent));
    return Optional.of(
        new Item(t.date().getYear(), t.id(), b, type, category, amount.get(), effectiveConsent));
  }

  /**
   * True, as if consented, for an HCP of a UK account whose recorded lawful basis is legitimate
   * interests: Disclosure UK names them without consent (ABPI, Disclosure UK). Empty elsewhere, and
   * for any other basis; a mistyped basis is the UK pack's finding, not this pack's.
   */
  private Optional<Boolean> legitimateInterests(Beneficiary b) {
    if (!UK.equals(account.account().country())) {
      return Optional.empty();
    }
    return b.stakeholder()
        .flatMap(
            s ->
                FactReader.of(s.facts(), s.attributes(), UkFacts.PREFIX, UkFacts.STAKEHOLDER_KEYS)
                    .get(UkFacts.LAWFUL_BASIS))
        .filter(basis -> basis == LawfulBasis.LEGITIMATE_INTERESTS)
        .map(basis -> true);
  }

  private static Message unclassified(
      TransferOfValue t, RecipientType type, Optional<EfpiaCategory> chosen) {
    if (chosen.isPresent()) {
      return Message.of(EfpiaCode.UNCLASSIFIED_CATEGORY, Arg.of(chosen.get()), Arg.of(type));
    }
    return Message.of(
        EfpiaCode.UNCLASSIFIED_NATURE,
        Arg.of(t.nature()),
        Arg.of(type),
        Arg.text(EfpiaFacts.CATEGORY.name()),
        Arg.list(
            Arrays.stream(EfpiaCategory.values())
                .filter(c -> c.appliesTo(type))
                .map(c -> Arg.text(c.code()))
                .toList()));
  }

  private boolean countedOnce(TransferOfValue t, String target) {
    Optional<TransferOfValue> other =
        account.transfersOfValue().stream().filter(o -> o.id().value().equals(target)).findFirst();
    Arg key = Arg.text(EfpiaFacts.COUNTED_IN.name());
    Message problem;
    if (other.isEmpty()) {
      problem = Message.of(EfpiaCode.COUNTED_IN_UNKNOWN, key, Arg.text(target));
    } else if (other.get().id().equals(t.id())) {
      problem = Message.of(EfpiaCode.COUNTED_IN_ITSELF, key, Arg.of(other.get().id()));
    } else if (Fact.find(other.get().facts(), EfpiaFacts.COUNTED_IN).isPresent()) {
      problem = Message.of(EfpiaCode.COUNTED_IN_COUNTED_ELSEWHERE, key, Arg.of(other.get().id()));
    } else {
      add(
          EfpiaRules.COUNTED_ONCE,
          List.of(t.id(), other.get().id()),
          Message.of(EfpiaCode.COUNTED_ONCE, Arg.of(other.get().id())));
      return true;
    }
    add(EfpiaRules.COUNTED_IN_INVALID, List.of(t.id()), problem);
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
          Message.of(EfpiaCode.OUT_OF_SCOPE_MEAL, Arg.of(t.amount())));
      return false;
    }
    return true;
  }

  private void add(RuleDescriptor rule, List<? extends KamId> subjects, Message message) {
    findings.add(Finding.of(rule, account.id(), subjects, message));
  }
}
