package dev.kamkit.rules.compliance.states;

import static dev.kamkit.rules.compliance.states.StatesFixture.check;
import static dev.kamkit.rules.compliance.states.StatesFixture.day;
import static dev.kamkit.rules.compliance.states.StatesFixture.list;
import static dev.kamkit.rules.compliance.states.StatesFixture.messages;
import static dev.kamkit.rules.compliance.states.StatesFixture.nature;
import static dev.kamkit.rules.compliance.states.StatesFixture.people;
import static dev.kamkit.rules.compliance.states.StatesFixture.person;
import static dev.kamkit.rules.compliance.states.StatesFixture.share;
import static dev.kamkit.rules.compliance.states.StatesFixture.subjects;
import static dev.kamkit.rules.compliance.states.StatesFixture.transfer;
import static dev.kamkit.rules.compliance.states.StatesFixture.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.rules.compliance.ComplianceCode;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of New Jersey's services cap and meal cap (N.J.A.C. 13:45J). */
class NewJerseyTest {
  private static final String SERVICES = "states.nj.services-cap";
  private static final String MEAL = "states.nj.meal-cap";
  private static final String MEAL_UNKNOWN = "states.nj.meal-cap-unknown";
  private static final String SOURCE = "N.J.A.C. 13:45J (Reed Smith 2018; Porzio; NJBIA)";

  private static Arg fee(String id, String usd, String date) {
    return share(id, NatureOfPayment.CONSULTING_FEE, usd, date);
  }

  private static Arg leftOut(String id, NjServiceKind kind) {
    return Arg.of(Message.of(UsStatesCode.NJ_LEFT_OUT, transfer(id), Arg.of(kind)));
  }

