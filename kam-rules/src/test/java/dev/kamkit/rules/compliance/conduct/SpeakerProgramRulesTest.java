package dev.kamkit.rules.compliance.conduct;

import static dev.kamkit.rules.compliance.conduct.ConductFixture.HALE;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.HALE_ARG;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.MSL;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.NG;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.REP;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.account;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.args;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.check;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.message;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.messages;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.only;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.programme;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.rules;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.talk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.engagement.Venue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Speaker programmes: OIG Special Fraud Alert (16 Nov 2020) and PhRMA Code section 7 (2022). */
class SpeakerProgramRulesTest {
  private static final String ALCOHOL = "conduct.speaker.alcohol";
  private static final String HIGH_END = "conduct.speaker.high-end-venue";
  private static final String ENTERTAINMENT = "conduct.speaker.entertainment-venue";
  private static final String REPEAT = "conduct.speaker.repeat-attendance";
  private static final String CHOSEN = "conduct.speaker.chosen-by-commercial";
  private static final String SPEAKER_LATER = "conduct.speaker.speaker-attends-later";
  static final String TOPIC = "Managing neutropenia in first-line NSCLC";

  /** A speaker programme's id, day and topic, as findings name it. */
  private static Arg[] sp(String id, String date, String topic) {
    return args(Arg.of(InteractionId.of(id)), Arg.of(LocalDate.parse(date)), Arg.text(topic));
  }

  private static List<Finding> of(Interaction... programmes) {
    return check(account().addInteractions(programmes).build());
  }

  @Test
  void companyPaidAlcoholIsAnError() {
    List<Finding> findings =
        of(programme("sp-1", "2026-04-02", talk(TOPIC).companyPaidAlcohol(true), HALE));
    assertEquals(List.of(ALCOHOL), rules(findings));
    assertEquals(Severity.ERROR, findings.get(0).severity());
    assertEquals(
        message(
            ConductCode.ALCOHOL, sp("sp-1", "2026-04-02", TOPIC), args(Arg.of(Venue.MEETING_ROOM))),
        findings.get(0).message());
    assertEquals(
        List.of(), of(programme("sp-1", "2026-04-02", talk(TOPIC).mealServed(true), HALE)));
  }

  @ParameterizedTest
  @EnumSource(Venue.class)
  void alcoholIsReportedWhereverTheProgrammeIsHeld(Venue venue) {
    List<Finding> findings =
        of(programme("sp-1", "2026-04-02", talk("T").venue(venue).companyPaidAlcohol(true), HALE));
    assertEquals(
        List.of(message(ConductCode.ALCOHOL, sp("sp-1", "2026-04-02", "T"), args(Arg.of(venue)))),
        messages(findings, ALCOHOL));
  }

  @ParameterizedTest
  @EnumSource(Venue.class)
  void highEndAndEntertainmentVenuesAreReportedAndOrdinaryOnesAreNot(Venue venue) {
    List<Finding> findings = of(programme("sp-1", "2026-04-02", talk(TOPIC).venue(venue), HALE));
    List<String> expected =
        switch (venue) {
          case HIGH_END_RESTAURANT, LUXURY_RESORT -> List.of(HIGH_END);
          case ENTERTAINMENT_VENUE -> List.of(ENTERTAINMENT);
          default -> List.of();
        };
    assertEquals(expected, rules(findings));
  }

  @Test
  void venueFindingsNameTheVenue() {
    List<Finding> findings =
        of(
            programme("sp-1", "2026-04-02", talk(TOPIC).venue(Venue.LUXURY_RESORT), HALE),
            programme("sp-2", "2026-05-02", talk("Other").venue(Venue.ENTERTAINMENT_VENUE), HALE));
    assertEquals(
        List.of(
            message(
                ConductCode.HIGH_END_VENUE,
                sp("sp-1", "2026-04-02", TOPIC),
                args(Arg.of(Venue.LUXURY_RESORT)))),
        messages(findings, HIGH_END));
    assertEquals(
        List.of(message(ConductCode.ENTERTAINMENT_VENUE, sp("sp-2", "2026-05-02", "Other"))),
        messages(findings, ENTERTAINMENT));
    assertEquals(Severity.WARNING, only(findings, ENTERTAINMENT).get(0).severity());
  }

