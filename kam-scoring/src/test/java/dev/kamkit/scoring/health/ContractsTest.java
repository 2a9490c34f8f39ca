package dev.kamkit.scoring.health;

import static dev.kamkit.model.account.ContractStatus.ACTIVE;
import static dev.kamkit.model.account.ContractStatus.ENDED;
import static dev.kamkit.model.account.ContractStatus.IN_APPROVAL;
import static dev.kamkit.model.account.ContractStatus.SIGNED;
import static dev.kamkit.scoring.health.Checks.assertNumber;
import static dev.kamkit.scoring.health.Checks.codes;
import static dev.kamkit.scoring.health.Checks.subjects;
import static dev.kamkit.scoring.health.Fixtures.AS_OF;
import static dev.kamkit.scoring.health.Fixtures.LONG_AGO;
import static dev.kamkit.scoring.health.Fixtures.WINDOW_START;
import static dev.kamkit.scoring.health.Fixtures.bare;
import static dev.kamkit.scoring.health.Fixtures.contract;
import static dev.kamkit.scoring.health.Fixtures.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractKind;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.RagStatus;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.ScoreComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract value in force and contract renewal. */
class ContractsTest {
  private static final LocalDate HORIZON = AS_OF.plusDays(180);

  private final HealthScorer scorer = HealthScorer.withDefaults();

  private static KeyAccount contracts(Contract... contracts) {
    return profile(bare("a"), p -> p.addContracts(contracts));
  }

  private ScoreComponent component(KeyAccount account, HealthIndicator indicator) {
    return scorer.score(account, AS_OF).component(indicator);
  }

  @Test
  void contractValueComparesTheScoringDayWithTheWindowsStart() {
    KeyAccount account =
        contracts(
            contract("old", LONG_AGO, AS_OF.minusDays(1), ENDED, "1000.00"),
            contract("new", AS_OF.minusDays(100), AS_OF.plusDays(900), ACTIVE, "900.00"));
    ScoreComponent c = component(account, HealthIndicator.CONTRACT_VALUE);
    assertNumber("0.5", c.fulfilment());
    assertEquals(List.of("health.contract-value.declined"), codes(c.reasons()));
    assertEquals(
        "Contract value in force: 90.0% of the period before, 900.00 USD on 2026-11-22"
            + " (Contract new) against 1000.00 USD on 2026-05-26 (Contract old)",
        c.reasons().get(0).message().toString());
    assertEquals(List.of("new", "old"), subjects(c.reasons().get(0)));
  }

  @Test
  void theTrendNamesEachContractOnceEvenWhenInForceOnBothDays() {
    KeyAccount account =
        contracts(
            contract("old", LONG_AGO, AS_OF.minusDays(1), ENDED, "50.00"),
            contract("both", LONG_AGO, HORIZON.plusDays(1), ACTIVE, "100.00"));
    ScoreComponent c = component(account, HealthIndicator.CONTRACT_VALUE);
    assertEquals(List.of("both", "old"), subjects(c.reasons().get(0)));
  }

  @Test
  void aContractStartingOnTheWindowsFirstDayCountsThen() {
    KeyAccount account =
        contracts(contract("c", WINDOW_START, HORIZON.plusDays(1), ACTIVE, "5.00"));
    ScoreComponent c = component(account, HealthIndicator.CONTRACT_VALUE);
    assertNumber("1", c.fulfilment());
    assertEquals(List.of("health.contract-value.on-track"), codes(c.reasons()));
  }

  @Test
  void newContractValueFromNothingIsFullCredit() {
    KeyAccount account =
        contracts(contract("c", WINDOW_START.plusDays(1), HORIZON.plusDays(1), SIGNED, "5.00"));
    ScoreComponent c = component(account, HealthIndicator.CONTRACT_VALUE);
    assertNumber("1", c.fulfilment());
    assertEquals(List.of("health.contract-value.new"), codes(c.reasons()));
    assertEquals(Effect.STRENGTH, c.reasons().get(0).effect());
    assertEquals(
        "Contract value in force: up from nothing, 5.00 USD on 2026-11-22 (Contract c) against"
            + " 0.00 USD on 2026-05-26",
        c.reasons().get(0).message().toString());
  }

  @Test
  void contractValueOfNothingInEitherPeriodIsAGap() {
    KeyAccount account = contracts(contract("zero", LONG_AGO, HORIZON.plusDays(1), ACTIVE, "0.00"));
    ScoreComponent c = component(account, HealthIndicator.CONTRACT_VALUE);
    assertNumber("0", c.fulfilment());
    Reason none = c.reasons().get(0);
    assertEquals("health.contract-value.none", none.code());
    assertEquals(Effect.GAP, none.effect());
    assertEquals(
        "Contract value in force: nothing in either period, 0.00 USD on 2026-11-22 (Contract"
            + " zero) against 0.00 USD on 2026-05-26 (Contract zero)",
        none.message().toString());
  }

