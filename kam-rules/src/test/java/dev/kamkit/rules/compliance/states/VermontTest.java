package dev.kamkit.rules.compliance.states;

import static dev.kamkit.rules.compliance.states.StatesFixture.check;
import static dev.kamkit.rules.compliance.states.StatesFixture.day;
import static dev.kamkit.rules.compliance.states.StatesFixture.fact;
import static dev.kamkit.rules.compliance.states.StatesFixture.list;
import static dev.kamkit.rules.compliance.states.StatesFixture.messages;
import static dev.kamkit.rules.compliance.states.StatesFixture.nature;
import static dev.kamkit.rules.compliance.states.StatesFixture.people;
import static dev.kamkit.rules.compliance.states.StatesFixture.share;
import static dev.kamkit.rules.compliance.states.StatesFixture.subjects;
import static dev.kamkit.rules.compliance.states.StatesFixture.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.Fact;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.Severity;
import dev.kamkit.rules.compliance.openpayments.UsdRate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of Vermont's gift ban, disclosure and registration (18 V.S.A. §§4631a, 4632). */
class VermontTest {
  private static final String BAN = "states.vt.gift-ban";
  private static final String DISCLOSURE = "states.vt.disclosure";
  private static final String OVERDUE = "states.vt.disclosure-overdue";
  private static final String REGISTRATION = "states.vt.registration-missing";
  private static final String SOURCE = "18 V.S.A. §§4631a, 4632 (Vermont Attorney General)";

  private static Arg tally(VermontCategory category, int count, String usd) {
    return Arg.of(Message.of(UsStatesCode.VT_TALLY, Arg.of(category), Arg.of(count), usd(usd)));
  }

  /** The disclosure's last line: its allowable expenditures. */
  private static Arg lastTally(Finding disclosure) {
    List<Arg> tallies = ((Arg.Many) disclosure.message().arg("tallies")).values();
    return tallies.get(tallies.size() - 1);
  }

  private static final UsStatesPolicy REGISTERED =
      UsStatesPolicy.builder().addVermontRegistrations(2024, 2025).build();

  @Test
  void giftsAndEntertainmentAreBannedUnlessPermittedOrASample() {
    StatesFixture gifts =
        StatesFixture.in("VT")
            .physician("a")
            .physician("b")
            .pay("g1", "a", "2025-02-01", "5.00", nature(NatureOfPayment.GIFT))
            .transfer(
                StatesFixture.tov("e1", "2025-02-02", "80.00 USD")
                    .nature(NatureOfPayment.ENTERTAINMENT)
                    .addAttendees(StakeholderId.of("a"), StakeholderId.of("b"))
                    .headcount(4))
            .pay(
                "g2",
                "a",
                "2025-02-03",
                "5.00",
                t ->
                    t.nature(NatureOfPayment.GIFT)
                        .addFact(Fact.of(UsStatesFacts.VT_PERMITTED_GIFT, "peer-reviewed journal")))
            .pay(
                "g3",
                "a",
                "2025-02-04",
                "5.00",
                t -> t.nature(NatureOfPayment.GIFT).addFact(Fact.of(UsStatesFacts.VT_SAMPLE, true)))
            .pay("f1", "a", "2025-02-05", "25.00");
    List<Finding> banned = check(gifts.build(), "2025-12-31", BAN);
    assertEquals(
        List.of(List.of("g1", "a"), List.of("e1", "a", "b")),
        banned.stream().map(StatesFixture::subjects).toList());
    assertEquals(Severity.ERROR, banned.get(0).severity());
    assertEquals(SOURCE, banned.get(0).source());
    assertEquals(
        List.of(
            Message.of(
                UsStatesCode.VT_GIFT_BAN,
                share("g1", NatureOfPayment.GIFT, "5.00", "2025-02-01"),
                Arg.of(1),
                people("a")),
            Message.of(
                UsStatesCode.VT_GIFT_BAN,
                share("e1", NatureOfPayment.ENTERTAINMENT, "20.00", "2025-02-02"),
                Arg.of(2),
                people("a", "b"))),
        messages(banned));
    List<Finding> disclosure = check(REGISTERED, gifts.build(), "2025-12-31", DISCLOSURE);
    assertEquals(List.of("e1", "f1", "g1", "g2", "g3"), subjects(disclosure.get(0)));
    assertEquals(Severity.INFO, disclosure.get(0).severity());
    assertEquals(
        List.of(
            Message.of(
                UsStatesCode.VT_DISCLOSURE,
                Arg.year(2025),
                day("2026-04-01"),
                list(
                    tally(VermontCategory.BANNED, 3, "45.00"),
                    tally(VermontCategory.SAMPLE, 1, "5.00"),
                    tally(VermontCategory.PERMITTED_GIFT, 1, "5.00"),
                    tally(VermontCategory.ALLOWABLE_EXPENDITURE, 1, "25.00")))),
        messages(disclosure));
  }

