package dev.kamkit.rules.compliance.states;

import static dev.kamkit.rules.compliance.states.StatesFixture.attribute;
import static dev.kamkit.rules.compliance.states.StatesFixture.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.rules.compliance.ComplianceValidator;
import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.openpayments.UsdRate;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every state shares: the state decision, attributes, rates, the policy and the pack. */
class CommonFindingsTest {
  private static final String UNKNOWN = "states.jurisdiction.unknown";
  private static final String INVALID = "states.attribute.invalid";

  @Test
  void aUsAccountWithoutAStateSaysSoOnce() {
    StatesFixture none =
        StatesFixture.usWithoutRegion()
            .site("s", Optional.of("MN"))
            .physician("a")
            .physicianAt("b", "s")
            .buyer("c")
            .pay("t2", "a", "2025-03-01", "60.00")
            .pay("t1", "a", "2025-03-02", "60.00")
            .pay("t3", "b", "2025-03-02", "60.00")
            .pay("t4", "c", "2025-03-02", "60.00")
            .pay("t5", "a", "2026-01-01", "60.00");
    assertEquals(
        List.of(
            "WARNING states.jurisdiction.unknown [t1, t2]: Account acc-1 is in the US but records"
                + " no state (region) for the recipients of 2 transfer(s), on their site or on the"
                + " account, so no state rule was applied to them. Record the region of the account"
                + " or of the recipients' sites. (kamkit docs/compliance-us-states.md, which state"
                + " applies)"),
        check(none.build(), "2025-12-31", UNKNOWN));
    assertEquals(
        1, check(none.build(), "2025-12-31", "states.mn.gift-limit").size(), "b's site is in MN");
    assertEquals(
        List.of(),
        UsStatesPack.withDefaults()
            .check(
                StatesFixture.abroad("DE", "Bayern")
                    .physician("a")
                    .pay("t", "a", "2025-01-01", "9.00")
                    .build(),
                LocalDate.of(2025, 12, 31)));
  }

  @Test
  void unreadableAttributesAreFindingsAndCountAsAbsent() {
    StatesFixture bad =
        StatesFixture.in("NJ")
            .physician("a")
            .pay(
                "t1",
                "a",
                "2019-03-01",
                "10000.01",
                t ->
                    t.nature(NatureOfPayment.CONSULTING_FEE)
                        .putAttribute(
                            StatesAttributes.NJ_SERVICE_KIND, AttributeValue.text("lunch"))
                        .putAttribute(StatesAttributes.MN_EXCEPTION, AttributeValue.text(" "))
                        .putAttribute(StatesAttributes.VT_SAMPLE, AttributeValue.text("yes"))
                        .putAttribute(
                            StatesAttributes.MA_NON_CME_PRESENTATION, AttributeValue.number("1"))
                        .putAttribute(StatesAttributes.VT_PERMITTED_GIFT, AttributeValue.flag(true))
                        .putAttribute(
                            "states.nj.servicekind", AttributeValue.date(LocalDate.of(2019, 1, 1)))
                        .putAttribute("other.key", AttributeValue.text("ignored")));
    assertEquals(
        List.of(
            "ERROR states.attribute.invalid [t1]: Transfer t1: states.nj.servicekind is not a key"
                + " the state pack reads; known keys are states.mn.exception,"
                + " states.ma.nonCmePresentation, states.nj.serviceKind, states.vt.permittedGift,"
                + " states.vt.sample; states.nj.serviceKind \"lunch\" is not a known service kind;"
                + " use one of research, advisory-board, education-event-speaking;"
                + " states.mn.exception must be non-blank text, was the text \" \";"
                + " states.ma.nonCmePresentation must be a flag, was the number 1;"
                + " states.vt.permittedGift must be non-blank text, was the flag true;"
                + " states.vt.sample must be a flag, was the text \"yes\". The value is ignored"
                + " until corrected. (kamkit docs/compliance-us-states.md, attribute keys)"),
        check(bad.build(), "2019-12-31", INVALID));
    assertEquals(1, check(bad.build(), "2019-12-31", "states.nj.services-cap").size());
  }

