package dev.kamkit.rules.compliance.efpia;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.rules.compliance.Beneficiary;
import dev.kamkit.rules.compliance.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds one period's disclosure from its items: HCOs named, HCPs named only with consent to every
 * transfer of the period (all-in / all-out), everyone else in aggregate per category, research and
 * development in aggregate.
 */
final class DisclosureBuilder {
  private DisclosureBuilder() {}

  static EfpiaDisclosure build(
      KeyAccount account, int year, Currency currency, List<Item> items, List<Finding> findings) {
    Map<KamId, List<Item>> byRecipient =
        items.stream()
            .filter(i -> !i.isResearch())
            .collect(
                Collectors.groupingBy(
                    i -> i.beneficiary().id(),
                    () -> new TreeMap<>(Beneficiary.ID_ORDER),
                    Collectors.toList()));
    List<IndividualDisclosure> hcos = new ArrayList<>();
    List<IndividualDisclosure> hcps = new ArrayList<>();
    List<List<Item>> aggregated = new ArrayList<>();
    for (List<Item> recipientItems : byRecipient.values()) {
      Item first = recipientItems.get(0);
      if (first.type() == RecipientType.HCO) {
        hcos.add(row(account, recipientItems));
      } else if (named(account, year, recipientItems, findings)) {
        hcps.add(row(account, recipientItems));
      } else {
        aggregated.add(recipientItems);
      }
    }
    Comparator<IndividualDisclosure> byName =
        Comparator.comparing(IndividualDisclosure::name).thenComparing(r -> r.recipient().value());
    hcos.sort(byName);
    hcps.sort(byName);
    List<IndividualDisclosure> individuals = new ArrayList<>(hcos);
    individuals.addAll(hcps);
    return EfpiaDisclosure.builder()
        .account(account.id())
        .year(year)
        .country(account.account().country())
        .currency(currency)
        .individuals(individuals)
        .aggregates(aggregates(byRecipient.values(), aggregated, currency))
        .researchAndDevelopment(
            items.stream().filter(Item::isResearch).map(Item::amount).reduce(Money::plus))
        .build();
  }

  /** True if the HCP consented to every transfer of the period; reports partial consent. */
  private static boolean named(
      KeyAccount account, int year, List<Item> items, List<Finding> findings) {
    long yes = items.stream().filter(i -> i.consent().orElse(false)).count();
    if (yes == items.size()) {
      return true;
    }
    KamId hcp = items.get(0).beneficiary().id();
    List<KamId> subjects = new ArrayList<>();
    subjects.add(hcp);
    items.stream().map(Item::transfer).distinct().sorted().forEach(subjects::add);
    Arg who = who(account, items.get(0).beneficiary());
    if (yes > 0) {
      findings.add(
          Finding.of(
              EfpiaRules.PARTIAL_CONSENT,
              account.id(),
              subjects,
              EfpiaCode.PARTIAL_CONSENT,
              who,
              Arg.of(yes),
              Arg.of(items.size()),
              Arg.year(year)));
    } else {
      boolean refused = items.stream().anyMatch(i -> i.consent().equals(Optional.of(false)));
      findings.add(
          Finding.of(
              EfpiaRules.AGGREGATED,
              account.id(),
              subjects,
              refused ? EfpiaCode.AGGREGATED_REFUSED : EfpiaCode.AGGREGATED_NOT_RECORDED,
              who,
              Arg.of(items.size()),
              Arg.year(year)));
    }
    return false;
  }

  /**
   * The name a beneficiary is disclosed and shown by: the stakeholder's name, the account's name
   * for the account itself, or else the organisation's id.
   */
  static String name(KeyAccount account, Beneficiary b) {
    return b.stakeholder()
        .map(Stakeholder::name)
        .orElseGet(() -> b.id().equals(account.id()) ? account.account().name() : b.id().value());
  }

  /** The beneficiary as a message argument: its id and {@link #name}. */
  static Arg who(KeyAccount account, Beneficiary b) {
    return Arg.of(b.id(), name(account, b));
  }

  private static IndividualDisclosure row(KeyAccount account, List<Item> items) {
    Item first = items.get(0);
    return IndividualDisclosure.builder()
        .recipient(first.beneficiary().id())
        .type(first.type())
        .name(name(account, first.beneficiary()))
        .amounts(byCategory(items))
        .build();
  }

  private static Map<EfpiaCategory, Money> byCategory(List<Item> items) {
    Map<EfpiaCategory, Money> sums = new EnumMap<>(EfpiaCategory.class);
    for (Item i : items) {
      sums.merge(i.category().orElseThrow(), i.amount(), Money::plus);
    }
    return new LinkedHashMap<>(sums);
  }

  private static List<AggregateDisclosure> aggregates(
      Collection<List<Item>> all, List<List<Item>> aggregated, Currency currency) {
    List<AggregateDisclosure> rows = new ArrayList<>();
    for (EfpiaCategory category : EfpiaCategory.values()) {
      int allHcps = 0;
      for (List<Item> items : all) {
        if (items.get(0).type() == RecipientType.HCP && has(items, category)) {
          allHcps++;
        }
      }
      int recipients = 0;
      Money amount = Money.zero(currency);
      for (List<Item> items : aggregated) {
        if (has(items, category)) {
          recipients++;
          for (Item i : items) {
            if (i.category().equals(Optional.of(category))) {
              amount = amount.plus(i.amount());
            }
          }
        }
      }
      if (recipients > 0) {
        rows.add(
            AggregateDisclosure.builder()
                .category(category)
                .recipients(recipients)
                .allRecipients(allHcps)
                .amount(amount)
                .build());
      }
    }
    return rows;
  }

  private static boolean has(List<Item> items, EfpiaCategory category) {
    return items.stream().anyMatch(i -> i.category().equals(Optional.of(category)));
  }
}
