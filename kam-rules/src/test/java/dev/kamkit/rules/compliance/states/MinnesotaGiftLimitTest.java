package dev.kamkit.rules.compliance.states;

import static dev.kamkit.rules.compliance.states.StatesFixture.attribute;
import static dev.kamkit.rules.compliance.states.StatesFixture.check;
import static dev.kamkit.rules.compliance.states.StatesFixture.nature;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.rules.compliance.openpayments.UsdRate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Worked examples of Minnesota's $50 combined calendar-year gift limit (Minn. Stat. §151.461). */
class MinnesotaGiftLimitTest {
  private static final String RULE = "states.mn.gift-limit";
  private static final String SOURCE = "(Minn. Stat. §151.461 (MN Board of Pharmacy FAQ))";

  @Test
  void fiftyDollarsCombinedIsWithinTheLimitAndOneCentMoreIsNot() {
    StatesFixture at =
        StatesFixture.in("MN")
            .physician("p")
            .pay("t1", "p", "2025-03-01", "30.00")
            .pay("t2", "p", "2025-06-01", "20.00", nature(NatureOfPayment.GIFT));
    assertEquals(List.of(), check(at.build(), "2025-12-31", RULE));

    at.pay("t3", "p", "2025-07-01", "0.01", nature(NatureOfPayment.ENTERTAINMENT));
    assertEquals(
        List.of(
            "ERROR states.mn.gift-limit [p, t1, t2, t3]: Dr p [p], practising in Minnesota,"
                + " received gifts from us worth $50.01 in 2025, over the $50.00 combined"
                + " calendar-year limit: t1 Food and Beverage $30.00 on 2025-03-01, t2 Gift $20.00"
                + " on 2025-06-01, t3 Entertainment $0.01 on 2025-07-01. "
                + SOURCE),
        check(at.build(), "2025-12-31", RULE));
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
    assertEquals(
        true, check(over.build(), "2025-12-30", RULE).get(0).contains("$60.00 in 2025 so far,"));
    assertEquals(
        true, check(over.build(), "2025-12-31", RULE).get(0).contains("$60.00 in 2025, over"));
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
                attribute(
                    StatesAttributes.MN_EXCEPTION, AttributeValue.text("samples for patients")));
    assertEquals(List.of(), check(marked.build(), "2025-12-31", RULE));
    marked.pay("t3", "p", "2025-05-01", "15.00");
    assertEquals(
        List.of(
            "ERROR states.mn.gift-limit [p, t1, t3]: Dr p [p], practising in Minnesota, received"
                + " gifts from us worth $55.00 in 2025, over the $50.00 combined calendar-year"
                + " limit: t1 Food and Beverage $40.00 on 2025-03-01, t3 Food and Beverage $15.00"
                + " on 2025-05-01. Not counted: t2 (exception: samples for patients). "
                + SOURCE),
        check(marked.build(), "2025-12-31", RULE));
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
    List<String> found = check(three.build(), "2025-12-31", RULE);
    assertEquals(2, found.size());
    assertEquals(true, found.get(0).contains("m1 Food and Beverage $66.67 on 2025-05-05"));

    StatesFixture noHeadcount =
        StatesFixture.in("MN")
            .physician("a")
            .physician("b")
            .transfer(
                StatesFixture.tov("m1", "2025-05-05", "101.00 USD")
                    .addAttendees(StakeholderId.of("a"), StakeholderId.of("b")));
    assertEquals(
        true,
        check(noHeadcount.build(), "2025-12-31", RULE).get(0).contains("$50.50"),
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

    List<String> noRate = check(euros.build(), "2025-12-31", "states.amount.no-usd-rate");
    assertEquals(2, noRate.size());
    assertEquals(
        "ERROR states.amount.no-usd-rate [t1]: The 46.12 EUR paid on 2025-03-01 has no USD rate,"
            + " so it cannot be held against the Minnesota limits: add a UsdRate for EUR effective"
            + " on or before 2025-03-01 in 2025 to the policy. (State limits are in US dollars:"
            + " Minn. Stat. §151.461 (MN Board of Pharmacy FAQ); M.G.L. c.111N; 105 CMR 970"
            + " (Crowell; Mondaq); N.J.A.C. 13:45J (Reed Smith 2018; Porzio; NJBIA))",
        noRate.get(0));
    assertEquals(List.of(), check(euros.build(), "2025-12-31", RULE));

    StatesFixture partly =
        StatesFixture.in("MN")
            .physician("p")
            .pay("t1", "p", "2025-03-01", "50.01")
            .transfer(
                StatesFixture.tov("t2", "2025-03-02", "5.00 EUR").recipient(StakeholderId.of("p")));
    String found = check(partly.build(), "2025-12-31", RULE).get(0);
    assertEquals(
        true,
        found.contains("$50.01 in 2025 (amounts without a USD rate not counted), over"),
        found);
    assertEquals(true, found.contains("t2 Food and Beverage 5.00 EUR (no USD rate) on 2025-03-02"));
  }
}
