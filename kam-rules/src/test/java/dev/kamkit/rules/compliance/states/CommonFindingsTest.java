package dev.kamkit.rules.compliance.states;

import static dev.kamkit.rules.compliance.states.StatesFixture.check;
import static dev.kamkit.rules.compliance.states.StatesFixture.fact;
import static dev.kamkit.rules.compliance.states.StatesFixture.list;
import static dev.kamkit.rules.compliance.states.StatesFixture.meal;
import static dev.kamkit.rules.compliance.states.StatesFixture.messages;
import static dev.kamkit.rules.compliance.states.StatesFixture.people;
import static dev.kamkit.rules.compliance.states.StatesFixture.person;
import static dev.kamkit.rules.compliance.states.StatesFixture.share;
import static dev.kamkit.rules.compliance.states.StatesFixture.subjects;
import static dev.kamkit.rules.compliance.states.StatesFixture.transfer;
import static dev.kamkit.rules.compliance.states.StatesFixture.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.rules.compliance.ComplianceValidator;
import dev.kamkit.rules.compliance.FactProblems;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.Severity;
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

  private static Arg problem(UsStatesCode code, Arg... args) {
    return Arg.of(Message.of(code, args));
  }

  private static Arg was(UsStatesCode code, String key, Message value) {
    return problem(code, Arg.text(key), Arg.of(value));
  }

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
    List<Finding> unknown = check(none.build(), "2025-12-31", UNKNOWN);
    assertEquals(
        List.of(List.of("t1", "t2")), unknown.stream().map(StatesFixture::subjects).toList());
    assertEquals(Severity.WARNING, unknown.get(0).severity());
    assertEquals("kamkit docs/compliance-us-states.md", unknown.get(0).source());
    assertEquals(
        List.of(
            Message.of(
                UsStatesCode.JURISDICTION_UNKNOWN,
                Arg.of(StatesFixture.ACCOUNT, "Lakeside Clinic"),
                Arg.of(2))),
        messages(unknown));
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
                            UsStatesFacts.NJ_SERVICE_KIND.name(), AttributeValue.text("lunch"))
                        .putAttribute(UsStatesFacts.MN_EXCEPTION.name(), AttributeValue.text(" "))
                        .putAttribute(UsStatesFacts.VT_SAMPLE.name(), AttributeValue.text("yes"))
                        .putAttribute(
                            UsStatesFacts.MA_NON_CME_PRESENTATION.name(),
                            AttributeValue.number("1"))
                        .putAttribute(
                            UsStatesFacts.VT_PERMITTED_GIFT.name(), AttributeValue.flag(true))
                        .putAttribute(
                            "states.nj.servicekind", AttributeValue.date(LocalDate.of(2019, 1, 1)))
                        .putAttribute("other.key", AttributeValue.text("ignored")));
    List<Finding> invalid = check(bad.build(), "2019-12-31", INVALID);
    assertEquals(List.of(List.of("t1")), invalid.stream().map(StatesFixture::subjects).toList());
    assertEquals(Severity.ERROR, invalid.get(0).severity());
    assertEquals("kamkit docs/compliance-us-states.md, facts", invalid.get(0).source());
    assertEquals(
        List.of(
            Message.of(
                UsStatesCode.ATTRIBUTE_INVALID,
                transfer("t1"),
                list(
                    FactProblems.moved("states.ma.nonCmePresentation"),
                    FactProblems.moved("states.mn.exception"),
                    FactProblems.moved("states.nj.serviceKind"),
                    FactProblems.unknown("states.nj.servicekind", UsStatesFacts.KEYS),
                    FactProblems.moved("states.vt.permittedGift"),
                    FactProblems.moved("states.vt.sample")))),
        messages(invalid));
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
    assertEquals(
        Arg.list(List.of(FactProblems.unknown("states.typo", UsStatesFacts.KEYS))),
        check(group.build(), "2025-12-31", INVALID).get(0).message().arg("problems"));
  }

  @Test
  void unknownKeysAreListedInKeyOrderWhateverTheirOrderOnTheTransfer() {
    StatesFixture typos =
        StatesFixture.in("MN")
            .physician("a")
            .transfer(
                StatesFixture.tov("t", "2025-03-01", "20.00 USD")
                    .recipient(StakeholderId.of("a"))
                    .putAttribute("states.zz", AttributeValue.flag(true))
                    .putAttribute("states.aa", AttributeValue.flag(true)));
    assertEquals(
        Arg.list(
            List.of(
                FactProblems.unknown("states.aa", UsStatesFacts.KEYS),
                FactProblems.unknown("states.zz", UsStatesFacts.KEYS))),
        check(typos.build(), "2025-12-31", INVALID).get(0).message().arg("problems"));
  }

  @Test
  void statesAreReadFromCodesAndNames() {
    assertEquals(Optional.of(UsState.NEW_JERSEY), UsState.ofRegion(" new jersey "));
    assertEquals(Optional.of(UsState.VERMONT), UsState.ofRegion("vt"));
    assertEquals(Optional.of(UsState.MASSACHUSETTS), UsState.ofRegion("MASSACHUSETTS"));
    assertEquals(Optional.empty(), UsState.ofRegion("NY"));
    assertEquals(Optional.empty(), UsState.ofRegion("Minn"));
    assertEquals("MN", UsState.MINNESOTA.code());
    assertEquals("New Jersey", Messages.english().name(UsState.NEW_JERSEY));
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
    assertEquals("US state laws (MN, MA, NJ, VT)", pack.name().toString());
    assertEquals(UsStatesPolicy.defaults(), pack.policy());
    assertEquals(13, pack.rules().size());
    assertTrue(
        pack.rules().stream().map(RuleDescriptor::id).allMatch(id -> id.startsWith("states.")));
    StatesFixture vt =
        StatesFixture.in("VT")
            .physician("a")
            .pay("g", "a", "2025-02-01", "60.00", fact(UsStatesFacts.MN_EXCEPTION, "x"));
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
    List<Finding> mn = check(reversed.build(), "2025-12-31", "states.mn.gift-limit");
    assertEquals(
        List.of(List.of("a", "t1", "t2", "t3", "m")),
        mn.stream().map(StatesFixture::subjects).toList());
    assertEquals(
        List.of(
            list(
                meal("t1", "20.00", "2025-04-01"),
                meal("t2", "20.00", "2025-04-01"),
                meal("t3", "20.00", "2025-05-01"),
                share("m", NatureOfPayment.GIFT, "30.01", "2025-06-01"))),
        mn.stream().map(f -> f.message().arg("shares")).toList());
    assertEquals(usd("90.01"), mn.get(0).message().arg("total"));
    assertEquals(person("a"), mn.get(0).message().arg("person"));
    StatesFixture vt =
        StatesFixture.in("VT")
            .physician("b")
            .physician("a")
            .transfer(
                StatesFixture.tov("m", "2025-06-01", "60.00 USD")
                    .nature(NatureOfPayment.GIFT)
                    .addAttendees(StakeholderId.of("b"), StakeholderId.of("a")));
    Finding ban = check(vt.build(), "2025-12-31", "states.vt.gift-ban").get(0);
    assertEquals(List.of("m", "a", "b"), subjects(ban));
    assertEquals(
        Message.of(
            UsStatesCode.VT_GIFT_BAN,
            share("m", NatureOfPayment.GIFT, "30.00", "2025-06-01"),
            Arg.of(2),
            people("a", "b")),
        ban.message());
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
                            UsStatesFacts.VT_SAMPLE.name(),
                            AttributeValue.date(LocalDate.of(2025, 2, 1))));
    assertEquals(1, check(gift.build(), "2025-12-31", "states.vt.gift-ban").size());
    assertEquals(
        list(FactProblems.moved("states.vt.sample")),
        check(gift.build(), "2025-12-31", INVALID).get(0).message().arg("problems"));
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