  @Test
  void aSpeakerChosenByASalesRepIsAnErrorAndOneChosenByMedicalIsNot() {
    List<Finding> findings =
        of(programme("sp-1", "2026-04-02", talk(TOPIC).speaker(NG).speakerChosenBy(REP), HALE));
    assertEquals(List.of(CHOSEN), rules(findings));
    Arg[] samRep = args(Arg.of(REP, "Sam Rep"), Arg.of(TeamFunction.SALES));
    assertEquals(
        message(
            ConductCode.CHOSEN_BY_COMMERCIAL,
            args(Arg.of(NG, "Dr. Ng")),
            sp("sp-1", "2026-04-02", TOPIC),
            samRep),
        findings.get(0).message());
    assertEquals(List.<KamId>of(InteractionId.of("sp-1"), REP), findings.get(0).subjects());
    assertEquals(
        List.of(
            message(
                ConductCode.CHOSEN_BY_COMMERCIAL_SPEAKER_UNRECORDED,
                sp("sp-1", "2026-04-02", TOPIC),
                samRep)),
        messages(of(programme("sp-1", "2026-04-02", talk(TOPIC).speakerChosenBy(REP))), CHOSEN));
    assertEquals(
        List.of(),
        of(programme("sp-1", "2026-04-02", talk(TOPIC).speaker(NG).speakerChosenBy(MSL), HALE)));
  }

  @Test
  void aSecondAttendanceOnTheSameTopicNeedsARecordedNeed() {
    Interaction first = programme("sp-1", "2026-04-02", talk(TOPIC), HALE, NG);
    Interaction without = programme("sp-2", "2026-06-10", talk(TOPIC).mealServed(true), HALE);
    List<Finding> findings = of(first, without);
    assertEquals(List.of(REPEAT), rules(findings));
    assertEquals(Severity.WARNING, findings.get(0).severity());
    assertEquals(List.<KamId>of(InteractionId.of("sp-2"), HALE), findings.get(0).subjects());
    assertEquals(
        message(
            ConductCode.REPEAT_ATTENDANCE_WITH_MEAL,
            args(HALE_ARG),
            sp("sp-2", "2026-06-10", TOPIC),
            sp("sp-1", "2026-04-02", TOPIC)),
        findings.get(0).message());

    Interaction with =
        programme(
            "sp-2", "2026-06-10", talk(TOPIC).mealServed(true).addNeedRecordedFor(HALE), HALE);
    assertEquals(List.of(), of(first, with));
    // a need recorded for someone else does not cover Dr. Hale
    Interaction forNg =
        programme("sp-2", "2026-06-10", talk(TOPIC).addNeedRecordedFor(NG), HALE, NG);
    assertEquals(
        List.of(HALE),
        only(of(first, forNg), REPEAT).stream().map(f -> f.subjects().get(1)).toList());
  }

  @Test
  void theSameTopicIgnoresCaseAndSpacingButNotWording() {
    Interaction first = programme("sp-1", "2026-04-02", talk("Dosing update"), HALE);
    assertEquals(
        List.of(REPEAT),
        rules(of(first, programme("sp-2", "2026-05-02", talk("  dosing \t UPDATE "), HALE))));
    assertEquals(
        List.of(), of(first, programme("sp-2", "2026-05-02", talk("Dosing updates"), HALE)));
    assertEquals(
        SpeakerProgramChecks.topicKey("Dosing update"),
        SpeakerProgramChecks.topicKey("DOSING   update\n"));
    assertNotEquals(
        SpeakerProgramChecks.topicKey("Dosing update"),
        SpeakerProgramChecks.topicKey("Dosingupdate"));
  }

