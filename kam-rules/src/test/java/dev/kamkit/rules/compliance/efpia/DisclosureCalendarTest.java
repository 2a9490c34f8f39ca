package dev.kamkit.rules.compliance.efpia;

import static dev.kamkit.rules.compliance.Severity.ERROR;
import static dev.kamkit.rules.compliance.Severity.INFO;
import static dev.kamkit.rules.compliance.efpia.Found.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.FieldPath;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.rules.compliance.EuFixture;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The disclosure deadline: 30 June of the next year; 3 years public, 5 years of records. */
class DisclosureCalendarTest {
  private static final EuFixture FEE_2025 =
      EuFixture.in("FR")
          .hcp("h1")
          .pay("t1", "h1", "2025-03-01", "100.00 EUR", NatureOfPayment.CONSULTING_FEE);

  private static List<String> periodFindings(EfpiaPolicy.Builder policy, LocalDate asOf) {
    List<Finding> f = EfpiaPack.of(policy.build()).check(FEE_2025.build(), asOf);
    return f.stream()
        .map(Finding::ruleId)
        .filter(id -> id.startsWith("efpia.disclosure.") && !id.endsWith("summary"))
        .toList();
  }

  @Test
  void theDeadlineIs30JuneOfTheNextYear() {
    DisclosureCalendar c = DisclosureCalendar.of(2025);
    assertEquals(LocalDate.of(2025, 12, 31), c.periodEnd());
    assertEquals(LocalDate.of(2026, 6, 30), c.deadline());
    assertTrue(c.isOnTime(LocalDate.of(2026, 6, 30)));
    assertFalse(c.isOnTime(LocalDate.of(2026, 7, 1)));
    assertTrue(c.isOnTime(LocalDate.of(2026, 1, 1)));
    assertFalse(c.isOnTime(LocalDate.of(2025, 12, 31)));
    assertEquals(LocalDate.of(2016, 6, 30), DisclosureCalendar.of(2015).deadline());
  }

  @Test
  void publicationAndRecordKeepingMinimums() {
    assertEquals(
        LocalDate.of(2029, 6, 30),
        DisclosureCalendar.publicAtLeastUntil(LocalDate.of(2026, 6, 30)));
    assertEquals(
        LocalDate.of(2031, 6, 30),
        DisclosureCalendar.recordsKeptAtLeastUntil(LocalDate.of(2026, 6, 30)));
  }

