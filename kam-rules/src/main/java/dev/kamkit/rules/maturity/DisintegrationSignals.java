package dev.kamkit.rules.maturity;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.CustomerFeedback;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.rules.criteria.Texts;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The signs that a relationship is falling apart, each a {@code RISK} reason with a stable code
 * under {@code relationship.signal}: threads lapsing, a formulary listing lost, a contract lapsed
 * without renewal, hostile decision-makers, a falling voice of the account, and people we held
 * leaving the account.
 */
final class DisintegrationSignals {
  private final KeyAccount account;
  private final LocalDate asOf;
  private final RelationshipStagePolicy policy;
  private final LocalDate since;

  DisintegrationSignals(KeyAccount account, LocalDate asOf, RelationshipStagePolicy policy) {
    this.account = account;
    this.asOf = asOf;
    this.policy = policy;
    this.since = asOf.minusDays(policy.lookbackDays());
  }

  List<Reason> of(ActiveLinks links) {
    List<Reason> signals = new ArrayList<>();
    lapsedThreads(links).ifPresent(signals::add);
    lostListings().ifPresent(signals::add);
    lapsedContracts().ifPresent(signals::add);
    hostileDecisionMakers().ifPresent(signals::add);
    fallingVoice().ifPresent(signals::add);
    departedContacts(links).ifPresent(signals::add);
    return signals;
  }

  private Optional<Reason> lapsedThreads(ActiveLinks links) {
    long active = links.active().size();
    List<ActiveLinks.Link> lapsed =
        links.all().stream()
            .filter(l -> !l.active() && l.last().map(d -> !d.isBefore(since)).orElse(false))
            .toList();
    if (lapsed.size() < 2 || lapsed.size() <= active) {
      return Optional.empty();
    }
    Set<StakeholderId> who = new TreeSet<>();
    lapsed.forEach(l -> who.add(l.stakeholder()));
    return Optional.of(
        risk(
            MaturityCode.SIGNAL_THREADS_LAPSED,
            List.copyOf(who),
            Arg.of(lapsed.size()),
            Arg.of(policy.lookbackDays()),
            Arg.of(active)));
  }

  private Optional<Reason> lostListings() {
    Set<ProductId> ours = new TreeSet<>();
    account.products().stream().filter(p -> !p.competitor()).map(Product::id).forEach(ours::add);
    Set<ProductId> lost = new TreeSet<>();
    for (ProductId product : ours) {
      List<FormularyEntry> history =
          account.formulary().stream()
              .filter(e -> e.product().equals(product) && !e.effectiveFrom().isAfter(asOf))
              .sorted(Comparator.comparing(FormularyEntry::effectiveFrom))
              .toList();
      for (int i = 1; i < history.size(); i++) {
        FormularyEntry before = history.get(i - 1);
        FormularyEntry after = history.get(i);
        if (before.status().isListed()
            && !after.status().isListed()
            && !after.effectiveFrom().isBefore(since)) {
          lost.add(product);
        }
      }
    }
    if (lost.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        risk(
            MaturityCode.SIGNAL_LISTING_LOST,
            List.copyOf(lost),
            Arg.of(policy.lookbackDays()),
            Texts.byName(lost, id -> id, this::productName)));
  }

  /** The product's name; its id where the account does not list it. */
  private String productName(ProductId id) {
    return account.product(id).map(Product::name).orElse(id.value());
  }

  private Optional<Reason> lapsedContracts() {
    List<Contract> contracts = account.account().profile().contracts();
    boolean inForce = contracts.stream().anyMatch(c -> trading(c) && c.isInForce(asOf));
    List<ContractId> lapsed =
        contracts.stream()
            .filter(c -> c.status() == ContractStatus.ENDED || trading(c))
            .filter(c -> c.end().isBefore(asOf) && !c.end().isBefore(since))
            .map(Contract::id)
            .sorted()
            .toList();
    if (inForce || lapsed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        risk(
            MaturityCode.SIGNAL_CONTRACT_LAPSED,
            lapsed,
            Arg.of(lapsed.size()),
            Arg.of(policy.lookbackDays())));
  }