  @Test
  void aGroupTransfersProblemsAreReportedOnce() {
    StatesFixture group =
        StatesFixture.in("MN")
            .physician("a")
            .physician("b")
            .transfer(
                StatesFixture.tov("m", "2025-03-01", "20.00 EUR")
                    .addAttendees(StakeholderId.of("a"), StakeholderId.of("b"))
                    .putAttribute("states.typo", AttributeValue.flag(true)));
    assertEquals(1, check(group.build(), "2025-12-31", INVALID).size());
    assertEquals(1, check(group.build(), "2025-12-31", "states.amount.no-usd-rate").size());
    assertTrue(
        check(group.build(), "2025-12-31", INVALID)
            .get(0)
            .contains("states.typo is not a key the state pack reads"));
  }

  @Test
  void statesAreReadFromCodesAndNames() {
    assertEquals(Optional.of(UsState.NEW_JERSEY), UsState.ofRegion(" new jersey "));
    assertEquals(Optional.of(UsState.VERMONT), UsState.ofRegion("vt"));
    assertEquals(Optional.of(UsState.MASSACHUSETTS), UsState.ofRegion("MASSACHUSETTS"));
    assertEquals(Optional.empty(), UsState.ofRegion("NY"));
    assertEquals(Optional.empty(), UsState.ofRegion("Minn"));
    assertEquals("MN", UsState.MINNESOTA.code());
    assertEquals("New Jersey", UsState.NEW_JERSEY.displayName());
    assertEquals(Optional.of(NjServiceKind.RESEARCH), NjServiceKind.ofCode(" Research"));
    assertEquals(Optional.empty(), NjServiceKind.ofCode("consulting"));
  }

  @Test
  void thePolicyConvertsLikeOpenPaymentsAndRefusesContradictions() {
    UsStatesPolicy policy =
        UsStatesPolicy.builder()
            .addUsdRate(UsdRate.of("EUR", LocalDate.of(2025, 1, 1), "1.0842"))
            .usdRounding(RoundingMode.DOWN)
            .build();
    assertEquals(
        Optional.of(Money.of("50.00", "USD")),
        policy.toUsd(Money.of("46.12", "EUR"), LocalDate.of(2025, 3, 1)));
    assertEquals(
        Optional.empty(), policy.toUsd(Money.of("46.12", "EUR"), LocalDate.of(2024, 12, 31)));
    assertEquals(
        Optional.of(Money.of("1.00", "USD")),
        policy.toUsd(Money.of("1.00", "USD"), LocalDate.of(2024, 12, 31)));
    assertThrows(
        InvalidModelException.class,
        () -> UsStatesPolicy.builder().usdRounding(RoundingMode.UNNECESSARY).build());
    UsdRate rate = UsdRate.of("EUR", LocalDate.of(2025, 1, 1), "1.0842");
    assertThrows(
        InvalidModelException.class,
        () -> UsStatesPolicy.builder().addUsdRates(rate, rate).build());
    assertEquals(
        Optional.of(StateLimits.NJ_MEAL_CAPS.get(1)), UsStatesPolicy.defaults().njMealCap(2019));
    assertEquals(Optional.empty(), UsStatesPolicy.defaults().njMealCap(2020));
    assertEquals(LocalDate.of(2026, 4, 1), StateLimits.vtDisclosureDue(2025));
  }

  @Test
  void thePackDescribesItselfAndPassesTheValidator() {
    UsStatesPack pack = UsStatesPack.withDefaults();
    assertEquals("states", pack.id());
    assertEquals("US state laws (MN, MA, NJ, VT)", pack.name());
    assertEquals(UsStatesPolicy.defaults(), pack.policy());
    assertEquals(13, pack.rules().size());
    assertTrue(
        pack.rules().stream().map(RuleDescriptor::id).allMatch(id -> id.startsWith("states.")));
    StatesFixture vt =
        StatesFixture.in("VT")
            .physician("a")
            .pay(
                "g",
                "a",
                "2025-02-01",
                "60.00",
                attribute(StatesAttributes.MN_EXCEPTION, AttributeValue.text("x")));
    assertEquals(
        List.of("states.vt.registration-missing", "states.vt.disclosure"),
        ComplianceValidator.of(List.of(pack))
            .validate(vt.build(), LocalDate.of(2025, 12, 31))
            .findings()
            .stream()
            .map(f -> f.ruleId())
            .toList());
    assertThrows(NullPointerException.class, () -> UsStatesPack.of(null));
  }