  @Test
  void contractValueHeldLevelBelowAHigherFullMarkIsAGapNotADecline() {
    HealthPolicy growth =
        HealthPolicy.defaults()
            .withContractValueBand(TrendBand.of(new BigDecimal("0.80"), new BigDecimal("1.10")));
    KeyAccount account = contracts(contract("c", LONG_AGO, HORIZON.plusDays(1), ACTIVE, "5.00"));
    ScoreComponent c =
        HealthScorer.of(growth).score(account, AS_OF).component(HealthIndicator.CONTRACT_VALUE);
    assertNumber("0.666667", c.fulfilment());
    assertEquals(List.of("health.contract-value.below-target"), codes(c.reasons()));
    assertEquals(Effect.GAP, c.reasons().get(0).effect());
  }

  @Test
  void contractValuesInAnotherCurrencyAreLeftOutWithAReason() {
    Contract euro =
        contract("eu", LONG_AGO, HORIZON.plusDays(1), ACTIVE, "1.00")
            .withValue(Money.of("700.00", "EUR"));
    ScoreComponent onlyEuro = component(contracts(euro), HealthIndicator.CONTRACT_VALUE);
    assertFalse(onlyEuro.applicable());
    assertEquals(
        List.of("health.contract-value.no-data", "health.contract-value.other-currency"),
        codes(onlyEuro.reasons()));
    assertEquals(
        "Left out, never converted: Contract eu (700.00 EUR) is not in USD",
        onlyEuro.reasons().get(1).message().toString());
    KeyAccount mixed =
        contracts(euro, contract("us", LONG_AGO, HORIZON.plusDays(1), ACTIVE, "2.00"));
    ScoreComponent c = component(mixed, HealthIndicator.CONTRACT_VALUE);
    assertNumber("1", c.fulfilment());
    assertEquals(
        List.of("health.contract-value.on-track", "health.contract-value.other-currency"),
        codes(c.reasons()));
  }

  @Test
  void aContractInForceWithoutAValueIsNamedNotCountedSilently() {
    Contract unvalued =
        contract("nv", LONG_AGO, HORIZON.plusDays(1), ACTIVE, "1.00").withValue(Optional.empty());
    KeyAccount account =
        contracts(unvalued, contract("c", LONG_AGO, HORIZON.plusDays(1), ACTIVE, "5.00"));
    ScoreComponent c = component(account, HealthIndicator.CONTRACT_VALUE);
    assertEquals(
        List.of("health.contract-value.on-track", "health.contract-value.unvalued"),
        codes(c.reasons()));
    assertEquals(
        "No value is recorded for Contract nv, so it adds nothing",
        c.reasons().get(1).message().toString());
  }

  @Test
  void anUnvaluedContractIsNamedOnlyWhenInForceOnEitherDay() {
    KeyAccount account =
        contracts(
            contract("c", LONG_AGO, HORIZON.plusDays(1), ACTIVE, "5.00"),
            contract("was", LONG_AGO, AS_OF.minusDays(1), ENDED, "1.00")
                .withValue(Optional.empty()),
            contract("gone", LONG_AGO, LONG_AGO.plusDays(10), ENDED, "1.00")
                .withValue(Optional.empty()));
    ScoreComponent c = component(account, HealthIndicator.CONTRACT_VALUE);
    assertEquals(
        "No value is recorded for Contract was, so it adds nothing",
        c.reasons().get(1).message().toString());
    assertEquals(List.of("was"), subjects(c.reasons().get(1)));
  }

  @Test
  void withoutContractsNeitherContractIndicatorApplies() {
    HealthResult result = scorer.score(bare("a"), AS_OF);
    ScoreComponent value = result.component(HealthIndicator.CONTRACT_VALUE);
    ScoreComponent renewal = result.component(HealthIndicator.RENEWAL);
    assertFalse(value.applicable());
    assertFalse(renewal.applicable());
    assertEquals(
        "No contracts are recorded: record contracts with their end dates to measure renewal",
        renewal.reasons().get(0).message().toString());
  }

  @Test
  void aContractEndingOnTheLastDayOfTheNoticePeriodWithoutSuccessorIsUnrenewed() {
    KeyAccount account = contracts(contract("c", LONG_AGO, HORIZON, ACTIVE, "5.00"));
    ScoreComponent c = component(account, HealthIndicator.RENEWAL);
    assertNumber("0", c.fulfilment());
    assertEquals(List.of(Renewals.UNRENEWED), codes(c.reasons()));
    assertEquals(Effect.RISK, c.reasons().get(0).effect());
    assertEquals(
        "Contract c ends on 2027-05-21, in 180 days, without a signed successor",
        c.reasons().get(0).message().toString());
  }

  @Test
  void aContractNeverSignedIsNotDueForRenewal() {
    KeyAccount account =
        contracts(
            contract("draft", LONG_AGO, HORIZON, IN_APPROVAL, "5.00"),
            contract("no", LONG_AGO, HORIZON, ContractStatus.REJECTED, "5.00"));
    ScoreComponent c = component(account, HealthIndicator.RENEWAL);
    assertNumber("1", c.fulfilment());
    assertEquals(List.of("health.renewal.none-due"), codes(c.reasons()));
  }

