package dev.kamkit.scoring.health;

import static dev.kamkit.scoring.health.Fixtures.AS_OF;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.account.AnnualVolume;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractKind;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.plan.InitiativeStatus;
import dev.kamkit.model.plan.SharedValueInitiative;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.team.Relationship;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of small accounts and portfolios for the health properties. Every
 * element is decoded from one small integer (which field is which is spelled out below), so
 * shrinking moves towards simpler accounts: fewer elements, earlier choices, dates nearer the
 * scoring day.
 */
final class HealthGens {
  static final String[] MEMBERS = {Fixtures.KAM, Fixtures.MSL};
  static final String[] STAKEHOLDERS = {"dr-okafor", "pharm-lee", "cfo-lind", "nurse-ito"};
  static final String[] PRODUCTS = {Fixtures.ONKO, Fixtures.BRONCHO};

  private HealthGens() {}

  /** Accounts with any mix of relationships, initiatives, formulary history, volumes, contracts. */
  static Gen<KeyAccount> accounts() {
    Gen<List<Integer>> relationships = codes(3_999, 8);
    Gen<List<Integer>> initiatives = codes(2_499, 3);
    Gen<List<Integer>> formulary = codes(8_399, 6);
    Gen<Lagging> lagging = codes(2_999, 3).zip(codes(999_999, 3), Lagging::new);
    Gen<Boolean> committee = booleans().all();
    return relationships.zip(initiatives, formulary, lagging, committee, HealthGens::account);
  }

  /** Up to {@code size} codes from 0 to {@code max}. */
  private static Gen<List<Integer>> codes(int max, int size) {
    return lists().of(integers().between(0, max)).ofSizeBetween(0, size);
  }

  /** The volumes and contracts of a generated account. */
  record Lagging(List<Integer> volumes, List<Integer> contracts) {}

  private static KeyAccount account(
      List<Integer> relationships,
      List<Integer> initiatives,
      List<Integer> formulary,
      Lagging lagging,
      boolean committee) {
    KeyAccount account =
        Fixtures.bare("g")
            .withRelationships(relationships(relationships))
            .withFormulary(formulary(formulary));
    if (!committee) {
      account =
          KeyAccount.builder()
              .from(account)
              .decisionBodies(List.of())
              .stakeholders(
                  account.stakeholders().stream().map(s -> s.withCommitteeMemberships()).toList())
              .build();
    }
    if (!initiatives.isEmpty()) {
      account =
          Fixtures.withInitiatives(
              account, initiatives(initiatives).toArray(SharedValueInitiative[]::new));
    }
    return Fixtures.profile(
        account,
        p ->
            p.addAllAnnualVolumes(volumes(lagging.volumes()))
                .addAllContracts(contracts(lagging.contracts())));
  }

  /** x: member = x % 2, stakeholder = x / 2 % 4, start = 30 - x / 8 days from the scoring day. */
  private static List<Relationship> relationships(List<Integer> codes) {
    List<Relationship> out = new ArrayList<>();
    Set<String> pairs = new HashSet<>();
    for (int x : codes) {
      String member = MEMBERS[x % 2];
      String stakeholder = STAKEHOLDERS[x / 2 % 4];
      if (pairs.add(member + "/" + stakeholder)) {
        Relationship r = Fixtures.relationship(member, stakeholder, AS_OF.plusDays(30 - x / 8));
        out.add(x / 8 == 499 ? r.withSince(Optional.empty()) : r);
      }
    }
    return out;
  }

  /** x: status = x % 5, launched 30 - x / 5 days from the scoring day when it has launched. */
  private static List<SharedValueInitiative> initiatives(List<Integer> codes) {
    List<SharedValueInitiative> out = new ArrayList<>();
    for (int k = 0; k < codes.size(); k++) {
      int x = codes.get(k);
      InitiativeStatus status = InitiativeStatus.values()[x % 5];
      SharedValueInitiative i = Fixtures.initiative("i" + k, AS_OF.plusDays(30 - x / 5));
      out.add(
          status.isLaunched() || status == InitiativeStatus.STOPPED
              ? i.withStatus(status)
              : i.withLaunchedOn(Optional.empty()).withStatus(status));
    }
    return out;
  }

