package dev.kamkit.rules.compliance.states;

import static dev.kamkit.rules.compliance.states.StatesFixture.check;
import static dev.kamkit.rules.compliance.states.StatesFixture.nature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.id.StakeholderId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of New Jersey's services cap and meal cap (N.J.A.C. 13:45J). */
class NewJerseyTest {
  private static final String SERVICES = "states.nj.services-cap";
  private static final String MEAL = "states.nj.meal-cap";
  private static final String MEAL_UNKNOWN = "states.nj.meal-cap-unknown";
  private static final String SOURCE = "(N.J.A.C. 13:45J (Reed Smith 2018; Porzio; NJBIA))";

  private static StatesFixture consulting(String year, String... amounts) {
    StatesFixture f = StatesFixture.in("NJ").physician("p");
    for (int i = 0; i < amounts.length; i++) {
      f.pay(
          "s" + i,
          "p",
          year + "-0" + (i + 1) + "-15",
          amounts[i],
          nature(NatureOfPayment.CONSULTING_FEE));
    }
    return f;
  }

  private static UsStatesPolicy others(String year, String usd) {
    return UsStatesPolicy.builder()
        .addNjOtherManufacturerService(
            new OtherManufacturerServices(
                StakeholderId.of("p"), Integer.parseInt(year), Money.of(usd, "USD"), "attestation"))
        .build();
  }

  @Test
  void exactlyTenThousandIsWithinTheCapAndOneCentMoreIsNot() {
    assertEquals(
        List.of(), check(consulting("2025", "6000.00", "4000.00").build(), "2025-12-31", SERVICES));
    assertEquals(
        List.of(
            "ERROR states.nj.services-cap [p, s0, s1]: Dr p [p], prescribing in New Jersey, was"
                + " paid $10,000.01 for bona fide services in 2025, over the $10,000.00 cap across"
                + " all manufacturers: $10,000.01 from us (s0 Consulting Fee $6,000.00 on"
                + " 2025-01-15, s1 Consulting Fee $4,000.01 on 2025-02-15); no figure from other"
                + " manufacturers was supplied. "
                + SOURCE),
        check(consulting("2025", "6000.00", "4000.01").build(), "2025-12-31", SERVICES));
  }

  @Test
  void otherManufacturersPaymentsAreAddedToOurs() {
    StatesFixture ours = consulting("2025", "6000.00");
    assertEquals(List.of(), check(others("2025", "4000.00"), ours.build(), "2025-12-31", SERVICES));
    assertEquals(
        List.of(),
        check(others("2024", "4000.01"), ours.build(), "2025-12-31", SERVICES),
        "another year's figure does not count");
    assertEquals(
        List.of(
            "ERROR states.nj.services-cap [p, s0]: Dr p [p], prescribing in New Jersey, was paid"
                + " $10,000.01 for bona fide services in 2025, over the $10,000.00 cap across all"
                + " manufacturers: $6,000.00 from us (s0 Consulting Fee $6,000.00 on 2025-01-15)"
                + " and $4,000.01 from other manufacturers (attestation). "
                + SOURCE),
        check(others("2025", "4000.01"), ours.build(), "2025-12-31", SERVICES));
  }

  @Test
  void onlyServiceNaturesCount() {
    for (NatureOfPayment n : NatureOfPayment.values()) {
      StatesFixture one =
          StatesFixture.in("NJ").physician("p").pay("t", "p", "2019-03-01", "10000.01", nature(n));
      assertEquals(
          NewJersey.SERVICE_NATURES.contains(n) ? 1 : 0,
          check(one.build(), "2019-12-31", SERVICES).size(),
          n.name());
    }
  }

  @Test
  void educationSpeakingIsLeftOutFrom2020() {
    for (NatureOfPayment n : NewJersey.EDUCATION_SPEAKING_NATURES) {
      StatesFixture in2019 =
          StatesFixture.in("NJ").physician("p").pay("t", "p", "2019-12-31", "10000.01", nature(n));
      assertEquals(1, check(in2019.build(), "2020-12-31", SERVICES).size(), n.name());
      StatesFixture in2020 =
          StatesFixture.in("NJ").physician("p").pay("t", "p", "2020-01-01", "10000.01", nature(n));
      assertEquals(List.of(), check(in2020.build(), "2020-12-31", SERVICES), n.name());
    }
  }