  @Test
  void periodsBeforeTheFirstAreRefused() {
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> DisclosureCalendar.of(2014));
    assertTrue(e.getMessage().contains("2015"), e.getMessage());
  }

  @Test
  void anOpenPeriodIsNeitherDueNorOverdue() {
    assertEquals(List.of(), periodFindings(EfpiaExamplesTest.policy(), LocalDate.of(2025, 12, 31)));
    List<Finding> f = EfpiaExamplesTest.pack().check(FEE_2025.build(), LocalDate.of(2025, 12, 31));
    assertEquals(List.of(summary(EfpiaCode.SUMMARY_OPEN)), Found.of(f, "efpia.disclosure.summary"));
    assertEquals(
        "EFPIA Disclosure Code, individual / aggregate disclosure (Norway LMI 26.5; PMCPA;"
            + " Farmaindustria); EFPIA Disclosure Code, timing (ABPI Code 2014 clause 21)",
        f.get(0).source());
  }

  @Test
  void theSummaryOfAnEndedPeriodIsNoLongerSoFar() {
    List<Finding> f = EfpiaExamplesTest.pack().check(FEE_2025.build(), LocalDate.of(2026, 1, 1));
    assertEquals(List.of(summary(EfpiaCode.SUMMARY)), Found.of(f, "efpia.disclosure.summary"));
  }

  private static Found summary(EfpiaCode code) {
    return expect(
        INFO,
        "efpia.disclosure.summary",
        List.of("acc-eu"),
        code,
        Arg.year(2025),
        Arg.text("FR"),
        Arg.of(0),
        Arg.of(1),
        Arg.of(0),
        Arg.of(Message.of(EfpiaCode.RESEARCH_NONE)),
        Arg.of(Money.of("100.00", "EUR")),
        Arg.of(LocalDate.of(2026, 6, 30)));
  }

  @Test
  void anEndedPeriodIsDueUntil30JuneAndOverdueFrom1July() {
    assertEquals(
        List.of("efpia.disclosure.due"),
        periodFindings(EfpiaExamplesTest.policy(), LocalDate.of(2026, 1, 1)));
    assertEquals(
        List.of("efpia.disclosure.due"),
        periodFindings(EfpiaExamplesTest.policy(), LocalDate.of(2026, 6, 30)));
    assertEquals(
        List.of("efpia.disclosure.overdue"),
        periodFindings(EfpiaExamplesTest.policy(), LocalDate.of(2026, 7, 1)));
    List<Finding> f = EfpiaExamplesTest.pack().check(FEE_2025.build(), LocalDate.of(2026, 7, 1));
    assertEquals(
        List.of(
            expect(
                ERROR,
                "efpia.disclosure.overdue",
                List.of("acc-eu"),
                EfpiaCode.OVERDUE,
                Arg.year(2025),
                Arg.of(LocalDate.of(2026, 6, 30)),
                Arg.of(LocalDate.of(2026, 7, 1)))),
        Found.of(f, "efpia.disclosure.overdue"));
    assertEquals(
        List.of(
            expect(
                INFO,
                "efpia.disclosure.due",
                List.of("acc-eu"),
                EfpiaCode.DUE,
                Arg.year(2025),
                Arg.of(LocalDate.of(2026, 6, 30)),
                Arg.of(3),
                Arg.of(5))),
        Found.of(
            EfpiaExamplesTest.pack().check(FEE_2025.build(), LocalDate.of(2026, 1, 1)),
            "efpia.disclosure.due"));
  }

  @Test
  void aPublicationOn30JuneIsOnTimeAndOn1JulyIsLate() {
    LocalDate later = LocalDate.of(2027, 1, 1);
    assertEquals(
        List.of(),
        periodFindings(
            EfpiaExamplesTest.policy().putPublication(2025, LocalDate.of(2026, 6, 30)), later));
    assertEquals(
        List.of(),
        periodFindings(
            EfpiaExamplesTest.policy().putPublication(2025, LocalDate.of(2026, 3, 1)),
            LocalDate.of(2026, 3, 1)));
    List<Finding> f =
        EfpiaPack.of(
                EfpiaExamplesTest.policy().putPublication(2025, LocalDate.of(2026, 7, 1)).build())
            .check(FEE_2025.build(), later);
    assertEquals(
        List.of(
            expect(
                ERROR,
                "efpia.disclosure.late",
                List.of("acc-eu"),
                EfpiaCode.LATE,
                Arg.year(2025),
                Arg.of(LocalDate.of(2026, 7, 1)),
                Arg.of(LocalDate.of(2026, 6, 30)))),
        Found.of(f, "efpia.disclosure.late"));
  }

  @Test
  void thePolicyRefusesPublicationsBeforeThePeriodEndsAndBadCountries() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                EfpiaPolicy.builder()
                    .putPublication(2025, LocalDate.of(2025, 12, 31))
                    .putPublication(2014, LocalDate.of(2015, 6, 1))
                    .addAdditionalCountries("XX")
                    .putDisclosureCurrency("ZZ", java.util.Currency.getInstance("EUR"))
                    .rounding(java.math.RoundingMode.UNNECESSARY)
                    .build());
    String m = e.getMessage();
    assertTrue(
        e.violations().stream()
            .anyMatch(
                v ->
                    v.path().equals(FieldPath.of("publications").entry("2025"))
                        && v.message()
                            .equals(
                                Message.of(
                                    ModelCode.NOT_AFTER,
                                    Arg.text("periodEnd"),
                                    Arg.of(LocalDate.of(2025, 12, 31))))),
        m);
    assertTrue(
        e.violations().stream()
            .anyMatch(
                v ->
                    v.path().equals(FieldPath.of("publications").entry("2014"))
                        && v.message().equals(Message.of(ModelCode.TOO_EARLY, Arg.year(2015)))),
        m);
    assertTrue(m.contains("XX"), m);
    assertTrue(m.contains("ZZ"), m);
    assertTrue(m.contains("UNNECESSARY"), m);
    EfpiaPolicy.builder().putPublication(2025, LocalDate.of(2026, 1, 1)).build();
  }
}
