package dev.kamkit.model.committee;

import static dev.kamkit.model.base.ModelAssertions.assertArgs;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.ATTRIBUTE_KEY;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static dev.kamkit.model.base.ModelCode.DECISION_BODY_SITE_MISSING;
import static dev.kamkit.model.base.ModelCode.DECISION_BODY_SITE_NOT_SYSTEM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelSubject;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.SiteId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecisionBodyTest {
  private static final LocalDate JAN = LocalDate.of(2027, 1, 13);
  private static final LocalDate MAR = LocalDate.of(2026, 3, 11);
  private static final LocalDate SEP = LocalDate.of(2026, 9, 9);
  private static final LocalDate NOV = LocalDate.of(2026, 11, 11);

  private static DecisionBody.Builder systemPt() {
    return DecisionBody.builder()
        .id(DecisionBodyId.of("system-pt"))
        .name("Riverside System P&T Committee")
        .kind(DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
        .scope(DecisionScope.SYSTEM)
        .addDecision(DecisionType.FORMULARY_LISTING);
  }

  private static DecisionBody.Builder memorialVac() {
    return DecisionBody.builder()
        .id(DecisionBodyId.of("memorial-vac"))
        .name("Memorial Value Analysis Committee")
        .kind(DecisionBodyKind.VALUE_ANALYSIS)
        .scope(DecisionScope.SITE);
  }

  @Test
  void keepsMeetingDatesInCalendarOrderWhateverOrderTheyCameIn() {
    DecisionBody body = systemPt().addMeetingDates(JAN, SEP, MAR, NOV).build();
    assertEquals(List.of(MAR, SEP, NOV, JAN), List.copyOf(body.meetingDates()));
  }

  @Test
  void nextMeetingIsTheFirstOnOrAfterTheDay() {
    DecisionBody body = systemPt().addMeetingDates(MAR, SEP, NOV, JAN).build();
    assertEquals(Optional.of(MAR), body.nextMeeting(LocalDate.of(2026, 1, 1)));
    assertEquals(Optional.of(SEP), body.nextMeeting(MAR.plusDays(1)));
    assertEquals(Optional.of(SEP), body.nextMeeting(SEP));
    assertEquals(Optional.of(NOV), body.nextMeeting(SEP.plusDays(1)));
    assertEquals(Optional.of(JAN), body.nextMeeting(NOV.plusDays(1)));
    assertEquals(Optional.empty(), body.nextMeeting(JAN.plusDays(1)));
  }

  @Test
  void hasNoNextMeetingWithoutACalendar() {
    assertEquals(Optional.empty(), systemPt().build().nextMeeting(SEP));
  }

  @Test
  void aSiteBodyNamesItsSite() {
    DecisionBody vac = memorialVac().site(SiteId.of("memorial")).build();
    assertEquals(Optional.of(SiteId.of("memorial")), vac.site());
  }

  @Test
  void rejectsASiteBodyWithoutASite() {
    ModelViolation v =
        assertSingleViolation(
            () -> memorialVac().build(),
            DECISION_BODY_SITE_MISSING,
            path("site"),
            ModelCheck.MISSING);
    assertArgs(v);
    assertEquals(
        ModelSubject.of("DecisionBody", Arg.of(DecisionBodyId.of("memorial-vac"))), v.subject());
  }

  @Test
  void rejectsASystemBodyThatNamesASite() {
    ModelViolation v =
        assertSingleViolation(
            () -> systemPt().site(SiteId.of("memorial")).build(),
            DECISION_BODY_SITE_NOT_SYSTEM,
            path("site"),
            "memorial");
    assertArgs(v);
  }

  @Test
  void rejectsABlankName() {
    assertSingleViolation(() -> systemPt().name(" ").build(), BLANK, path("name"), "\" \"");
  }

  @Test
  void rejectsABlankAttributeKey() {
    assertSingleViolation(
        () -> systemPt().putAttribute(" ", AttributeValue.flag(true)).build(),
        ATTRIBUTE_KEY,
        path("attributes").entry(" "),
        "\" \"");
  }
}
