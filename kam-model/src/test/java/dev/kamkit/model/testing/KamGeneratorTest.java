package dev.kamkit.model.testing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.base.FactKey;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.stakeholder.HcpIdentity;
import dev.kamkit.model.stakeholder.Npi;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.TeamFunction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.generators.Generate;

/** Properties of {@link KamGenerator}: valid, within its promised sizes, deterministic. */
class KamGeneratorTest {

  @Test
  void factsForGivenKeysLeaveEverythingElseAsGeneratedWithout() {
    qt().withFixedSeed(19)
        .withExamples(20)
        .forAll(KamGens.seeds())
        .checkAssert(
            seed -> {
              KeyAccount plain = KamGenerator.seeded(seed).keyAccount(AccountSize.SMALL_CLINIC);
              KeyAccount withFacts = withSomeFacts(seed).keyAccount(AccountSize.SMALL_CLINIC);
              assertEquals(plain.account(), withFacts.account().withFacts(List.of()));
              for (int i = 0; i < plain.stakeholders().size(); i++) {
                Stakeholder s = withFacts.stakeholders().get(i);
                assertEquals(plain.stakeholders().get(i), s.withFacts(List.of()));
                s.facts().forEach(f -> assertTrue(keyIn(f.key(), 3, 6), f.toString()));
              }
              for (int i = 0; i < plain.transfersOfValue().size(); i++) {
                TransferOfValue t = withFacts.transfersOfValue().get(i);
                assertEquals(plain.transfersOfValue().get(i), t.withFacts(List.of()));
              }
              withFacts.account().facts().forEach(f -> assertTrue(keyIn(f.key(), 0, 3)));
              assertEquals(withFacts, withSomeFacts(seed).keyAccount(AccountSize.SMALL_CLINIC));
            });
  }

  @Test
  void givingNoKeysMakesNoFacts() {
    KeyAccount account =
        KamGenerator.seeded(3)
            .withTransferFacts(KamGeneratorCoverageTest.FACT_KEYS)
            .withTransferFacts(List.of())
            .keyAccount(AccountSize.COMMUNITY_HOSPITAL);
    assertTrue(account.transfersOfValue().stream().allMatch(t -> t.facts().isEmpty()));
    assertEquals(account, KamGenerator.seeded(3).keyAccount(AccountSize.COMMUNITY_HOSPITAL));
  }

  private static KamGenerator withSomeFacts(long seed) {
    return KamGenerator.seeded(seed)
        .withAccountFacts(KamGeneratorCoverageTest.FACT_KEYS.subList(0, 3))
        .withStakeholderFacts(KamGeneratorCoverageTest.FACT_KEYS.subList(3, 6))
        .withTransferFacts(KamGeneratorCoverageTest.FACT_KEYS);
  }

  private static boolean keyIn(FactKey<?> key, int from, int to) {
    return KamGeneratorCoverageTest.FACT_KEYS.subList(from, to).contains(key);
  }

  @ParameterizedTest
  @EnumSource(AccountSize.class)
  void everyAccountOfEverySizeBuildsWithinTheSizesRanges(AccountSize size) {
    qt().withFixedSeed(11)
        .withExamples(size == AccountSize.LARGE_IDN ? 3 : 30)
        .forAll(KamGens.seeds())
        .checkAssert(
            seed -> {
              KeyAccount account = KamGenerator.seeded(seed).keyAccount(size);
              List<Site> sites = account.account().sites();
              assertAll(
                  () -> within("sites", sites.size(), size.minSites(), size.maxSites()),
                  () ->
                      sites.forEach(
                          site ->
                              within(
                                  "units of " + site.id(),
                                  site.clinicalUnits().size(),
                                  size.minUnitsPerSite(),
                                  size.maxUnitsPerSite())),
                  () ->
                      within(
                          "stakeholders",
                          account.stakeholders().size(),
                          size.minStakeholders(),
                          size.maxStakeholders()),
                  () -> within("team", account.team().size(), size.minTeam(), size.maxTeam()),
                  () ->
                      within(
                          "products",
                          account.products().size(),
                          size.minProducts(),
                          size.maxProducts()),
                  () ->
                      within(
                          "interactions",
                          account.interactions().size(),
                          size.minInteractions(),
                          size.maxInteractions()),
                  () ->
                      within(
                          "transfers",
                          account.transfersOfValue().size(),
                          size.minTransfers(),
                          size.maxTransfers()),
                  () ->
                      assertTrue(
                          account.products().stream().anyMatch(p -> !p.competitor()),
                          "at least one product of ours"));
            });
  }