  /** A meal of {@code usd} per person over the year's {@code cap}, for {@code people}. */
  private static Message overCap(
      String meal, String date, String usd, String cap, String source, String... people) {
    return Message.of(
        UsStatesCode.NJ_MEAL_CAP,
        transfer(meal),
        day(date),
        usd(usd),
        Arg.year(LocalDate.parse(date).getYear()),
        usd(cap),
        Arg.text(source),
        Arg.of(people.length),
        people(people));
  }

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
    List<Finding> found =
        check(consulting("2025", "6000.00", "4000.01").build(), "2025-12-31", SERVICES);
    assertEquals(1, found.size());
    assertEquals(Severity.ERROR, found.get(0).severity());
    assertEquals(List.of("p", "s0", "s1"), subjects(found.get(0)));
    assertEquals(SOURCE, found.get(0).source());
    assertEquals(
        Message.of(
            UsStatesCode.NJ_SERVICES_CAP_OURS_ONLY,
            person("p"),
            usd("10000.01"),
            Arg.year(2025),
            usd("10000.00"),
            list(fee("s0", "6000.00", "2025-01-15"), fee("s1", "4000.01", "2025-02-15")),
            Arg.of(0),
            list()),
        found.get(0).message());
  }

  @Test
  void otherManufacturersPaymentsAreAddedToOurs() {
    StatesFixture ours = consulting("2025", "6000.00");
    assertEquals(List.of(), check(others("2025", "4000.00"), ours.build(), "2025-12-31", SERVICES));
    assertEquals(
        List.of(),
        check(others("2024", "4000.01"), ours.build(), "2025-12-31", SERVICES),
        "another year's figure does not count");
    List<Finding> found = check(others("2025", "4000.01"), ours.build(), "2025-12-31", SERVICES);
    assertEquals(List.of("p", "s0"), subjects(found.get(0)));
    assertEquals(
        List.of(
            Message.of(
                UsStatesCode.NJ_SERVICES_CAP,
                person("p"),
                usd("10000.01"),
                Arg.year(2025),
                usd("10000.00"),
                usd("6000.00"),
                list(fee("s0", "6000.00", "2025-01-15")),
                usd("4000.01"),
                Arg.text("attestation"),
                Arg.of(0),
                list())),
        messages(found));
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
                          .addFact(Fact.of(UsStatesFacts.NJ_SERVICE_KIND, kind)));
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
                        .addFact(
                            Fact.of(UsStatesFacts.NJ_SERVICE_KIND, NjServiceKind.ADVISORY_BOARD)));
    assertEquals(List.of(), check(in2020.build(), "2020-12-31", SERVICES));
    in2020.pay("x", "p", "2020-07-01", "0.01", nature(NatureOfPayment.HONORARIA));
    Finding found = check(in2020.build(), "2020-12-31", SERVICES).get(0);
    assertEquals(List.of("p", "s0", "s1", "x"), subjects(found));
    assertEquals(Arg.of(1), found.message().arg("leftOut"));
    assertEquals(list(leftOut("r", NjServiceKind.ADVISORY_BOARD)), found.message().arg("excluded"));
    in2020.pay(
        "y", "p", "2020-08-01", "1.00", t -> t.nature(NatureOfPayment.SPEAKER_MEDICAL_EDUCATION));
    found = check(in2020.build(), "2020-12-31", SERVICES).get(0);
    assertEquals(Arg.of(2), found.message().arg("leftOut"));
    assertEquals(
        list(
            leftOut("r", NjServiceKind.ADVISORY_BOARD),
            leftOut("y", NjServiceKind.EDUCATION_EVENT_SPEAKING)),
        found.message().arg("excluded"));
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
    List<Finding> found = check(meals.build(), "2019-12-31", MEAL);
    assertEquals(
        List.of(List.of("b", "p"), List.of("d", "p")),
        found.stream().map(StatesFixture::subjects).toList());
    assertEquals(
        List.of(
            overCap(
                "b",
                "2018-12-31",
                "15.01",
                "15.00",
                "N.J.A.C. 13:45J; Reed Smith, February 2018",
                "p"),
            overCap(
                "d",
                "2019-01-01",
                "30.01",
                "30.00",
                "N.J.A.C. 13:45J as amended; NJBIA; Porzio",
                "p")),
        messages(found));
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
    List<Finding> found = check(meal.build(), "2019-12-31", MEAL);
    assertEquals(
        List.of(List.of("m", "a", "b")), found.stream().map(StatesFixture::subjects).toList());
    assertEquals(
        List.of(
            overCap(
                "m",
                "2019-05-05",
                "31.00",
                "30.00",
                "N.J.A.C. 13:45J as amended; NJBIA; Porzio",
                "a",
                "b")),
        messages(found));
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
    List<Finding> unknown = check(meals.build(), "2026-12-31", MEAL_UNKNOWN);
    assertEquals(
        List.of(List.of("a", "b"), List.of("c")),
        unknown.stream().map(StatesFixture::subjects).toList());
    assertEquals(
        List.of(
            Message.of(UsStatesCode.NJ_MEAL_CAP_UNKNOWN, Arg.year(2025), Arg.of(2)),
            Message.of(UsStatesCode.NJ_MEAL_CAP_UNKNOWN, Arg.year(2026), Arg.of(1))),
        messages(unknown));
    assertEquals("N.J.A.C. 13:45J (Reed Smith 2018; Porzio; NJBIA)", unknown.get(0).source());

    UsStatesPolicy capped =
        UsStatesPolicy.builder().addNjMealCap(NjMealCap.of(2025, "35.00", "host notice")).build();
    assertEquals(1, check(capped, meals.build(), "2026-12-31", MEAL_UNKNOWN).size());
    List<Finding> found = check(capped, meals.build(), "2026-12-31", MEAL);
    assertEquals(
        List.of(overCap("b", "2025-04-01", "40.00", "35.00", "host notice", "p")), messages(found));
  }

  @Test
  void theHostCannotReplaceAVerifiedCapNorGiveOneBefore2018() {
    InvalidModelException replaced =
        assertThrows(
            InvalidModelException.class,
            () -> UsStatesPolicy.builder().addNjMealCap(NjMealCap.of(2019, "31.00", "x")).build());
    assertEquals(
        List.of(ComplianceCode.VERIFIED_YEAR_REPLACED),
        replaced.violations().stream().map(ModelViolation::code).toList());
    InvalidModelException early =
        assertThrows(InvalidModelException.class, () -> NjMealCap.of(2017, "15.00", "x"));
    assertEquals(
        Message.of(ModelCode.TOO_EARLY, Arg.year(2018)), early.violations().get(0).message());
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
