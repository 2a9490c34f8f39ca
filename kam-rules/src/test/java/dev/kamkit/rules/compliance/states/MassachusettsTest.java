package dev.kamkit.rules.compliance.states;

import static dev.kamkit.rules.compliance.states.StatesFixture.check;
import static dev.kamkit.rules.compliance.states.StatesFixture.day;
import static dev.kamkit.rules.compliance.states.StatesFixture.fact;
import static dev.kamkit.rules.compliance.states.StatesFixture.list;
import static dev.kamkit.rules.compliance.states.StatesFixture.meal;
import static dev.kamkit.rules.compliance.states.StatesFixture.messages;
import static dev.kamkit.rules.compliance.states.StatesFixture.nature;
import static dev.kamkit.rules.compliance.states.StatesFixture.people;
import static dev.kamkit.rules.compliance.states.StatesFixture.person;
import static dev.kamkit.rules.compliance.states.StatesFixture.share;
import static dev.kamkit.rules.compliance.states.StatesFixture.subjects;
import static dev.kamkit.rules.compliance.states.StatesFixture.transfer;
import static dev.kamkit.rules.compliance.states.StatesFixture.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.Fact;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of Massachusetts disclosure (c.111N; 105 CMR 970). */
class MassachusettsTest {
  private static final String DISCLOSABLE = "states.ma.disclosable";
  private static final String QUARTERLY = "states.ma.quarterly-meal-report";
  private static final String SOURCE = "M.G.L. c.111N; 105 CMR 970 (Crowell; Mondaq)";

  /** The quarterly report line of a meal of {@code usd} per person to {@code people}. */
  private static Message quarterly(
      String meal, String date, String usd, int quarter, String... people) {
    return Message.of(
        UsStatesCode.MA_QUARTERLY_MEAL_REPORT,
        transfer(meal),
        day(date),
        usd(usd),
        Arg.of(people.length),
        people(people),
        Arg.year(LocalDate.parse(date).getYear()),
        Arg.of(quarter));
  }

  @Test
  void fiftyDollarsIsNotDisclosedAndOneCentMoreIs() {
    StatesFixture fifty =
        StatesFixture.in("MA").physician("p").pay("t1", "p", "2025-03-01", "50.00");
    assertEquals(List.of(), check(fifty.build(), "2025-12-31", DISCLOSABLE));

    fifty.pay("t2", "p", "2025-04-01", "50.01", nature(NatureOfPayment.CONSULTING_FEE));
    List<Finding> found = check(fifty.build(), "2025-12-31", DISCLOSABLE);
    assertEquals(1, found.size());
    assertEquals(Severity.INFO, found.get(0).severity());
    assertEquals(List.of("p", "t2"), subjects(found.get(0)));
    assertEquals(SOURCE, found.get(0).source());
    assertEquals(
        Message.of(
            UsStatesCode.MA_DISCLOSABLE,
            person("p"),
            Arg.of(1),
            Arg.year(2025),
            usd("50.00"),
            list(share("t2", NatureOfPayment.CONSULTING_FEE, "50.01", "2025-04-01")),
            Arg.of(1),
            list(meal("t1", "50.00", "2025-03-01"))),
        found.get(0).message());
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
    List<Finding> found = check(two.build(), "2025-12-31", DISCLOSABLE);
    assertEquals(3, found.size());
    assertEquals(List.of("a", "t1"), subjects(found.get(0)));
    assertEquals(
        Message.of(
            UsStatesCode.MA_DISCLOSABLE,
            person("a"),
            Arg.of(1),
            Arg.year(2024),
            usd("50.00"),
            list(meal("t1", "75.00", "2024-12-31")),
            Arg.of(0),
            list()),
        found.get(0).message());
  }

  @Test
  void judgedFromJuly2009() {
    StatesFixture early =
        StatesFixture.in("MA").physician("p").pay("t1", "p", "2009-06-30", "100.00");
    assertEquals(List.of(), check(early.build(), "2009-12-31", DISCLOSABLE));
    early.pay("t2", "p", "2009-07-01", "100.00");
    List<Finding> found = check(early.build(), "2009-12-31", DISCLOSABLE);
    assertEquals(1, found.size());
    assertEquals(List.of("p", "t2"), subjects(found.get(0)));
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
                    .addFact(Fact.of(UsStatesFacts.MA_NON_CME_PRESENTATION, true)))
            .pay(
                "m2", "a", "2025-04-01", "18.00", fact(UsStatesFacts.MA_NON_CME_PRESENTATION, true))
            .pay(
                "m3", "a", "2025-12-31", "18.00", fact(UsStatesFacts.MA_NON_CME_PRESENTATION, true))
            .pay(
                "m4",
                "a",
                "2025-05-01",
                "18.00",
                fact(UsStatesFacts.MA_NON_CME_PRESENTATION, false))
            .pay(
                "c1",
                "a",
                "2025-05-02",
                "18.00",
                t ->
                    t.nature(NatureOfPayment.GIFT)
                        .addFact(Fact.of(UsStatesFacts.MA_NON_CME_PRESENTATION, true)));
    List<Finding> found = check(meals.build(), "2025-12-31", QUARTERLY);
    assertEquals(
        List.of(List.of("m1", "a", "b"), List.of("m2", "a"), List.of("m3", "a")),
        found.stream().map(StatesFixture::subjects).toList());
    assertEquals(
        List.of(
            quarterly("m1", "2025-03-31", "20.00", 1, "a", "b"),
            quarterly("m2", "2025-04-01", "18.00", 2, "a"),
            quarterly("m3", "2025-12-31", "18.00", 4, "a")),
        messages(found));
    assertEquals(Severity.INFO, found.get(0).severity());
    assertEquals("105 CMR 970 (2012), §2A (Mondaq)", found.get(0).source());
  }

  @Test
  void quarterlyMealReportsStartIn2012() {
    StatesFixture meals =
        StatesFixture.in("MA")
            .physician("a")
            .pay(
                "m1", "a", "2011-12-31", "18.00", fact(UsStatesFacts.MA_NON_CME_PRESENTATION, true))
            .pay(
                "m2",
                "a",
                "2012-01-01",
                "18.00",
                fact(UsStatesFacts.MA_NON_CME_PRESENTATION, true));
    List<Finding> found = check(meals.build(), "2012-12-31", QUARTERLY);
    assertEquals(1, found.size());
    assertEquals(List.of("m2", "a"), subjects(found.get(0)));
    assertEquals(List.of(quarterly("m2", "2012-01-01", "18.00", 1, "a")), messages(found));
  }
}
