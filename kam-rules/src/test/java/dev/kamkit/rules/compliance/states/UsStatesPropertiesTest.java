package dev.kamkit.rules.compliance.states;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.KamGenerator;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.PackFacts;
import dev.kamkit.rules.fixtures.Shuffled;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of the state pack over generated accounts (fixed seeds), moved into one of the four
 * states: the order of records never matters, the same data always gives the same findings, adding
 * a gift never removes a Minnesota finding, and accounts abroad never have findings.
 */
class UsStatesPropertiesTest {
  private static final LocalDate AS_OF = SeedAccounts.AS_OF;
  private static final UsStatesPolicy POLICY =
      UsStatesPolicy.builder()
          .addNjMealCaps(
              NjMealCap.of(2024, "30.00", "test"),
              NjMealCap.of(2025, "30.00", "test"),
              NjMealCap.of(2026, "30.00", "test"))
          .addVermontRegistrations(2025)
          .build();
  private static final UsStatesPack PACK = UsStatesPack.of(POLICY);

  /** The account moved to the US and into {@code state}; every other site region cleared. */
  private static KeyAccount in(KeyAccount a, UsState state, boolean keepSites) {
    List<Site> sites =
        keepSites
            ? a.account().sites()
            : a.account().sites().stream()
                .map(s -> s.withRegion(java.util.Optional.empty()))
                .toList();
    return a.withAccount(
        Account.builder()
            .from(a.account())
            .country("US")
            .region(state.code())
            .sites(sites)
            .build());
  }

  private static UsState state(int i) {
    return UsState.values()[i % UsState.values().length];
  }

  @Test
  void theOrderOfRecordsNeverChangesTheFindings() {
    qt().withFixedSeed(4_631L)
        .withExamples(40)
        .forAll(
            PackFacts.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE),
            integers().between(0, 7),
            longs().all())
        .checkAssert(
            (generated, pick, seed) -> {
              KeyAccount a = in(generated, state(pick), pick > 3);
              Random random = new Random(seed);
              KeyAccount shuffled =
                  Shuffled.account(a, random)
                      .withTransfersOfValue(Shuffled.list(a.transfersOfValue(), random));
              assertEquals(PACK.check(a, AS_OF), PACK.check(shuffled, AS_OF));
            });
  }

  @Test
  void theSameDataAlwaysGivesTheSameFindings() {
    qt().withFixedSeed(4_632L)
        .withExamples(30)
        .forAll(
            PackFacts.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE),
            integers().between(0, 3))
        .checkAssert(
            (generated, pick) -> {
              KeyAccount a = in(generated, state(pick), false);
              List<Finding> first = PACK.check(a, AS_OF);
              assertEquals(first, UsStatesPack.of(UsStatesPolicy.copyOf(POLICY)).check(a, AS_OF));
              assertEquals(first, PACK.check(KeyAccount.copyOf(a), AS_OF));
              Set<String> known =
                  PACK.rules().stream().map(r -> r.id()).collect(Collectors.toSet());
              assertTrue(first.stream().allMatch(f -> known.contains(f.ruleId())));
            });
  }

  @Test
  void addingAGiftNeverRemovesAMinnesotaFinding() {
    qt().withFixedSeed(151_461L)
        .withExamples(40)
        .forAll(
            PackFacts.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE),
            integers().between(1, 10_000),
            integers().between(0, 1_000),
            integers().between(0, 729))
        .checkAssert(
            (generated, cents, who, daysBack) -> {
              KeyAccount a = in(generated, UsState.MINNESOTA, false);
              List<Stakeholder> hcps =
                  a.stakeholders().stream().filter(Stakeholder::isHcp).toList();
              if (hcps.isEmpty()) {
                return;
              }
              TransferOfValue gift =
                  TransferOfValue.builder()
                      .id(TransferOfValueId.of("extra-gift"))
                      .date(AS_OF.minusDays(daysBack))
                      .amount(Money.of(BigDecimal.valueOf(cents, 2), Dollars.USD))
                      .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
                      .nature(NatureOfPayment.GIFT)
                      .recipient(hcps.get(who % hcps.size()).id())
                      .build();
              KeyAccount more = KeyAccount.builder().from(a).addTransfersOfValue(gift).build();
              Set<String> before = minnesota(PACK.check(a, AS_OF));
              Set<String> after = minnesota(PACK.check(more, AS_OF));
              assertTrue(after.containsAll(before), before + " not all in " + after);
            });
  }

  /** Each Minnesota finding as its person and year, from the subjects and the message. */
  private static Set<String> minnesota(List<Finding> findings) {
    return findings.stream()
        .filter(f -> f.ruleId().equals(UsStatesRules.MN_GIFT_LIMIT.id()))
        .map(f -> f.subjects().get(0).value() + ((Arg.Year) f.message().arg("year")).value())
        .collect(Collectors.toSet());
  }

  @Test
  void accountsOutsideTheUsNeverHaveFindings() {
    qt().withFixedSeed(4_633L)
        .withExamples(20)
        .forAll(
            PackFacts.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE),
            integers().between(0, 3))
        .checkAssert(
            (generated, pick) -> {
              KeyAccount a = in(generated, state(pick), true);
              KeyAccount abroad =
                  a.withAccount(Account.builder().from(a.account()).country("CA").build());
              assertEquals(List.of(), PACK.check(abroad, AS_OF));
            });
  }

  @Test
  void everyFindingNamesOnlyRecordsOfTheAccount() {
    qt().withFixedSeed(4_634L)
        .withExamples(20)
        .forAll(
            PackFacts.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE),
            integers().between(0, 3))
        .checkAssert(
            (generated, pick) -> {
              KeyAccount a = in(generated, state(pick), false);
              Set<KamId> known =
                  a.stakeholders().stream().map(s -> (KamId) s.id()).collect(Collectors.toSet());
              a.transfersOfValue().forEach(t -> known.add(t.id()));
              for (Finding f : PACK.check(a, AS_OF)) {
                assertTrue(known.containsAll(f.subjects()), f.toString());
                assertEquals(a.id(), f.account());
              }
            });
  }

  @Test
  void theGeneratedAccountsReachTheStateRules() {
    // Guards the properties above against passing vacuously: the generated data must trigger the
    // rules whose findings they compare.
    Set<String> seen = new java.util.TreeSet<>();
    for (long seed = 1; seed <= 40; seed++) {
      KeyAccount generated = KamGenerator.seeded(seed).keyAccount(AccountSize.COMMUNITY_HOSPITAL);
      for (UsState state : UsState.values()) {
        PACK.check(in(generated, state, false), AS_OF).forEach(f -> seen.add(f.ruleId()));
      }
    }
    assertTrue(
        seen.containsAll(
            Set.of(
                "states.ma.disclosable",
                "states.mn.gift-limit",
                "states.nj.meal-cap",
                "states.nj.services-cap",
                "states.vt.disclosure",
                "states.vt.disclosure-overdue",
                "states.vt.gift-ban",
                "states.vt.registration-missing")),
        seen.toString());
  }
}
