package dev.kamkit.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.Severity;
import dev.kamkit.rules.compliance.efpia.EfpiaPack;
import dev.kamkit.rules.compliance.efpia.EfpiaRules;
import dev.kamkit.rules.compliance.france.FranceCode;
import dev.kamkit.rules.compliance.france.FrancePack;
import dev.kamkit.rules.compliance.france.FranceRules;
import dev.kamkit.rules.compliance.uk.UkCode;
import dev.kamkit.rules.compliance.uk.UkPack;
import dev.kamkit.rules.compliance.uk.UkRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample's French and English accounts show the scenes their javadoc tells: each finding by its
 * rule, its subjects and its arguments.
 */
class SampleEuropeTest {

  /**
   * CHU Val-de-Seine: every advantage is published, the congress hospitality is declared, the fee
   * above 800 EUR a half-day is authorised, and only the third impromptu lunch of 2026, undeclared,
   * is an error.
   */
  @Test
  void theFrenchCentreLeavesOnlyTheThirdImpromptuLunchUndeclared() {
    List<Finding> findings =
        FrancePack.withDefaults().check(account(SampleFrenchCentre.ID), SeedAccounts.AS_OF);
    List<Finding> errors = errors(findings);
    assertEquals(1, errors.size(), findings::toString);
    Finding lunch = errors.get(0);
    assertEquals(FranceRules.NOT_NEGLIGIBLE.id(), lunch.ruleId());
    assertEquals(
        List.of(
            SampleFrenchCentre.DR_ROUSSEL, TransferOfValueId.of("chu-vds-tov-impromptu-lunch-3")),
        lunch.subjects());
    Message why = lunch.message();
    assertEquals(FranceCode.NOT_NEGLIGIBLE_IMPROMPTU_MEALS, why.code());
    assertEquals(Arg.of(Money.of("26.80", "EUR")), why.arg("amount"));
    assertEquals(Arg.of(2), why.arg("allowed"));
    assertEquals(FranceCode.ROUTE_DECLARATION, ((Arg.Nested) why.arg("route")).value().code());
    // registration, nights, dinners, the fee and the three lunches, each 10 EUR or more
    assertEquals(
        7, findings.stream().filter(f -> f.ruleId().equals(FranceRules.PUBLISH.id())).count());
  }

  /**
   * Severnvale: consent and legitimate interests are recorded where they are needed, the finance
   * director is disclosed as a decision maker, and the registrar, with no basis, is the one error.
   */
  @Test
  void theNhsTrustLacksOnlyTheRegistrarsLawfulBasis() {
    KeyAccount trust = account(SampleNhsTrust.ID);
    List<Finding> findings = UkPack.withDefaults().check(trust, SeedAccounts.AS_OF);
    List<Finding> missing =
        findings.stream()
            .filter(f -> f.ruleId().equals(UkRules.LAWFUL_BASIS_MISSING.id()))
            .toList();
    assertEquals(1, missing.size(), findings::toString);
    List<KamId> subjects =
        List.of(
            SampleNhsTrust.REGISTRAR,
            TransferOfValueId.of("svh-tov-registrar-registration"),
            TransferOfValueId.of("svh-tov-registrar-travel"));
    assertEquals(subjects, missing.get(0).subjects());
    assertEquals(UkCode.LAWFUL_BASIS_MISSING_HCP, missing.get(0).message().code());
    // the default policy has no submission day: the one other error, about configuration
    assertEquals(
        List.of(UkRules.LAWFUL_BASIS_MISSING.id(), UkRules.SUBMISSION_DAY_MISSING.id()),
        errors(findings).stream().map(Finding::ruleId).toList());
    assertEquals(
        0,
        findings.stream().filter(f -> f.ruleId().equals(UkRules.OUT_OF_SCOPE.id())).count(),
        "the finance director is a decision maker");
    // the EFPIA Disclosure Code covers HCPs and HCOs only
    List<Finding> efpia =
        EfpiaPack.withDefaults().check(trust, SeedAccounts.AS_OF).stream()
            .filter(f -> f.ruleId().equals(EfpiaRules.OUT_OF_SCOPE.id()))
            .toList();
    assertEquals(1, efpia.size());
    assertEquals(
        List.of(SampleNhsTrust.FINANCE, TransferOfValueId.of("svh-tov-finance-advisory-fee")),
        efpia.get(0).subjects());
  }

  private static List<Finding> errors(List<Finding> findings) {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  private static KeyAccount account(AccountId id) {
    return SamplePortfolio.portfolio().accounts().stream()
        .filter(a -> a.id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