  static boolean trading(Contract c) {
    return c.status() == ContractStatus.ACTIVE || c.status() == ContractStatus.SIGNED;
  }

  private Optional<Reason> hostileDecisionMakers() {
    List<Stakeholder> hostile =
        account.stakeholders().stream()
            .filter(s -> s.status().isEngageable())
            .filter(
                s ->
                    s.holds(BuyingRole.ECONOMIC_BUYER)
                        || s.seniority().equals(Optional.of(Seniority.EXECUTIVE)))
            .filter(s -> s.sentiment().equals(Optional.of(Sentiment.DETRACTOR)))
            .sorted(Comparator.comparing(Stakeholder::id))
            .toList();
    if (hostile.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        risk(
            MaturityCode.SIGNAL_HOSTILE_DECISION_MAKERS,
            hostile.stream().map(Stakeholder::id).toList(),
            people(hostile)));
  }

  private Optional<Reason> fallingVoice() {
    List<CustomerFeedback> voice =
        account
            .plan()
            .<List<CustomerFeedback>>map(AccountPlan::voiceOfAccount)
            .orElse(List.of())
            .stream()
            .filter(f -> !f.date().isAfter(asOf))
            .sorted(Comparator.comparing(CustomerFeedback::date))
            .toList();
    if (voice.size() < 2) {
      return Optional.empty();
    }
    CustomerFeedback before = voice.get(voice.size() - 2);
    CustomerFeedback now = voice.get(voice.size() - 1);
    List<Arg> falls = new ArrayList<>();
    if (before.relationshipScore().isPresent() && now.relationshipScore().isPresent()) {
      int drop = before.relationshipScore().get() - now.relationshipScore().get();
      if (drop >= policy.relationshipScoreDrop()) {
        falls.add(
            fall(
                MaturityCode.VOICE_FALL_RELATIONSHIP_SCORE,
                before.relationshipScore().get(),
                now.relationshipScore().get()));
      }
    }
    if (before.netPromoterScore().isPresent() && now.netPromoterScore().isPresent()) {
      int drop = before.netPromoterScore().get() - now.netPromoterScore().get();
      if (drop >= policy.netPromoterDrop()) {
        falls.add(
            fall(
                MaturityCode.VOICE_FALL_NPS,
                before.netPromoterScore().get(),
                now.netPromoterScore().get()));
      }
    }
    if (falls.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        risk(
            MaturityCode.SIGNAL_VOICE_FALLING,
            List.of(),
            Arg.of(before.date()),
            Arg.of(now.date()),
            Arg.list(falls)));
  }

  private static Arg fall(MaturityCode code, int before, int after) {
    return Arg.of(
        Message.of(code, Arg.of(BigDecimal.valueOf(before)), Arg.of(BigDecimal.valueOf(after))));
  }

  private Optional<Reason> departedContacts(ActiveLinks links) {
    Set<StakeholderId> held = new TreeSet<>();
    links.all().forEach(l -> held.add(l.stakeholder()));
    List<Stakeholder> gone =
        account.stakeholders().stream()
            .filter(s -> s.status() == StakeholderStatus.DEPARTED && held.contains(s.id()))
            .filter(
                s ->
                    s.departureDate()
                        .map(d -> !d.isBefore(since) && !d.isAfter(asOf))
                        .orElse(false))
            .sorted(Comparator.comparing(Stakeholder::id))
            .toList();
    if (gone.size() < policy.departedHeldStakeholders()) {
      return Optional.empty();
    }
    return Optional.of(
        risk(
            MaturityCode.SIGNAL_CONTACTS_DEPARTED,
            gone.stream().map(Stakeholder::id).toList(),
            Arg.of(gone.size()),
            people(gone)));
  }

  /** The stakeholders as references, in the order given (by id). */
  private static Arg people(List<Stakeholder> people) {
    return Arg.list(people, s -> Arg.of(s.id(), s.name()));
  }

  private static Reason risk(MaturityCode code, List<? extends KamId> subjects, Arg... args) {
    return Reason.of(code, Effect.RISK, subjects, args);
  }
}
