package dev.kamkit.rules.compliance.states;

import static dev.kamkit.rules.compliance.states.StatesFixture.check;
import static dev.kamkit.rules.compliance.states.StatesFixture.day;
import static dev.kamkit.rules.compliance.states.StatesFixture.fact;
import static dev.kamkit.rules.compliance.states.StatesFixture.list;
import static dev.kamkit.rules.compliance.states.StatesFixture.meal;
import static dev.kamkit.rules.compliance.states.StatesFixture.messages;
import static dev.kamkit.rules.compliance.states.StatesFixture.nature;
import static dev.kamkit.rules.compliance.states.StatesFixture.person;
import static dev.kamkit.rules.compliance.states.StatesFixture.share;
import static dev.kamkit.rules.compliance.states.StatesFixture.subjects;
import static dev.kamkit.rules.compliance.states.StatesFixture.transfer;
import static dev.kamkit.rules.compliance.states.StatesFixture.unrated;
import static dev.kamkit.rules.compliance.states.StatesFixture.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.Severity;
import dev.kamkit.rules.compliance.openpayments.UsdRate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Worked examples of Minnesota's $50 combined calendar-year gift limit (Minn. Stat. §151.461). */
class MinnesotaGiftLimitTest {
  private static final String RULE = "states.mn.gift-limit";
  private static final String SOURCE = "Minn. Stat. §151.461 (MN Board of Pharmacy FAQ)";

  @Test
  void fiftyDollarsCombinedIsWithinTheLimitAndOneCentMoreIsNot() {
    StatesFixture at =
        StatesFixture.in("MN")
            .physician("p")
            .pay("t1", "p", "2025-03-01", "30.00")
            .pay("t2", "p", "2025-06-01", "20.00", nature(NatureOfPayment.GIFT));
    assertEquals(List.of(), check(at.build(), "2025-12-31", RULE));

    at.pay("t3", "p", "2025-07-01", "0.01", nature(NatureOfPayment.ENTERTAINMENT));
    List<Finding> found = check(at.build(), "2025-12-31", RULE);
    assertEquals(1, found.size());
    assertEquals(Severity.ERROR, found.get(0).severity());
    assertEquals(List.of("p", "t1", "t2", "t3"), subjects(found.get(0)));
    assertEquals(SOURCE, found.get(0).source());
    assertEquals(
        Message.of(
            UsStatesCode.MN_GIFT_LIMIT,
            person("p"),
            usd("50.01"),
            Arg.year(2025),
            usd("50.00"),
            list(
                meal("t1", "30.00", "2025-03-01"),
                share("t2", NatureOfPayment.GIFT, "20.00", "2025-06-01"),
                share("t3", NatureOfPayment.ENTERTAINMENT, "0.01", "2025-07-01")),
            Arg.of(0),
            Arg.of(0),
            list()),
        found.get(0).message());
  }

  @Test
  void theLimitIsPerCalendarYear() {
    StatesFixture split =
        StatesFixture.in("MN")
            .physician("p")
            .pay("t1", "p", "2024-12-31", "40.00")
            .pay("t2", "p", "2025-01-01", "40.00");
    assertEquals(List.of(), check(split.build(), "2025-12-31", RULE));

    split.pay("t3", "p", "2025-12-31", "10.01");
    assertEquals(1, check(split.build(), "2025-12-31", RULE).size());
    assertEquals(
        List.of(),
        check(split.build(), "2025-12-30", RULE),
        "a transfer after asOf is not judged yet");
  }

  @Test
  void anOpenYearSaysSoFar() {
    StatesFixture over =
        StatesFixture.in("MN").physician("p").pay("t1", "p", "2025-03-01", "60.00");
    Message soFar = check(over.build(), "2025-12-30", RULE).get(0).message();
    assertEquals(UsStatesCode.MN_GIFT_LIMIT_SO_FAR, soFar.code());
    assertEquals(usd("60.00"), soFar.arg("total"));
    assertEquals(Arg.year(2025), soFar.arg("year"));
    Message closed = check(over.build(), "2025-12-31", RULE).get(0).message();
    assertEquals(UsStatesCode.MN_GIFT_LIMIT, closed.code());
    assertEquals(usd("60.00"), closed.arg("total"));
  }