  @Test
  void theFirstOfTwoProgrammesIsFoundByDateThenIdWhateverTheListOrder() {
    Interaction later = programme("sp-a", "2026-06-10", talk(TOPIC), HALE);
    Interaction earlier = programme("sp-z", "2026-04-02", talk(TOPIC), HALE);
    assertEquals(
        List.<KamId>of(InteractionId.of("sp-a"), HALE), of(later, earlier).get(0).subjects());
    // the same day: the smaller id comes first
    Interaction sameDayB = programme("sp-b", "2026-04-02", talk(TOPIC), HALE);
    assertEquals(
        List.<KamId>of(InteractionId.of("sp-z"), HALE),
        only(of(earlier, sameDayB), REPEAT).get(0).subjects());
  }

  @Test
  void everyLaterAttendanceIsReportedAgainstTheLatestEarlierOne() {
    List<Finding> findings =
        of(
            programme("sp-1", "2026-01-10", talk(TOPIC), HALE),
            programme("sp-2", "2026-02-10", talk(TOPIC), HALE),
            programme("sp-3", "2026-03-10", talk(TOPIC), HALE));
    assertEquals(2, findings.size());
    assertEquals(
        message(
            ConductCode.REPEAT_ATTENDANCE,
            args(HALE_ARG),
            sp("sp-3", "2026-03-10", TOPIC),
            sp("sp-2", "2026-02-10", TOPIC)),
        findings.get(1).message());
  }

  @Test
  void cancelledProgrammesAreSkippedAndPlannedOnesJudged() {
    Interaction first = programme("sp-1", "2026-04-02", talk(TOPIC), HALE);
    Interaction cancelled =
        Interaction.copyOf(
                programme("sp-2", "2026-05-02", talk(TOPIC).companyPaidAlcohol(true), HALE))
            .withStatus(InteractionStatus.CANCELLED);
    assertEquals(List.of(), of(first, cancelled));
    Interaction planned =
        Interaction.copyOf(
                programme("sp-3", "2027-05-02", talk(TOPIC).companyPaidAlcohol(true), HALE))
            .withStatus(InteractionStatus.PLANNED);
    Interaction call =
        Interaction.builder()
            .from(first)
            .id(InteractionId.of("call-1"))
            .speakerProgram(Optional.empty())
            .build();
    assertEquals(List.of(ALCOHOL, REPEAT), rules(of(call, first, cancelled, planned)));
  }

  @Test
  void aSpeakerWhoLaterAttendsOnTheSameTopicIsReported() {
    Interaction spoke = programme("sp-1", "2026-04-02", talk(TOPIC).speaker(NG), HALE, NG);
    Interaction attends =
        programme(
            "sp-2",
            "2026-06-10",
            talk(" managing NEUTROPENIA in first-line nsclc").addNeedRecordedFor(NG),
            NG);
    List<Finding> findings = of(spoke, attends);
    assertEquals(List.of(SPEAKER_LATER), rules(findings), "the speaker is no attendee of sp-1");
    assertEquals(
        message(
            ConductCode.SPEAKER_ATTENDS_LATER,
            args(Arg.of(NG, "Dr. Ng")),
            sp("sp-2", "2026-06-10", " managing NEUTROPENIA in first-line nsclc"),
            sp("sp-1", "2026-04-02", TOPIC)),
        findings.get(0).message());
    assertEquals(Severity.WARNING, findings.get(0).severity());
    // speaking twice, or attending before speaking, is no finding
    assertEquals(
        List.of(),
        of(
            programme("sp-0", "2026-03-01", talk(TOPIC), NG),
            spoke,
            programme("sp-2", "2026-06-10", talk(TOPIC).speaker(NG), NG)));
    // another topic is no finding
    assertEquals(List.of(), of(spoke, programme("sp-2", "2026-06-10", talk("Other"), NG)));
  }

  @Test
  void anAttendeeAtTwoProgrammesOnDifferentTopicsIsNotARepeat() {
    List<Interaction> programmes = new ArrayList<>();
    programmes.add(programme("sp-1", "2026-04-02", talk("A"), HALE));
    programmes.add(programme("sp-2", "2026-04-03", talk("B"), HALE));
    assertEquals(List.of(), of(programmes.toArray(Interaction[]::new)));
  }
}