  @Test
  void aContractEndingTheDayAfterTheNoticePeriodIsNotDueYet() {
    KeyAccount account = contracts(contract("c", LONG_AGO, HORIZON.plusDays(1), ACTIVE, "5.00"));
    ScoreComponent c = component(account, HealthIndicator.RENEWAL);
    assertNumber("1", c.fulfilment());
    assertEquals(List.of("health.renewal.none-due"), codes(c.reasons()));
  }

  @Test
  void aContractThatEndedOnTheWindowsFirstDayWithoutSuccessorHasLapsed() {
    KeyAccount account =
        contracts(
            contract("gone", LONG_AGO, WINDOW_START, ENDED, "5.00"),
            contract("older", LONG_AGO, WINDOW_START.minusDays(1), ENDED, "5.00"));
    ScoreComponent c = component(account, HealthIndicator.RENEWAL);
    assertEquals(List.of(Renewals.LAPSED), codes(c.reasons()));
    assertEquals(
        "Contract gone ended on 2026-05-26 without a successor contract",
        c.reasons().get(0).message().toString());
  }

  @Test
  void aSignedSuccessorRenewsAndAPendingOneIsNamed() {
    Contract expiring =
        contract("c1", LONG_AGO, AS_OF.plusDays(30), ACTIVE, "5.00")
            .withProducts(ProductId.of(Fixtures.ONKO));
    Contract renewal =
        contract("c2", AS_OF.plusDays(31), AS_OF.plusDays(800), SIGNED, "6.00")
            .withProducts(ProductId.of(Fixtures.ONKO), ProductId.of(Fixtures.BRONCHO));
    ScoreComponent renewed = component(contracts(expiring, renewal), HealthIndicator.RENEWAL);
    assertNumber("1", renewed.fulfilment());
    assertEquals(
        "Contract c1 ends on 2026-12-22 and is renewed by Contract c2",
        renewed.reasons().get(0).message().toString());
    ScoreComponent pending =
        component(contracts(expiring, renewal.withStatus(IN_APPROVAL)), HealthIndicator.RENEWAL);
    assertNumber("0", pending.fulfilment());
    assertEquals(
        "Contract c1 ends on 2026-12-22, in 30 days, without a signed successor; its renewal"
            + " Contract c2 is in approval",
        pending.reasons().get(0).message().toString());
  }

  @Test
  void aSuccessorMustCoverTheSameProductsOrKind() {
    Contract expiring =
        contract("c1", LONG_AGO, AS_OF.plusDays(30), ACTIVE, "5.00")
            .withProducts(ProductId.of(Fixtures.ONKO));
    Contract otherProduct =
        contract("c2", AS_OF.plusDays(31), AS_OF.plusDays(800), SIGNED, "6.00")
            .withProducts(ProductId.of(Fixtures.BRONCHO));
    Contract otherKind =
        contract("c3", AS_OF.plusDays(31), AS_OF.plusDays(800), SIGNED, "6.00")
            .withKind(ContractKind.GPO);
    ScoreComponent c =
        component(contracts(expiring, otherProduct, otherKind), HealthIndicator.RENEWAL);
    assertEquals(List.of(Renewals.UNRENEWED), codes(c.reasons()));
  }

  @Test
  void anUnrenewedContractHoldsAnOtherwiseGreenAccountAtAmber() {
    KeyAccount account =
        profile(
            Fixtures.healthy("a"),
            p ->
                p.addContracts(
                    contract("gpo", LONG_AGO, AS_OF.plusDays(60), ACTIVE, "1.00")
                        .withKind(ContractKind.GPO)));
    HealthResult result = scorer.score(account, AS_OF);
    assertEquals(RagStatus.AMBER, result.status());
    assertEquals(List.of(Renewals.UNRENEWED), codes(result.colourRules()));
    assertEquals(
        "held at amber although the score 85.00 is at least 70: Contract gpo ends on 2027-01-21,"
            + " in 60 days, without a signed successor",
        result.statusReason());
  }

  @Test
  void aLapsedContractHoldsTheColourAtAmberToo() {
    KeyAccount account =
        profile(
            Fixtures.healthy("a"),
            p ->
                p.addContracts(
                    contract("gpo", LONG_AGO, AS_OF.minusDays(10), ENDED, "1.00")
                        .withKind(ContractKind.GPO)));
    HealthResult result = scorer.score(account, AS_OF);
    assertEquals(RagStatus.AMBER, result.status());
    assertEquals(List.of(Renewals.LAPSED), codes(result.colourRules()));
    // it was still in force when the window opened, so contract value declined as well
    assertEquals(List.of("health.contract-value.declined", Renewals.LAPSED), codes(result.risks()));
  }
}