  @Test
  void eachNatureThatCountsCountsAndPaymentsForServicesDoNot() {
    for (NatureOfPayment n : NatureOfPayment.values()) {
      StatesFixture one =
          StatesFixture.in("MN").physician("p").pay("t1", "p", "2025-03-01", "50.01", nature(n));
      assertEquals(
          Minnesota.GIFT_NATURES.contains(n) ? 1 : 0,
          check(one.build(), "2025-12-31", RULE).size(),
          n.name());
    }
    assertEquals(
        6, Minnesota.GIFT_NATURES.size(), "gift, entertainment, meals, travel, education, debt");
  }

  @Test
  void aTransferMarkedWithAnExceptionDoesNotCountButIsNamed() {
    StatesFixture marked =
        StatesFixture.in("MN")
            .physician("p")
            .pay("t1", "p", "2025-03-01", "40.00")
            .pay(
                "t2",
                "p",
                "2025-04-01",
                "40.00",
                fact(UsStatesFacts.MN_EXCEPTION, "samples for patients"));
    assertEquals(List.of(), check(marked.build(), "2025-12-31", RULE));
    marked.pay("t3", "p", "2025-05-01", "15.00");
    List<Finding> found = check(marked.build(), "2025-12-31", RULE);
    assertEquals(List.of("p", "t1", "t3"), subjects(found.get(0)));
    assertEquals(
        List.of(
            Message.of(
                UsStatesCode.MN_GIFT_LIMIT,
                person("p"),
                usd("55.00"),
                Arg.year(2025),
                usd("50.00"),
                list(meal("t1", "40.00", "2025-03-01"), meal("t3", "15.00", "2025-05-01")),
                Arg.of(0),
                Arg.of(1),
                list(
                    Arg.of(
                        Message.of(
                            UsStatesCode.MN_EXCEPTION,
                            transfer("t2"),
                            Arg.text("samples for patients")))))),
        messages(found));
  }

  @Test
  void aGroupMealCountsItsPerPersonShareForEachAttendee() {
    StatesFixture meal =
        StatesFixture.in("MN")
            .physician("a")
            .physician("b")
            .transfer(
                StatesFixture.tov("m1", "2025-05-05", "200.00 USD")
                    .addAttendees(StakeholderId.of("a"), StakeholderId.of("b"))
                    .headcount(4));
    assertEquals(List.of(), check(meal.build(), "2025-12-31", RULE), "$50.00 each");

    StatesFixture three =
        StatesFixture.in("MN")
            .physician("a")
            .physician("b")
            .transfer(
                StatesFixture.tov("m1", "2025-05-05", "200.00 USD")
                    .addAttendees(StakeholderId.of("a"), StakeholderId.of("b"))
                    .headcount(3));
    List<Finding> found = check(three.build(), "2025-12-31", RULE);
    assertEquals(2, found.size());
    assertEquals(list(meal("m1", "66.67", "2025-05-05")), found.get(0).message().arg("shares"));

    StatesFixture noHeadcount =
        StatesFixture.in("MN")
            .physician("a")
            .physician("b")
            .transfer(
                StatesFixture.tov("m1", "2025-05-05", "101.00 USD")
                    .addAttendees(StakeholderId.of("a"), StakeholderId.of("b")));
    assertEquals(
        usd("50.50"),
        check(noHeadcount.build(), "2025-12-31", RULE).get(0).message().arg("total"),
        "without a headcount the attendees share it");
  }

  @Test
  void theRecipientsSiteDecidesBeforeTheAccount() {
    StatesFixture siteElsewhere =
        StatesFixture.in("MN")
            .site("wi", Optional.of("WI"))
            .physicianAt("p", "wi")
            .pay("t1", "p", "2025-03-01", "60.00");
    assertEquals(List.of(), check(siteElsewhere.build(), "2025-12-31", RULE));

    StatesFixture siteInMinnesota =
        StatesFixture.in("NY")
            .site("mn", Optional.of("Minnesota"))
            .physicianAt("p", "mn")
            .pay("t1", "p", "2025-03-01", "60.00");
    assertEquals(1, check(siteInMinnesota.build(), "2025-12-31", RULE).size());

    StatesFixture siteWithoutRegion =
        StatesFixture.in(" mn ")
            .site("s", Optional.empty())
            .physicianAt("p", "s")
            .pay("t1", "p", "2025-03-01", "60.00");
    assertEquals(1, check(siteWithoutRegion.build(), "2025-12-31", RULE).size());
  }

