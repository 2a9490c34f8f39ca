package dev.kamkit.model.testing;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.ServiceAgreement;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.PromotionalMaterial;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.TargetList;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What the generators know while they build one key account: the randomness, the reference date,
 * the id prefix and the parts already built, so later parts only refer to earlier ones. Ids it
 * hands out never repeat one it has seen.
 */
final class Scene {
  final Rng rng;
  final LocalDate today;
  final String key;
  final Country country;
  private final Set<String> taken = new HashSet<>();
  private final Map<String, Integer> counters = new HashMap<>();
  private final Set<String> npis = new HashSet<>();

  Account account;
  List<Product> products = List.of();
  List<DecisionBody> bodies = List.of();
  List<Stakeholder> stakeholders = List.of();
  List<TeamMember> team = List.of();
  List<Interaction> interactions = List.of();
  List<PromotionalMaterial> materials = List.of();
  List<ServiceAgreement> agreements = List.of();
  GeneratedFacts facts = GeneratedFacts.NONE;

  Scene(Rng rng, LocalDate today, String key, Country country) {
    this.rng = rng;
    this.today = today;
    this.key = key;
    this.country = country;
  }

  /** A scene over an account built elsewhere, for parts that must fit into it. */
  static Scene of(KeyAccount account, Rng rng, LocalDate today) {
    Scene scene =
        new Scene(rng, today, account.id().value(), Country.byCode(account.account().country()));
    scene.account = account.account();
    scene.products = account.products();
    scene.bodies = account.decisionBodies();
    scene.stakeholders = account.stakeholders();
    scene.team = account.team();
    scene.interactions = account.interactions();
    scene.materials = account.promotionalMaterials();
    scene.agreements = account.serviceAgreements();
    scene.takeAll(account.stakeholders(), Stakeholder::id);
    scene.takeAll(account.team(), TeamMember::id);
    scene.takeAll(account.decisionBodies(), DecisionBody::id);
    scene.takeAll(account.products(), Product::id);
    scene.takeAll(
        account.products().stream().flatMap(p -> p.indications().stream()).toList(),
        Indication::id);
    scene.takeAll(account.account().sites(), Site::id);
    scene.takeAll(account.account().clinicalUnits().toList(), ClinicalUnit::id);
    scene.takeAll(account.account().profile().contracts(), Contract::id);
    scene.takeAll(account.interactions(), Interaction::id);
    scene.takeAll(account.transfersOfValue(), TransferOfValue::id);
    scene.takeAll(account.targetLists(), TargetList::id);
    scene.takeAll(account.promotionalMaterials(), PromotionalMaterial::id);
    scene.takeAll(account.serviceAgreements(), ServiceAgreement::id);
    account.plan().ifPresent(scene::takePlan);
    account
        .stakeholders()
        .forEach(s -> s.hcp().flatMap(h -> h.npi()).ifPresent(npi -> scene.npis.add(npi.value())));
    return scene;
  }

  /** A fresh id text such as {@code ACC-1F2E3D-SH-12}, never one seen before. */
  String id(String kind) {
    while (true) {
      int n = counters.merge(kind, 1, Integer::sum);
      String text = key + "-" + kind + "-" + n;
      if (taken.add(text)) {
        return text;
      }
    }
  }

  /** Records {@code npi} as used; false if it already was. */
  boolean claimNpi(String npi) {
    return npis.add(npi);
  }

  /** Our products, not competitors'. */
  List<Product> ownProducts() {
    return products.stream().filter(p -> !p.competitor()).toList();
  }

  /** The competitors' products tracked in the account. */
  List<Product> competitorProducts() {
    return products.stream().filter(Product::competitor).toList();
  }

  /** Team members on the given side of the firewall who are on the team on {@code date}. */
  List<TeamMember> activeTeam(Division division, LocalDate date) {
    return team.stream().filter(m -> m.division() == division && m.isActiveOn(date)).toList();
  }

  /** The key account manager who owns the account, or any commercial member if none. */
  TeamMember lead() {
    return team.stream()
        .filter(m -> m.function() == TeamFunction.KEY_ACCOUNT_MANAGER && m.leftOn().isEmpty())
        .findFirst()
        .orElseGet(() -> team.get(0));
  }

  /** Stakeholders who can still be engaged. */
  List<Stakeholder> engageable() {
    List<Stakeholder> out = stakeholders.stream().filter(s -> s.status().isEngageable()).toList();
    return out.isEmpty() ? stakeholders : out;
  }

  /** Every clinical unit of the account. */
  Stream<ClinicalUnit> units() {
    return account.clinicalUnits();
  }

  /** The account's sites; none for parts generated without an account. */
  List<Site> sites() {
    return account == null ? List.of() : account.sites();
  }

  private <T> void takeAll(Collection<T> items, Function<T, ? extends KamId> id) {
    items.forEach(item -> taken.add(id.apply(item).value()));
  }

  private void takePlan(AccountPlan plan) {
    plan.needs().forEach(n -> taken.add(n.id().value()));
    plan.objectives().forEach(o -> taken.add(o.id().value()));
    plan.actions().forEach(a -> taken.add(a.id().value()));
    plan.kpis().forEach(k -> taken.add(k.id().value()));
    plan.sharedValueInitiatives().forEach(i -> taken.add(i.id().value()));
  }
}
