package dev.kamkit.scoring.health;

import static dev.kamkit.model.account.ContractStatus.ACTIVE;
import static dev.kamkit.model.account.ContractStatus.ENDED;
import static dev.kamkit.model.account.ContractStatus.IN_APPROVAL;
import static dev.kamkit.model.account.ContractStatus.SIGNED;
import static dev.kamkit.scoring.health.Checks.DAYS;
import static dev.kamkit.scoring.health.Checks.END;
import static dev.kamkit.scoring.health.Checks.USD;
import static dev.kamkit.scoring.health.Checks.assertMessage;
import static dev.kamkit.scoring.health.Checks.assertNumber;
import static dev.kamkit.scoring.health.Checks.codes;
import static dev.kamkit.scoring.health.Checks.contract;
import static dev.kamkit.scoring.health.Checks.inForce;
import static dev.kamkit.scoring.health.Checks.money;
import static dev.kamkit.scoring.health.Checks.nested;
import static dev.kamkit.scoring.health.Checks.number;
import static dev.kamkit.scoring.health.Checks.subjects;
import static dev.kamkit.scoring.health.Fixtures.AS_OF;
import static dev.kamkit.scoring.health.Fixtures.LONG_AGO;
import static dev.kamkit.scoring.health.Fixtures.WINDOW_START;
import static dev.kamkit.scoring.health.Fixtures.bare;
import static dev.kamkit.scoring.health.Fixtures.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractKind;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
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
            Fixtures.contract("old", LONG_AGO, AS_OF.minusDays(1), ENDED, "1000.00"),
            Fixtures.contract("new", AS_OF.minusDays(100), AS_OF.plusDays(900), ACTIVE, "900.00"));
    ScoreComponent c = component(account, HealthIndicator.CONTRACT_VALUE);
    assertNumber("0.5", c.fulfilment());
    assertEquals(List.of("health.contract-value.declined"), codes(c.reasons()));
    assertMessage(
        c.reasons().get(0).message(),
        HealthCode.CONTRACT_VALUE_DECLINED,
        number("0.900000"),
        inForce("900.00", AS_OF, "new"),
        inForce("1000.00", WINDOW_START, "old"));
    assertEquals(Effect.RISK, c.reasons().get(0).effect());
    assertEquals(List.of("new", "old"), subjects(c.reasons().get(0)));
  }

  @Test
  void theTrendNamesEachContractOnceEvenWhenInForceOnBothDays() {
    KeyAccount account =
        contracts(
            Fixtures.contract("old", LONG_AGO, AS_OF.minusDays(1), ENDED, "50.00"),
            Fixtures.contract("both", LONG_AGO, HORIZON.plusDays(1), ACTIVE, "100.00"));
    ScoreComponent c = component(account, HealthIndicator.CONTRACT_VALUE);
    assertEquals(List.of("both", "old"), subjects(c.reasons().get(0)));
    assertMessage(
        c.reasons().get(0).message(),
        HealthCode.CONTRACT_VALUE_DECLINED,
        number("0.666667"),
        inForce("100.00", AS_OF, "both"),
        inForce("150.00", WINDOW_START, "both", "old"));
  }

  @Test
  void aContractStartingOnTheWindowsFirstDayCountsThen() {
    KeyAccount account =
        contracts(Fixtures.contract("c", WINDOW_START, HORIZON.plusDays(1), ACTIVE, "5.00"));
    ScoreComponent c = component(account, HealthIndicator.CONTRACT_VALUE);
    assertNumber("1", c.fulfilment());
    assertEquals(List.of("health.contract-value.on-track"), codes(c.reasons()));
  }

  @Test
  void newContractValueFromNothingIsFullCredit() {
    KeyAccount account =
        contracts(
            Fixtures.contract("c", WINDOW_START.plusDays(1), HORIZON.plusDays(1), SIGNED, "5.00"));
    ScoreComponent c = component(account, HealthIndicator.CONTRACT_VALUE);
    assertNumber("1", c.fulfilment());
    assertEquals(List.of("health.contract-value.new"), codes(c.reasons()));
    assertEquals(Effect.STRENGTH, c.reasons().get(0).effect());
    assertMessage(
        c.reasons().get(0).message(),
        HealthCode.CONTRACT_VALUE_NEW,
        inForce("5.00", AS_OF, "c"),
        inForce("0.00", WINDOW_START));
  }

  @Test
  void contractValueOfNothingInEitherPeriodIsAGap() {
    KeyAccount account =
        contracts(Fixtures.contract("zero", LONG_AGO, HORIZON.plusDays(1), ACTIVE, "0.00"));
    ScoreComponent c = component(account, HealthIndicator.CONTRACT_VALUE);
    assertNumber("0", c.fulfilment());
    Reason none = c.reasons().get(0);
    assertEquals("health.contract-value.none", none.code());
    assertEquals(Effect.GAP, none.effect());
    assertMessage(
        none.message(),
        HealthCode.CONTRACT_VALUE_NONE,
        inForce("0.00", AS_OF, "zero"),
        inForce("0.00", WINDOW_START, "zero"));
  }

  @Test
  void contractValueHeldLevelBelowAHigherFullMarkIsAGapNotADecline() {
    HealthPolicy growth =
        HealthPolicy.defaults()
            .withContractValueBand(TrendBand.of(new BigDecimal("0.80"), new BigDecimal("1.10")));
    KeyAccount account =
        contracts(Fixtures.contract("c", LONG_AGO, HORIZON.plusDays(1), ACTIVE, "5.00"));
    ScoreComponent c =
        HealthScorer.of(growth).score(account, AS_OF).component(HealthIndicator.CONTRACT_VALUE);
    assertNumber("0.666667", c.fulfilment());
    assertEquals(List.of("health.contract-value.below-target"), codes(c.reasons()));
    assertEquals(Effect.GAP, c.reasons().get(0).effect());
    assertMessage(
        c.reasons().get(0).message(),
        HealthCode.CONTRACT_VALUE_BELOW_TARGET,
        number("1.000000"),
        inForce("5.00", AS_OF, "c"),
        inForce("5.00", WINDOW_START, "c"));
  }

  @Test
  void contractValuesInAnotherCurrencyAreLeftOutWithAReason() {
    Contract euro =
        Fixtures.contract("eu", LONG_AGO, HORIZON.plusDays(1), ACTIVE, "1.00")
            .withValue(Money.of("700.00", "EUR"));
    ScoreComponent onlyEuro = component(contracts(euro), HealthIndicator.CONTRACT_VALUE);
    assertFalse(onlyEuro.applicable());
    assertEquals(
        List.of("health.contract-value.no-data", "health.contract-value.other-currency"),
        codes(onlyEuro.reasons()));
    assertMessage(onlyEuro.reasons().get(0).message(), HealthCode.CONTRACT_VALUE_NO_DATA, USD);
    assertEquals(List.of("a"), subjects(onlyEuro.reasons().get(0)));
    assertMessage(
        onlyEuro.reasons().get(1).message(),
        HealthCode.CONTRACT_VALUE_OTHER_CURRENCY,
        Arg.of(1),
        Arg.list(nested(HealthCode.CONTRACT_VALUED, contract("eu"), money("700.00 EUR"))),
        USD);
    assertEquals(List.of("eu"), subjects(onlyEuro.reasons().get(1)));
    KeyAccount mixed =
        contracts(euro, Fixtures.contract("us", LONG_AGO, HORIZON.plusDays(1), ACTIVE, "2.00"));
    ScoreComponent c = component(mixed, HealthIndicator.CONTRACT_VALUE);
    assertNumber("1", c.fulfilment());
    assertEquals(
        List.of("health.contract-value.on-track", "health.contract-value.other-currency"),
        codes(c.reasons()));
  }

  @Test
  void aContractInForceWithoutAValueIsNamedNotCountedSilently() {
    Contract unvalued =
        Fixtures.contract("nv", LONG_AGO, HORIZON.plusDays(1), ACTIVE, "1.00")
            .withValue(Optional.empty());
    KeyAccount account =
        contracts(unvalued, Fixtures.contract("c", LONG_AGO, HORIZON.plusDays(1), ACTIVE, "5.00"));
    ScoreComponent c = component(account, HealthIndicator.CONTRACT_VALUE);
    assertEquals(
        List.of("health.contract-value.on-track", "health.contract-value.unvalued"),
        codes(c.reasons()));
    assertMessage(
        c.reasons().get(1).message(),
        HealthCode.CONTRACT_VALUE_UNVALUED,
        Arg.of(1),
        Arg.list(contract("nv")));
  }

  @Test
  void anUnvaluedContractIsNamedOnlyWhenInForceOnEitherDay() {
    KeyAccount account =
        contracts(
            Fixtures.contract("c", LONG_AGO, HORIZON.plusDays(1), ACTIVE, "5.00"),
            Fixtures.contract("was", LONG_AGO, AS_OF.minusDays(1), ENDED, "1.00")
                .withValue(Optional.empty()),
            Fixtures.contract("gone", LONG_AGO, LONG_AGO.plusDays(10), ENDED, "1.00")
                .withValue(Optional.empty()));
    ScoreComponent c = component(account, HealthIndicator.CONTRACT_VALUE);
    assertMessage(
        c.reasons().get(1).message(),
        HealthCode.CONTRACT_VALUE_UNVALUED,
        Arg.of(1),
        Arg.list(contract("was")));
    assertEquals(List.of("was"), subjects(c.reasons().get(1)));
  }

  @Test
  void withoutContractsNeitherContractIndicatorApplies() {
    HealthResult result = scorer.score(bare("a"), AS_OF);
    ScoreComponent value = result.component(HealthIndicator.CONTRACT_VALUE);
    ScoreComponent renewal = result.component(HealthIndicator.RENEWAL);
    assertFalse(value.applicable());
    assertFalse(renewal.applicable());
    assertEquals(List.of("health.renewal.no-data"), codes(renewal.reasons()));
    assertMessage(renewal.reasons().get(0).message(), HealthCode.RENEWAL_NO_DATA);
    assertEquals(List.of("a"), subjects(renewal.reasons().get(0)));
  }

  @Test
  void aContractEndingOnTheLastDayOfTheNoticePeriodWithoutSuccessorIsUnrenewed() {
    KeyAccount account = contracts(Fixtures.contract("c", LONG_AGO, HORIZON, ACTIVE, "5.00"));
    ScoreComponent c = component(account, HealthIndicator.RENEWAL);
    assertNumber("0", c.fulfilment());
    assertEquals(List.of("health.renewal.unrenewed"), codes(c.reasons()));
    assertEquals(Effect.RISK, c.reasons().get(0).effect());
    assertMessage(
        c.reasons().get(0).message(),
        HealthCode.RENEWAL_UNRENEWED,
        contract("c"),
        Arg.of(HORIZON),
        Arg.of(180));
  }

  @Test
  void aContractNeverSignedIsNotDueForRenewal() {
    KeyAccount account =
        contracts(
            Fixtures.contract("draft", LONG_AGO, HORIZON, IN_APPROVAL, "5.00"),
            Fixtures.contract("no", LONG_AGO, HORIZON, ContractStatus.REJECTED, "5.00"));
    ScoreComponent c = component(account, HealthIndicator.RENEWAL);
    assertNumber("1", c.fulfilment());
    assertEquals(List.of("health.renewal.none-due"), codes(c.reasons()));
    assertMessage(
        c.reasons().get(0).message(), HealthCode.RENEWAL_NONE_DUE, DAYS, END, Arg.of(HORIZON));
  }

  @Test
  void aContractEndingTheDayAfterTheNoticePeriodIsNotDueYet() {
    KeyAccount account =
        contracts(Fixtures.contract("c", LONG_AGO, HORIZON.plusDays(1), ACTIVE, "5.00"));
    ScoreComponent c = component(account, HealthIndicator.RENEWAL);
    assertNumber("1", c.fulfilment());
    assertEquals(List.of("health.renewal.none-due"), codes(c.reasons()));
  }

  @Test
  void aContractThatEndedOnTheWindowsFirstDayWithoutSuccessorHasLapsed() {
    KeyAccount account =
        contracts(
            Fixtures.contract("gone", LONG_AGO, WINDOW_START, ENDED, "5.00"),
            Fixtures.contract("older", LONG_AGO, WINDOW_START.minusDays(1), ENDED, "5.00"));
    ScoreComponent c = component(account, HealthIndicator.RENEWAL);
    assertEquals(List.of("health.renewal.lapsed"), codes(c.reasons()));
    assertMessage(
        c.reasons().get(0).message(),
        HealthCode.RENEWAL_LAPSED,
        contract("gone"),
        Arg.of(WINDOW_START));
    assertEquals(List.of("gone"), subjects(c.reasons().get(0)));
  }

  @Test
  void aSignedSuccessorRenewsAndAPendingOneIsNamed() {
    Contract expiring =
        Fixtures.contract("c1", LONG_AGO, AS_OF.plusDays(30), ACTIVE, "5.00")
            .withProducts(ProductId.of(Fixtures.ONKO));
    Contract renewal =
        Fixtures.contract("c2", AS_OF.plusDays(31), AS_OF.plusDays(800), SIGNED, "6.00")
            .withProducts(ProductId.of(Fixtures.ONKO), ProductId.of(Fixtures.BRONCHO));
    ScoreComponent renewed = component(contracts(expiring, renewal), HealthIndicator.RENEWAL);
    assertNumber("1", renewed.fulfilment());
    assertEquals(List.of("health.renewal.renewed"), codes(renewed.reasons()));
    assertMessage(
        renewed.reasons().get(0).message(),
        HealthCode.RENEWAL_RENEWED,
        contract("c1"),
        Arg.of(AS_OF.plusDays(30)),
        contract("c2"));
    assertEquals(List.of("c1", "c2"), subjects(renewed.reasons().get(0)));
    ScoreComponent pending =
        component(contracts(expiring, renewal.withStatus(IN_APPROVAL)), HealthIndicator.RENEWAL);
    assertNumber("0", pending.fulfilment());
    assertEquals(List.of("health.renewal.unrenewed.pending"), codes(pending.reasons()));
    assertEquals(Effect.RISK, pending.reasons().get(0).effect());
    assertMessage(
        pending.reasons().get(0).message(),
        HealthCode.RENEWAL_UNRENEWED_PENDING,
        contract("c1"),
        Arg.of(AS_OF.plusDays(30)),
        Arg.of(30),
        contract("c2"),
        Arg.of(IN_APPROVAL));
    assertEquals(List.of("c1"), subjects(pending.reasons().get(0)));
  }

  @Test
  void aSuccessorMustCoverTheSameProductsOrKind() {
    Contract expiring =
        Fixtures.contract("c1", LONG_AGO, AS_OF.plusDays(30), ACTIVE, "5.00")
            .withProducts(ProductId.of(Fixtures.ONKO));
    Contract otherProduct =
        Fixtures.contract("c2", AS_OF.plusDays(31), AS_OF.plusDays(800), SIGNED, "6.00")
            .withProducts(ProductId.of(Fixtures.BRONCHO));
    Contract otherKind =
        Fixtures.contract("c3", AS_OF.plusDays(31), AS_OF.plusDays(800), SIGNED, "6.00")
            .withKind(ContractKind.GPO);
    ScoreComponent c =
        component(contracts(expiring, otherProduct, otherKind), HealthIndicator.RENEWAL);
    assertEquals(List.of("health.renewal.unrenewed"), codes(c.reasons()));
  }

  @Test
  void anUnrenewedContractHoldsAnOtherwiseGreenAccountAtAmber() {
    KeyAccount account =
        profile(
            Fixtures.healthy("a"),
            p ->
                p.addContracts(
                    Fixtures.contract("gpo", LONG_AGO, AS_OF.plusDays(60), ACTIVE, "1.00")
                        .withKind(ContractKind.GPO)));
    HealthResult result = scorer.score(account, AS_OF);
    assertEquals(RagStatus.AMBER, result.status());
    assertEquals(List.of("health.renewal.unrenewed"), codes(result.colourRules()));
    assertMessage(
        result.statusReason(),
        HealthCode.STATUS_HELD_AT_AMBER,
        number("85.00"),
        number("70"),
        Arg.list(
            nested(
                HealthCode.RENEWAL_UNRENEWED,
                contract("gpo"),
                Arg.of(AS_OF.plusDays(60)),
                Arg.of(60))));
    assertEquals(
        "held at amber although the score 85.00 is at least 70: Contract gpo ends on 2027-01-21,"
            + " in 60 days, without a signed successor",
        result.statusReason().toString());
  }

  @Test
  void aLapsedContractHoldsTheColourAtAmberToo() {
    KeyAccount account =
        profile(
            Fixtures.healthy("a"),
            p ->
                p.addContracts(
                    Fixtures.contract("gpo", LONG_AGO, AS_OF.minusDays(10), ENDED, "1.00")
                        .withKind(ContractKind.GPO)));
    HealthResult result = scorer.score(account, AS_OF);
    assertEquals(RagStatus.AMBER, result.status());
    assertEquals(List.of("health.renewal.lapsed"), codes(result.colourRules()));
    // it was still in force when the window opened, so contract value declined as well
    assertEquals(
        List.of("health.contract-value.declined", "health.renewal.lapsed"), codes(result.risks()));
  }

  @Test
  void aPendingRenewalDoesNotKeepTheColourGreen() {
    Contract gpo =
        Fixtures.contract("gpo", LONG_AGO, AS_OF.minusDays(10), ENDED, "1.00")
            .withKind(ContractKind.GPO);
    Contract draft =
        Fixtures.contract("gpo-2", AS_OF.minusDays(5), AS_OF.plusDays(700), IN_APPROVAL, "1.00")
            .withKind(ContractKind.GPO);
    KeyAccount account = profile(Fixtures.healthy("a"), p -> p.addContracts(gpo, draft));
    HealthResult result = scorer.score(account, AS_OF);
    assertEquals(RagStatus.AMBER, result.status());
    assertEquals(List.of("health.renewal.lapsed.pending"), codes(result.colourRules()));
    assertMessage(
        result.colourRules().get(0).message(),
        HealthCode.RENEWAL_LAPSED_PENDING,
        contract("gpo"),
        Arg.of(AS_OF.minusDays(10)),
        contract("gpo-2"),
        Arg.of(IN_APPROVAL));
    HealthPolicy lenient = HealthPolicy.defaults().withUnrenewedContractIsAtLeastAmber(false);
    assertTrue(HealthScorer.of(lenient).score(account, AS_OF).colourRules().isEmpty());
  }
}
