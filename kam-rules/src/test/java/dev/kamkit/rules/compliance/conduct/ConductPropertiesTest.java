package dev.kamkit.rules.compliance.conduct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountProfile;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.KamGenerator;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.compliance.ComplianceValidator;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.PackFacts;
import dev.kamkit.rules.compliance.openpayments.UsdRate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Properties of the conduct pack over generated accounts (fixed seeds): the order of records never
 * changes the findings, the same data always gives the same findings, and findings only accumulate
 * as the day checked moves on or as payments are added.
 */
class ConductPropertiesTest {
  private static final LocalDate AS_OF = SeedAccounts.AS_OF;

  /** A low company meal cap, so that generated meals are judged against it. */
  private static final Money MEAL_CAP = Money.parse("20.00 USD");

  /**
   * Rates for the generators' currencies in the generated years, so items and meals are judged, and
   * a meal cap.
   */
  private static final ConductPack PACK =
      ConductPack.of(
          ConductPolicy.builder()
              .mealCapPerPerson(MEAL_CAP)
              .addUsdRate(UsdRate.of("EUR", LocalDate.of(2025, 1, 1), "1.08"))
              .addUsdRate(UsdRate.of("EUR", LocalDate.of(2026, 1, 1), "1.10"))
              .addUsdRate(UsdRate.of("GBP", LocalDate.of(2026, 1, 1), "1.27"))
              .build());

  private static <T> List<T> shuffled(List<T> values, int rotation) {
    List<T> out = new ArrayList<>(values);
    Collections.reverse(out);
    if (!out.isEmpty()) {
      Collections.rotate(out, rotation % out.size());
    }
    return out;
  }

  private static KeyAccount reordered(KeyAccount a, int rotation) {
    Account account = a.account();
    AccountProfile profile =
        AccountProfile.builder()
            .from(account.profile())
            .contracts(shuffled(account.profile().contracts(), rotation))
            .build();
    return KeyAccount.builder()
        .from(a)
        .account(Account.builder().from(account).profile(profile).build())
        .interactions(shuffled(a.interactions(), rotation))
        .transfersOfValue(shuffled(a.transfersOfValue(), rotation + 1))
        .serviceAgreements(shuffled(a.serviceAgreements(), rotation + 2))
        .build();
  }

  /** What a finding is about, leaving out the wording that names other records. */
  private static Set<String> keys(List<Finding> findings) {
    Set<String> keys = new TreeSet<>();
    findings.forEach(f -> keys.add(f.ruleId() + " " + f.subjects().get(0).value()));
    return keys;
  }

  @Test
  void theOrderOfRecordsNeverChangesTheFindings() {
    qt().withFixedSeed(2_020_1116L)
        .withExamples(40)
        .forAll(
            PackFacts.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE),
            integers().between(0, 50))
        .checkAssert(
            (account, rotation) ->
                assertEquals(
                    PACK.check(account, AS_OF), PACK.check(reordered(account, rotation), AS_OF)));
  }

  @Test
  void theSameDataAlwaysGivesTheSameFindingsAndEveryRuleIsCatalogued() {
    ComplianceValidator validator = ComplianceValidator.of(List.of(PACK));
    qt().withFixedSeed(2_022_0101L)
        .withExamples(40)
        .forAll(PackFacts.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE))
        .checkAssert(
            account -> {
              List<Finding> once = PACK.check(account, AS_OF);
              assertEquals(once, PACK.check(KeyAccount.copyOf(account), AS_OF));
              // the validator throws for a rule missing from the catalogue
              assertEquals(once.size(), validator.validate(account, AS_OF).findings().size());
              assertTrue(once.stream().noneMatch(f -> f.subjects().isEmpty()));
            });
  }

  @Test
  void findingsOnlyAccumulateAsTheDayCheckedMovesOn() {
    qt().withFixedSeed(2_021_0119L)
        .withExamples(40)
        .forAll(
            PackFacts.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE),
            integers().between(0, 800),
            integers().between(0, 400))
        .checkAssert(
            (account, back, step) -> {
              LocalDate earlier = AS_OF.minusDays(back);
              LocalDate later = earlier.plusDays(step);
              Set<String> before = keys(PACK.check(account, earlier));
              Set<String> after = keys(PACK.check(account, later));
              assertTrue(
                  after.containsAll(before),
                  () ->
                      "lost "
                          + difference(before, after)
                          + " between "
                          + earlier
                          + " and "
                          + later);
            });
  }

  @Test
  void droppingPaymentsNeverAddsAFinding() {
    qt().withFixedSeed(1_001_952L)
        .withExamples(40)
        .forAll(
            PackFacts.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE),
            integers().between(2, 5))
        .checkAssert(
            (account, every) -> {
              List<TransferOfValue> kept = new ArrayList<>();
              for (int i = 0; i < account.transfersOfValue().size(); i++) {
                if (i % every != 0) {
                  kept.add(account.transfersOfValue().get(i));
                }
              }
              Set<String> all = keys(PACK.check(account, AS_OF));
              Set<String> fewer = keys(PACK.check(account.withTransfersOfValue(kept), AS_OF));
              assertTrue(all.containsAll(fewer), () -> "added " + difference(all, fewer));
            });
  }

  @Test
  void generatedAccountsExerciseEveryRuleSoThePropertiesAreNotVacuous() {
    Set<String> found = new TreeSet<>();
    for (long seed = 0; seed < 40; seed++) {
      KeyAccount account =
          KamGenerator.seeded(seed).keyAccount(AccountSize.values()[(int) (seed % 3)]);
      // without rates, so that the rules about missing ones fire too
      ConductPack.of(ConductPolicy.builder().mealCapPerPerson(MEAL_CAP).build())
          .check(account, AS_OF)
          .forEach(f -> found.add(f.ruleId()));
    }
    Set<String> all = new TreeSet<>();
    PACK.rules().forEach(r -> all.add(r.id()));
    assertEquals(all, found);
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }
}
