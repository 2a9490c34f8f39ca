package dev.kamkit.rules.compliance.states;

import static dev.kamkit.rules.compliance.states.StatesFixture.attribute;
import static dev.kamkit.rules.compliance.states.StatesFixture.check;
import static dev.kamkit.rules.compliance.states.StatesFixture.nature;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.id.StakeholderId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of Massachusetts disclosure (c.111N; 105 CMR 970). */
class MassachusettsTest {
  private static final String DISCLOSABLE = "states.ma.disclosable";
  private static final String QUARTERLY = "states.ma.quarterly-meal-report";
  private static final String SOURCE = "(M.G.L. c.111N; 105 CMR 970 (Crowell; Mondaq))";

  @Test
  void fiftyDollarsIsNotDisclosedAndOneCentMoreIs() {
    StatesFixture fifty =
        StatesFixture.in("MA").physician("p").pay("t1", "p", "2025-03-01", "50.00");
    assertEquals(List.of(), check(fifty.build(), "2025-12-31", DISCLOSABLE));

    fifty.pay("t2", "p", "2025-04-01", "50.01", nature(NatureOfPayment.CONSULTING_FEE));
    assertEquals(
        List.of(
            "INFO states.ma.disclosable [p, t2]: Dr p [p], practising in Massachusetts: 1"
                + " payment(s) in 2025 of more than $50.00 each are to be disclosed: t2 Consulting"
                + " Fee $50.01 on 2025-04-01. Not disclosed, being $50.00 or less each (the"
                + " threshold is per transaction, not cumulative): t1 Food and Beverage $50.00 on"
                + " 2025-03-01. "
                + SOURCE),
        check(fifty.build(), "2025-12-31", DISCLOSABLE));
  }

  @Test
  void smallPaymentsAreNeverAddedUp() {
    StatesFixture many = StatesFixture.in("MA").physician("p");
    for (int i = 0; i < 10; i++) {
      many.pay("t" + i, "p", "2025-03-0" + (i % 9 + 1), "40.00");
    }
    assertEquals(List.of(), check(many.build(), "2025-12-31", DISCLOSABLE));
  }

  @Test
  void eachYearAndEachPractitionerHasItsOwnFinding() {
    StatesFixture two =
        StatesFixture.in("Massachusetts")
            .physician("a")
            .physician("b")
            .pay("t1", "a", "2024-12-31", "75.00")
            .pay("t2", "a", "2025-01-01", "75.00")
            .pay("t3", "b", "2025-01-01", "1000.00");
    List<String> found = check(two.build(), "2025-12-31", DISCLOSABLE);
    assertEquals(3, found.size());
    assertEquals(
        true,
        found
            .get(0)
            .startsWith(
                "INFO states.ma.disclosable [a, t1]: Dr a [a], practising in"
                    + " Massachusetts: 1 payment(s) in 2024"),
        found.get(0));
    assertEquals(
        true, found.get(0).endsWith("t1 Food and Beverage $75.00 on 2024-12-31. " + SOURCE));
  }

  @Test
  void judgedFromJuly2009() {
    StatesFixture early =
        StatesFixture.in("MA").physician("p").pay("t1", "p", "2009-06-30", "100.00");
    assertEquals(List.of(), check(early.build(), "2009-12-31", DISCLOSABLE));
    early.pay("t2", "p", "2009-07-01", "100.00");
    List<String> found = check(early.build(), "2009-12-31", DISCLOSABLE);
    assertEquals(1, found.size());
    assertEquals(true, found.get(0).contains("[p, t2]"), found.get(0));
  }

  @Test
  void aGroupMealIsJudgedPerPerson() {
    StatesFixture meal =
        StatesFixture.in("MA")
            .physician("a")
            .physician("b")
            .transfer(
                StatesFixture.tov("m1", "2025-05-05", "100.02 USD")
                    .addAttendees(StakeholderId.of("a"), StakeholderId.of("b")));
    assertEquals(2, check(meal.build(), "2025-12-31", DISCLOSABLE).size(), "$50.01 each");
  }

  @Test
  void aMealAtANonCmePresentationGoesInItsQuartersReport() {
    StatesFixture meals =
        StatesFixture.in("MA")
            .physician("a")
            .physician("b")
            .transfer(
                StatesFixture.tov("m1", "2025-03-31", "60.00 USD")
                    .addAttendees(StakeholderId.of("a"), StakeholderId.of("b"))
                    .headcount(3)
                    .putAttribute(
                        StatesAttributes.MA_NON_CME_PRESENTATION, AttributeValue.flag(true)))
            .pay(
                "m2",
                "a",
                "2025-04-01",
                "18.00",
                attribute(StatesAttributes.MA_NON_CME_PRESENTATION, AttributeValue.flag(true)))
            .pay(
                "m3",
                "a",
                "2025-12-31",
                "18.00",
                attribute(StatesAttributes.MA_NON_CME_PRESENTATION, AttributeValue.flag(true)))
            .pay(
                "m4",
                "a",
                "2025-05-01",
                "18.00",
                attribute(StatesAttributes.MA_NON_CME_PRESENTATION, AttributeValue.flag(false)))
            .pay(
                "c1",
                "a",
                "2025-05-02",
                "18.00",
                t ->
                    t.nature(NatureOfPayment.GIFT)
                        .putAttribute(
                            StatesAttributes.MA_NON_CME_PRESENTATION, AttributeValue.flag(true)));
    List<String> found = check(meals.build(), "2025-12-31", QUARTERLY);
    assertEquals(
        List.of(
            "INFO states.ma.quarterly-meal-report [m1, a, b]: Meal m1 on 2025-03-31 at a non-CME"
                + " presentation, $20.00 per person, to Massachusetts practitioner(s) Dr a [a], Dr"
                + " b [b], goes in the report for 2025 Q1. (105 CMR 970 as amended in 2012, §2A"
                + " (Mondaq))",
            "INFO states.ma.quarterly-meal-report [m2, a]: Meal m2 on 2025-04-01 at a non-CME"
                + " presentation, $18.00 per person, to Massachusetts practitioner(s) Dr a [a],"
                + " goes in the report for 2025 Q2. (105 CMR 970 as amended in 2012, §2A"
                + " (Mondaq))",
            "INFO states.ma.quarterly-meal-report [m3, a]: Meal m3 on 2025-12-31 at a non-CME"
                + " presentation, $18.00 per person, to Massachusetts practitioner(s) Dr a [a],"
                + " goes in the report for 2025 Q4. (105 CMR 970 as amended in 2012, §2A"
                + " (Mondaq))"),
        found);
  }

  @Test
  void quarterlyMealReportsStartIn2012() {
    StatesFixture meals =
        StatesFixture.in("MA")
            .physician("a")
            .pay(
                "m1",
                "a",
                "2011-12-31",
                "18.00",
                attribute(StatesAttributes.MA_NON_CME_PRESENTATION, AttributeValue.flag(true)))
            .pay(
                "m2",
                "a",
                "2012-01-01",
                "18.00",
                attribute(StatesAttributes.MA_NON_CME_PRESENTATION, AttributeValue.flag(true)));
    List<String> found = check(meals.build(), "2012-12-31", QUARTERLY);
    assertEquals(1, found.size());
    assertEquals(true, found.get(0).contains("[m2, a]: Meal m2 on 2012-01-01"), found.get(0));
  }
}