  @Test
  void researchAndAdvisoryBoardsMarkedByTheHostAreLeftOutFrom2020() {
    for (NjServiceKind kind : NjServiceKind.values()) {
      StatesFixture in2019 =
          StatesFixture.in("NJ")
              .physician("p")
              .pay(
                  "t",
                  "p",
                  "2019-12-31",
                  "10000.01",
                  t ->
                      t.nature(NatureOfPayment.CONSULTING_FEE)
                          .putAttribute(
                              StatesAttributes.NJ_SERVICE_KIND, AttributeValue.text(kind.code())));
      assertEquals(1, check(in2019.build(), "2020-12-31", SERVICES).size(), kind.code());
    }
    StatesFixture in2020 =
        consulting("2020", "6000.00", "4000.00")
            .pay(
                "r",
                "p",
                "2020-06-01",
                "5000.00",
                t ->
                    t.nature(NatureOfPayment.CONSULTING_FEE)
                        .putAttribute(
                            StatesAttributes.NJ_SERVICE_KIND,
                            AttributeValue.text("Advisory-Board ")));
    assertEquals(List.of(), check(in2020.build(), "2020-12-31", SERVICES));
    in2020.pay("x", "p", "2020-07-01", "0.01", nature(NatureOfPayment.HONORARIA));
    String found = check(in2020.build(), "2020-12-31", SERVICES).get(0);
    assertTrue(found.contains("[p, s0, s1, x]"), found);
    assertTrue(found.contains(" Left out of the cap: r (advisory-board). "), found);
    in2020.pay(
        "y", "p", "2020-08-01", "1.00", t -> t.nature(NatureOfPayment.SPEAKER_MEDICAL_EDUCATION));
    found = check(in2020.build(), "2020-12-31", SERVICES).get(0);
    assertTrue(
        found.contains(
            " Left out of the cap: r (advisory-board), y (speaking at an education event). "),
        found);
  }

  @Test
  void judgedFrom2018() {
    assertEquals(List.of(), check(consulting("2017", "10000.01").build(), "2017-12-31", SERVICES));
    assertEquals(1, check(consulting("2018", "10000.01").build(), "2018-12-31", SERVICES).size());
    StatesFixture meal = StatesFixture.in("NJ").physician("p").pay("m", "p", "2017-12-31", "99.00");
    assertEquals(
        List.of(),
        UsStatesPack.withDefaults().check(meal.build(), java.time.LocalDate.of(2017, 12, 31)));
  }

  @Test
  void theMealCapWas15DollarsIn2018And30In2019() {
    StatesFixture meals =
        StatesFixture.in("NJ")
            .physician("p")
            .pay("a", "p", "2018-12-31", "15.00")
            .pay("b", "p", "2018-12-31", "15.01")
            .pay("c", "p", "2019-01-01", "30.00")
            .pay("d", "p", "2019-01-01", "30.01")
            .pay("g", "p", "2019-01-01", "99.00", nature(NatureOfPayment.GIFT));
    assertEquals(
        List.of(
            "ERROR states.nj.meal-cap [b, p]: Meal b on 2018-12-31 cost $15.01 per person, over"
                + " New Jersey's 2018 cap of $15.00 (N.J.A.C. 13:45J; Reed Smith, February 2018),"
                + " for prescriber(s) Dr p [p]. "
                + SOURCE,
            "ERROR states.nj.meal-cap [d, p]: Meal d on 2019-01-01 cost $30.01 per person, over"
                + " New Jersey's 2019 cap of $30.00 (N.J.A.C. 13:45J as amended; NJBIA; Porzio),"
                + " for prescriber(s) Dr p [p]. "
                + SOURCE),
        check(meals.build(), "2019-12-31", MEAL));
  }

  @Test
  void aGroupMealIsOneFindingNamingEachPrescriber() {
    StatesFixture meal =
        StatesFixture.in("NJ")
            .physician("a")
            .physician("b")
            .buyer("c")
            .transfer(
                StatesFixture.tov("m", "2019-05-05", "93.00 USD")
                    .addAttendees(
                        StakeholderId.of("a"), StakeholderId.of("b"), StakeholderId.of("c")));
    assertEquals(
        List.of(
            "ERROR states.nj.meal-cap [m, a, b]: Meal m on 2019-05-05 cost $31.00 per person, over"
                + " New Jersey's 2019 cap of $30.00 (N.J.A.C. 13:45J as amended; NJBIA; Porzio),"
                + " for prescriber(s) Dr a [a], Dr b [b]. "
                + SOURCE),
        check(meal.build(), "2019-12-31", MEAL));
  }