  @Test
  void everyTeamHasAnActiveKeyAccountManagerAndAnActiveMedicalMember() {
    qt().withFixedSeed(12)
        .withExamples(40)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE))
        .checkAssert(
            account ->
                assertAll(
                    () ->
                        assertTrue(
                            account.team().stream()
                                .anyMatch(
                                    m ->
                                        m.leftOn().isEmpty()
                                            && m.function() == TeamFunction.KEY_ACCOUNT_MANAGER)),
                    () ->
                        assertTrue(
                            account.team().stream()
                                .anyMatch(
                                    m ->
                                        m.leftOn().isEmpty()
                                            && m.division() == Division.MEDICAL))));
  }

  @Test
  void sameSeedGivesEqualValuesWithEqualHashCodes() {
    // large accounts have their own test: thirty of them would slow the build down
    qt().withFixedSeed(13)
        .withExamples(15)
        .forAll(KamGens.seeds(), Generate.range(0, 2))
        .checkAssert(
            (seed, size) -> {
              KamGenerator left = KamGenerator.seeded(seed);
              KamGenerator right = KamGenerator.seeded(seed);
              KeyAccount account = left.keyAccount(AccountSize.values()[size]);
              assertEqualWithHash(account, right.keyAccount(AccountSize.values()[size]));
              List<AccountSize> sizes = List.of(AccountSize.SMALL_CLINIC, AccountSize.SMALL_CLINIC);
              assertEqualWithHash(left.portfolio(sizes), right.portfolio(sizes));
              assertEqualWithHash(left.stakeholder(), right.stakeholder());
              assertEqualWithHash(left.stakeholderFor(account), right.stakeholderFor(account));
              assertEqualWithHash(left.relationshipFor(account), right.relationshipFor(account));
              assertEqualWithHash(left.interactionFor(account), right.interactionFor(account));
              assertEqualWithHash(
                  left.transferOfValueFor(account), right.transferOfValueFor(account));
              assertEqualWithHash(left.planFor(account), right.planFor(account));
              assertEqualWithHash(left.teamMember(), right.teamMember());
              assertEqualWithHash(left.product(), right.product());
              assertEqualWithHash(
                  left.account(AccountSize.COMMUNITY_HOSPITAL),
                  right.account(AccountSize.COMMUNITY_HOSPITAL));
              assertEqualWithHash(left.money(), right.money());
              assertEqualWithHash(left.npi(), right.npi());
              assertEqualWithHash(left.idText(), right.idText());
            });
  }

  @Test
  void equalSeedsGiveEqualLargeAccounts() {
    KeyAccount left = KamGenerator.seeded(21).keyAccount(AccountSize.LARGE_IDN);
    KeyAccount right = KamGenerator.seeded(21).keyAccount(AccountSize.LARGE_IDN);
    assertEqualWithHash(left, right);
  }

  @Test
  void differentSeedsGiveDifferentValues() {
    Set<KeyAccount> accounts = new HashSet<>();
    Set<Object> parts = new HashSet<>();
    for (long seed = 0; seed < 50; seed++) {
      KamGenerator generator = KamGenerator.seeded(seed);
      accounts.add(generator.keyAccount(AccountSize.SMALL_CLINIC));
      parts.add(generator.stakeholder());
    }
    assertEquals(50, accounts.size(), "50 seeds, 50 distinct accounts");
    assertEquals(50, parts.size(), "50 seeds, 50 distinct stakeholders");
    assertNotEquals(KamGenerator.seeded(1).portfolio(2), KamGenerator.seeded(2).portfolio(2));
  }

  @Test
  void theNthValueDependsOnlyOnTheSeedAndN() {
    KamGenerator left = KamGenerator.seeded(5);
    KamGenerator right = KamGenerator.seeded(5);
    left.keyAccount(AccountSize.ACADEMIC_MEDICAL_CENTRE);
    right.npi();
    assertEquals(
        left.keyAccount(AccountSize.COMMUNITY_HOSPITAL),
        right.keyAccount(AccountSize.COMMUNITY_HOSPITAL));
  }

  @Test
  void successiveValuesOfOneGeneratorDiffer() {
    KamGenerator generator = KamGenerator.seeded(6);
    assertNotEquals(
        generator.keyAccount(AccountSize.SMALL_CLINIC),
        generator.keyAccount(AccountSize.SMALL_CLINIC));
  }

  @Test
  void generatorsFromEqualRandomsAreEqual() {
    assertEquals(
        KamGenerator.from(new Random(9)).keyAccount(),
        KamGenerator.from(new Random(9)).keyAccount());
    assertEquals(
        KamGenerator.from(new SplittableRandom(9)).keyAccount(),
        KamGenerator.from(new SplittableRandom(9)).keyAccount());
    assertEquals(new Random(9).nextLong(), KamGenerator.from(new Random(9)).seed());
  }

  @Test
  void datesLieAroundTheReferenceDate() {
    LocalDate today = LocalDate.of(2031, 3, 15);
    qt().withFixedSeed(14)
        .withExamples(20)
        .forAll(KamGens.seeds())
        .checkAssert(
            seed -> {
              KamGenerator generator = KamGenerator.seeded(seed, today);
              assertEquals(today, generator.referenceDate());
              KeyAccount account = generator.keyAccount(AccountSize.COMMUNITY_HOSPITAL);
              for (Interaction interaction : account.interactions()) {
                assertTrue(
                    !interaction.date().isBefore(today.minusYears(2))
                        && !interaction.date().isAfter(today.plusDays(60)),
                    interaction.toString());
              }
              for (TransferOfValue transfer : account.transfersOfValue()) {
                assertTrue(!transfer.date().isAfter(today), transfer.toString());
              }
            });
  }

  @Test
  void healthcareProfessionalsInAnAccountHaveDistinctValidNpis() {
    qt().withFixedSeed(15)
        .withExamples(30)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE))
        .checkAssert(
            account -> {
              List<String> npis =
                  account.stakeholders().stream()
                      .flatMap(s -> s.hcp().flatMap(HcpIdentity::npi).stream())
                      .map(Npi::value)
                      .toList();
              npis.forEach(npi -> assertTrue(Npi.isValid(npi), npi));
              assertEquals(npis.size(), new HashSet<>(npis).size(), "NPIs repeat");
            });
  }

  @Test
  void reportingLinesRunUpTheHierarchy() {
    qt().withFixedSeed(16)
        .withExamples(30)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE))
        .checkAssert(
            account -> {
              for (Stakeholder person : account.stakeholders()) {
                person
                    .reportsTo()
                    .ifPresent(
                        boss ->
                            assertTrue(
                                account
                                        .stakeholders()
                                        .indexOf(account.stakeholder(boss).orElseThrow())
                                    < account.stakeholders().indexOf(person),
                                person.id() + " reports to someone generated after them"));
              }
            });
  }

  @Test
  void portfoliosKeepHierarchiesInsideThemAndShareProductsAndTeam() {
    int inside = 0;
    int shared = 0;
    for (long seed = 0; seed < 12; seed++) {
      Portfolio portfolio = KamGenerator.seeded(seed).portfolio(4);
      assertEquals(4, portfolio.accounts().size());
      Set<Object> ids = new HashSet<>();
      for (KeyAccount account : portfolio.accounts()) {
        assertTrue(ids.add(account.id()), "account ids are unique");
        if (account.account().parent().flatMap(portfolio::account).isPresent()) {
          inside++;
        }
      }
      Set<Object> products = new HashSet<>();
      for (KeyAccount account : portfolio.accounts()) {
        for (var product : account.products()) {
          if (!products.add(product.id())) {
            shared++;
          }
        }
      }
    }
    assertTrue(inside > 0, "some accounts sit under an IDN of their portfolio");
    assertTrue(shared > 0, "some products appear in several accounts");
  }

  @Test
  void portfoliosOfGivenSizesKeepTheirOrder() {
    List<AccountSize> sizes =
        List.of(AccountSize.LARGE_IDN, AccountSize.COMMUNITY_HOSPITAL, AccountSize.SMALL_CLINIC);
    Portfolio portfolio = KamGenerator.seeded(17).portfolio(sizes);
    List<Integer> counts = new ArrayList<>();
    portfolio.accounts().forEach(a -> counts.add(a.stakeholders().size()));
    within("IDN", counts.get(0), 250, 450);
    within("hospital", counts.get(1), 15, 40);
    within("clinic", counts.get(2), 4, 8);
  }

  @Test
  void largeAccountsHaveThousandsOfEngagements() {
    KeyAccount idn = KamGenerator.seeded(19).keyAccount(AccountSize.LARGE_IDN);
    ToIntFunction<KeyAccount> engagements =
        a -> a.interactions().size() + a.transfersOfValue().size();
    assertTrue(engagements.applyAsInt(idn) >= 1800);
    assertTrue(idn.relationships().size() > idn.stakeholders().size());
  }

  private static void assertEqualWithHash(Object left, Object right) {
    assertEquals(left, right);
    assertEquals(left.hashCode(), right.hashCode());
  }

  private static void within(String what, int count, int min, int max) {
    assertTrue(
        count >= min && count <= max, what + ": " + count + " is outside " + min + ".." + max);
  }
}