  @Test
  void aSampleOfAnyNatureIsASample() {
    StatesFixture sample =
        StatesFixture.in("VT")
            .physician("a")
            .pay("s1", "a", "2025-02-01", "12.00", fact(UsStatesFacts.VT_SAMPLE, true))
            .pay("s2", "a", "2025-02-01", "12.00", fact(UsStatesFacts.VT_SAMPLE, false));
    Message found = check(sample.build(), "2025-12-31", DISCLOSURE).get(0).message();
    assertEquals(
        list(
            tally(VermontCategory.BANNED, 0, "0.00"),
            tally(VermontCategory.SAMPLE, 1, "12.00"),
            tally(VermontCategory.PERMITTED_GIFT, 0, "0.00"),
            tally(VermontCategory.ALLOWABLE_EXPENDITURE, 1, "12.00")),
        found.arg("tallies"));
  }

  @Test
  void theDisclosureIsDueBy1AprilOfTheNextYear() {
    StatesFixture one = StatesFixture.in("VT").physician("a").pay("f1", "a", "2024-06-01", "25.00");
    assertEquals(List.of(), check(REGISTERED, one.build(), "2025-04-01", OVERDUE));
    List<Finding> overdue = check(REGISTERED, one.build(), "2025-04-02", OVERDUE);
    assertEquals(List.of(List.of("f1")), overdue.stream().map(StatesFixture::subjects).toList());
    assertEquals(
        List.of(
            Message.of(
                UsStatesCode.VT_DISCLOSURE_OVERDUE, Arg.year(2024), day("2025-04-01"), Arg.of(1))),
        messages(overdue));
    UsStatesPolicy filed =
        UsStatesPolicy.builder().from(REGISTERED).addVermontDisclosuresFiled(2024).build();
    assertEquals(List.of(), check(filed, one.build(), "2025-04-02", OVERDUE));
    Message filedDisclosure = check(filed, one.build(), "2025-04-02", DISCLOSURE).get(0).message();
    assertEquals(UsStatesCode.VT_DISCLOSURE_FILED, filedDisclosure.code());
    assertEquals(Arg.year(2024), filedDisclosure.arg("year"));
    assertEquals(day("2025-04-01"), filedDisclosure.arg("due"));
  }

  @Test
  void eachYearWithVermontTransfersNeedsARegistration() {
    StatesFixture years =
        StatesFixture.in("VT")
            .physician("a")
            .pay("f1", "a", "2023-12-31", "25.00")
            .pay("f2", "a", "2024-01-01", "25.00")
            .pay("f3", "a", "2026-01-01", "25.00");
    List<Finding> missing = check(REGISTERED, years.build(), "2026-12-31", REGISTRATION);
    assertEquals(
        List.of(List.of("f1"), List.of("f3")),
        missing.stream().map(StatesFixture::subjects).toList());
    assertEquals(
        List.of(
            Message.of(
                UsStatesCode.VT_REGISTRATION_MISSING, Arg.year(2023), day("2023-01-01"), Arg.of(1)),
            Message.of(
                UsStatesCode.VT_REGISTRATION_MISSING,
                Arg.year(2026),
                day("2026-01-01"),
                Arg.of(1))),
        messages(missing));
    assertEquals(3, check(years.build(), "2026-12-31", DISCLOSURE).size());
  }

  @Test
  void amountsWithoutARateAreCountedButNotValued() {
    StatesFixture euros =
        StatesFixture.in("VT")
            .physician("a")
            .transfer(
                StatesFixture.tov("f1", "2025-03-01", "20.00 EUR").recipient(StakeholderId.of("a")))
            .pay("f2", "a", "2025-03-02", "5.00");
    assertEquals(
        Arg.of(
            Message.of(
                UsStatesCode.VT_TALLY_INCOMPLETE,
                Arg.of(VermontCategory.ALLOWABLE_EXPENDITURE),
                Arg.of(2),
                usd("5.00"))),
        lastTally(check(euros.build(), "2025-12-31", DISCLOSURE).get(0)));
    UsStatesPolicy rated =
        UsStatesPolicy.builder()
            .addUsdRate(UsdRate.of("EUR", LocalDate.of(2025, 1, 1), "1.10"))
            .build();
    assertEquals(
        tally(VermontCategory.ALLOWABLE_EXPENDITURE, 2, "27.00"),
        lastTally(check(rated, euros.build(), "2025-12-31", DISCLOSURE).get(0)));
  }
}