  @Test
  void findingsListTransfersByDateThenIdAndPeopleById() {
    StatesFixture reversed =
        StatesFixture.in("MN")
            .site("other", Optional.of("WI"))
            .site("mn", Optional.of("MN"))
            .physicianAt("b", "mn")
            .physician("a")
            .pay("t3", "a", "2025-05-01", "20.00")
            .pay("t2", "a", "2025-04-01", "20.00")
            .pay("t1", "a", "2025-04-01", "20.00")
            .transfer(
                StatesFixture.tov("m", "2025-06-01", "60.02 USD")
                    .nature(NatureOfPayment.GIFT)
                    .addAttendees(StakeholderId.of("b"), StakeholderId.of("a")));
    assertEquals(
        List.of(
            "ERROR states.mn.gift-limit [a, t1, t2, t3, m]: Dr a [a], practising in Minnesota,"
                + " received gifts from us worth $90.01 in 2025, over the $50.00 combined"
                + " calendar-year limit: t1 Food and Beverage $20.00 on 2025-04-01, t2 Food and"
                + " Beverage $20.00 on 2025-04-01, t3 Food and Beverage $20.00 on 2025-05-01, m"
                + " Gift $30.01 on 2025-06-01. (Minn. Stat. §151.461 (MN Board of Pharmacy FAQ))"),
        check(reversed.build(), "2025-12-31", "states.mn.gift-limit"));
    StatesFixture vt =
        StatesFixture.in("VT")
            .physician("b")
            .physician("a")
            .transfer(
                StatesFixture.tov("m", "2025-06-01", "60.00 USD")
                    .nature(NatureOfPayment.GIFT)
                    .addAttendees(StakeholderId.of("b"), StakeholderId.of("a")));
    assertTrue(
        check(vt.build(), "2025-12-31", "states.vt.gift-ban")
            .get(0)
            .startsWith(
                "ERROR states.vt.gift-ban [m, a, b]: m Gift $30.00 on 2025-06-01 went to"
                    + " Vermont healthcare professional(s) Dr a [a], Dr b [b]."));
  }

  @Test
  void theRecipientsOwnSiteDecides() {
    StatesFixture second =
        StatesFixture.in("NY")
            .site("mn", Optional.of("MN"))
            .site("wi", Optional.of("WI"))
            .physicianAt("p", "wi")
            .pay("t", "p", "2025-03-01", "60.00");
    assertEquals(List.of(), check(second.build(), "2025-12-31", "states.mn.gift-limit"));
  }

  @Test
  void anUnreadableFlagCountsAsFalse() {
    StatesFixture gift =
        StatesFixture.in("VT")
            .physician("a")
            .pay(
                "g",
                "a",
                "2025-02-01",
                "5.00",
                t ->
                    t.nature(NatureOfPayment.GIFT)
                        .putAttribute(
                            StatesAttributes.VT_SAMPLE,
                            AttributeValue.date(LocalDate.of(2025, 2, 1))));
    assertEquals(1, check(gift.build(), "2025-12-31", "states.vt.gift-ban").size());
    assertTrue(
        check(gift.build(), "2025-12-31", INVALID)
            .get(0)
            .contains("states.vt.sample must be a flag, was the date 2025-02-01."));
  }

  @Test
  void distinctRatesAndFiguresAreAccepted() {
    UsStatesPolicy policy =
        UsStatesPolicy.builder()
            .addUsdRates(
                UsdRate.of("EUR", LocalDate.of(2025, 1, 1), "1.08"),
                UsdRate.of("EUR", LocalDate.of(2025, 7, 1), "1.10"),
                UsdRate.of("GBP", LocalDate.of(2025, 1, 1), "1.25"))
            .build();
    assertEquals(
        Optional.of(Money.of("1.10", "USD")),
        policy.toUsd(Money.of("1.00", "EUR"), LocalDate.of(2025, 7, 1)));
  }
}