  /** x: product = x % 2, status = x / 2 % 6, effective 30 - x / 12 days from the scoring day. */
  private static List<FormularyEntry> formulary(List<Integer> codes) {
    List<FormularyEntry> out = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int x : codes) {
      String product = PRODUCTS[x % 2];
      LocalDate from = AS_OF.plusDays(30 - x / 12);
      if (keys.add(product + "@" + from)) {
        out.add(Fixtures.listing(product, FormularyStatus.values()[x / 2 % 6], from));
      }
    }
    return out;
  }

  /** x: fiscal year = 2023 + x % 3, units = x / 3, net revenue = 1000 USD per unit. */
  private static List<AnnualVolume> volumes(List<Integer> codes) {
    List<AnnualVolume> out = new ArrayList<>();
    Set<Integer> years = new HashSet<>();
    for (int x : codes) {
      int year = 2023 + x % 3;
      if (years.add(year)) {
        out.add(Fixtures.year(year, x / 3, (x / 3) + "000.00"));
      }
    }
    return out;
  }

  /**
   * x: status = x % 6, kind = x / 6 % 2, start = 400 - x / 12 % 600 days from the scoring day,
   * length 30 + 5 * (x / 7200) days, value 1000 USD times (1 + x % 97); every other one covers
   * Onkovir.
   */
  private static List<Contract> contracts(List<Integer> codes) {
    List<Contract> out = new ArrayList<>();
    for (int k = 0; k < codes.size(); k++) {
      int x = codes.get(k);
      LocalDate start = AS_OF.plusDays(400 - x / 12 % 600);
      Contract c =
          Fixtures.contract(
                  "c" + k,
                  start,
                  start.plusDays(30 + 5L * (x / 7_200)),
                  ContractStatus.values()[x % 6],
                  (1 + x % 97) + "000.00")
              .withKind(x / 6 % 2 == 0 ? ContractKind.DIRECT_PURCHASE : ContractKind.GPO);
      out.add(k % 2 == 0 ? c : c.withProducts(ProductId.of(Fixtures.ONKO)));
    }
    return out;
  }

  /**
   * Portfolios of one to ten accounts. x: FY2025 net revenue = 1000 USD times x % 1000 (absent when
   * x % 50 = 49, so the account's potential is unknown), completed calls = x / 1000 % 40.
   */
  static Gen<Portfolio> portfolios() {
    return lists()
        .of(integers().between(0, 39_999))
        .ofSizeBetween(1, 10)
        .map(
            codes -> {
              List<KeyAccount> accounts = new ArrayList<>();
              for (int k = 0; k < codes.size(); k++) {
                int x = codes.get(k);
                accounts.add(
                    portfolioAccount("p" + k, x % 50 == 49 ? -1 : x % 1000, x / 1000 % 40));
              }
              return Portfolio.builder().accounts(accounts).build();
            });
  }

  /** An account with calls every nine days; a negative {@code thousands} records no revenue. */
  private static KeyAccount portfolioAccount(String id, int thousands, int calls) {
    List<Interaction> interactions = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      interactions.add(Fixtures.interaction(id + "-" + i, AS_OF.minusDays(i * 9L)));
    }
    KeyAccount account = Fixtures.bare(id).withInteractions(interactions);
    if (thousands < 0) {
      return account;
    }
    return Fixtures.profile(
        account,
        p ->
            p.addAnnualVolumes(
                AnnualVolume.builder()
                    .fiscalYear(2025)
                    .netRevenue(
                        Money.of(BigDecimal.valueOf(thousands * 1000L), Money.currency("USD")))
                    .build()));
  }
}