  @Test
  void aYearWithoutAVerifiedCapNeedsTheHostsCap() {
    StatesFixture meals =
        StatesFixture.in("NJ")
            .physician("p")
            .pay("a", "p", "2025-03-01", "10.00")
            .pay("b", "p", "2025-04-01", "40.00")
            .pay("c", "p", "2026-01-01", "40.00");
    assertEquals(List.of(), check(meals.build(), "2026-12-31", MEAL));
    assertEquals(
        List.of(
            "ERROR states.nj.meal-cap-unknown [a, b]: New Jersey's meal cap for 2025 is"
                + " CPI-indexed and kamkit ships no verified value (it holds 2018 and 2019), so 2"
                + " meal(s) to New Jersey prescribers are not judged. Supply it with"
                + " UsStatesPolicy.builder().addNjMealCaps(NjMealCap.of(2025, cap, source))."
                + " (N.J.A.C. 13:45J (Reed Smith 2018; Porzio; NJBIA); CPI-indexed values after"
                + " 2019 are unverified)",
            "ERROR states.nj.meal-cap-unknown [c]: New Jersey's meal cap for 2026 is CPI-indexed"
                + " and kamkit ships no verified value (it holds 2018 and 2019), so 1 meal(s) to"
                + " New Jersey prescribers are not judged. Supply it with"
                + " UsStatesPolicy.builder().addNjMealCaps(NjMealCap.of(2026, cap, source))."
                + " (N.J.A.C. 13:45J (Reed Smith 2018; Porzio; NJBIA); CPI-indexed values after"
                + " 2019 are unverified)"),
        check(meals.build(), "2026-12-31", MEAL_UNKNOWN));

    UsStatesPolicy capped =
        UsStatesPolicy.builder().addNjMealCap(NjMealCap.of(2025, "35.00", "host notice")).build();
    assertEquals(1, check(capped, meals.build(), "2026-12-31", MEAL_UNKNOWN).size());
    List<String> found = check(capped, meals.build(), "2026-12-31", MEAL);
    assertEquals(1, found.size());
    assertTrue(
        found.get(0).contains("over New Jersey's 2025 cap of $35.00 (host notice)"), found.get(0));
  }

  @Test
  void theHostCannotReplaceAVerifiedCapNorGiveOneBefore2018() {
    InvalidModelException replaced =
        assertThrows(
            InvalidModelException.class,
            () -> UsStatesPolicy.builder().addNjMealCap(NjMealCap.of(2019, "31.00", "x")).build());
    assertTrue(replaced.getMessage().contains("is a verified year"), replaced.getMessage());
    InvalidModelException early =
        assertThrows(InvalidModelException.class, () -> NjMealCap.of(2017, "15.00", "x"));
    assertTrue(early.getMessage().contains("2018 or later"), early.getMessage());
    assertThrows(InvalidModelException.class, () -> NjMealCap.of(2025, "0.00", "x"));
    assertThrows(
        InvalidModelException.class, () -> new NjMealCap(2025, Money.of("30.00", "EUR"), "x"));
    assertThrows(InvalidModelException.class, () -> NjMealCap.of(2025, "30.00", " "));
    assertEquals(2018, NjMealCap.of(2018, "15.00", "x").year());
    assertThrows(
        InvalidModelException.class,
        () ->
            UsStatesPolicy.builder()
                .addNjMealCaps(NjMealCap.of(2025, "31.00", "x"), NjMealCap.of(2025, "32.00", "y"))
                .build());
  }

  @Test
  void otherManufacturerFiguresAreCheckedDollarsOnePerPrescriberYear() {
    StakeholderId p = StakeholderId.of("p");
    assertThrows(
        InvalidModelException.class,
        () -> new OtherManufacturerServices(p, 2025, Money.of("-0.01", "USD"), "x"));
    assertThrows(
        InvalidModelException.class,
        () -> new OtherManufacturerServices(p, 2025, Money.of("1.00", "EUR"), "x"));
    assertThrows(
        InvalidModelException.class,
        () -> new OtherManufacturerServices(p, 2025, Money.of("1.00", "USD"), ""));
    assertEquals(
        Money.of("0.00", "USD"),
        new OtherManufacturerServices(p, 2025, Money.of("0", "USD"), "x").amount());
    OtherManufacturerServices one =
        new OtherManufacturerServices(p, 2025, Money.of("1.00", "USD"), "x");
    assertThrows(
        InvalidModelException.class,
        () -> UsStatesPolicy.builder().addNjOtherManufacturerServices(one, one).build());
    UsStatesPolicy policy =
        UsStatesPolicy.builder()
            .addNjOtherManufacturerServices(
                one,
                new OtherManufacturerServices(
                    StakeholderId.of("q"), 2025, Money.of("2.00", "USD"), "x"))
            .build();
    assertEquals(
        Money.of("2.00", "USD"),
        policy.njOtherManufacturers(StakeholderId.of("q"), 2025).orElseThrow().amount());
    assertTrue(policy.njOtherManufacturers(p, 2024).isEmpty());
  }
}