  @Test
  void accountsAbroadOtherStatesAndOtherRecipientsGiveNoFinding() {
    assertEquals(
        List.of(),
        UsStatesPack.withDefaults()
            .check(
                StatesFixture.abroad("CA", "MN")
                    .physician("p")
                    .pay("t1", "p", "2025-03-01", "60.00")
                    .build(),
                LocalDate.of(2025, 12, 31)));
    assertEquals(
        List.of(),
        UsStatesPack.withDefaults()
            .check(
                StatesFixture.in("WI").physician("p").pay("t1", "p", "2025-03-01", "60.00").build(),
                LocalDate.of(2025, 12, 31)));
    assertEquals(
        List.of(),
        UsStatesPack.withDefaults()
            .check(
                StatesFixture.in("MN")
                    .buyer("b")
                    .pay("t1", "b", "2025-03-01", "60.00")
                    .transfer(
                        StatesFixture.tov("t2", "2025-03-01", "60.00 USD")
                            .organisation(AccountId.of("acc-1")))
                    .build(),
                LocalDate.of(2025, 12, 31)));
  }

  @Test
  void aDisabledStateIsNotJudged() {
    UsStatesPolicy off = UsStatesPolicy.builder().addDisabledState(UsState.MINNESOTA).build();
    StatesFixture over =
        StatesFixture.in("MN").physician("p").pay("t1", "p", "2025-03-01", "60.00");
    assertEquals(List.of(), check(off, over.build(), "2025-12-31", RULE));
    assertEquals(false, off.applies(UsState.MINNESOTA));
    assertEquals(true, off.applies(UsState.VERMONT));
  }

  @Test
  void otherCurrenciesAreConvertedAtTheHostsRate() {
    StatesFixture euros =
        StatesFixture.in("MN")
            .physician("p")
            .transfer(
                StatesFixture.tov("t1", "2025-03-01", "46.12 EUR")
                    .recipient(StakeholderId.of("p")));
    UsStatesPolicy rated =
        UsStatesPolicy.builder()
            .addUsdRate(UsdRate.of("EUR", LocalDate.of(2025, 1, 1), "1.0842"))
            .build();
    // 46.12 x 1.0842 = 50.003304, rounded half up to $50.00: within the limit
    assertEquals(List.of(), check(rated, euros.build(), "2025-12-31", RULE));
    euros.transfer(
        StatesFixture.tov("t2", "2025-03-02", "0.01 EUR").recipient(StakeholderId.of("p")));
    assertEquals(1, check(rated, euros.build(), "2025-12-31", RULE).size());

    List<Finding> noRate = check(euros.build(), "2025-12-31", "states.amount.no-usd-rate");
    assertEquals(2, noRate.size());
    assertEquals(List.of("t1"), subjects(noRate.get(0)));
    assertEquals(Severity.ERROR, noRate.get(0).severity());
    assertEquals(
        Message.of(
            UsStatesCode.NO_USD_RATE,
            transfer("t1"),
            Arg.of(Money.parse("46.12 EUR")),
            day("2025-03-01"),
            Arg.of(UsState.MINNESOTA),
            Arg.text("EUR"),
            Arg.year(2025)),
        noRate.get(0).message());
    assertEquals(List.of(), check(euros.build(), "2025-12-31", RULE));

    StatesFixture partly =
        StatesFixture.in("MN")
            .physician("p")
            .pay("t1", "p", "2025-03-01", "50.01")
            .transfer(
                StatesFixture.tov("t2", "2025-03-02", "5.00 EUR").recipient(StakeholderId.of("p")));
    Message found = check(partly.build(), "2025-12-31", RULE).get(0).message();
    assertEquals(usd("50.01"), found.arg("total"));
    assertEquals(Arg.of(1), found.arg("unrated"));
    assertEquals(
        list(
            meal("t1", "50.01", "2025-03-01"),
            unrated("t2", NatureOfPayment.FOOD_AND_BEVERAGE, "5.00 EUR", "2025-03-02")),
        found.arg("shares"));
  }
}
