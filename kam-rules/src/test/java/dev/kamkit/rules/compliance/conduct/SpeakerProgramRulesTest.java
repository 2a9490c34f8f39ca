package dev.kamkit.rules.compliance.conduct;

import static dev.kamkit.rules.compliance.conduct.ConductFixture.HALE;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.MSL;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.NG;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.REP;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.account;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.check;
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
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.Severity;
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
  private static final String TOPIC = "Managing neutropenia in first-line NSCLC";

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
        "Speaker programme sp-1 on 2026-04-02 (\""
            + TOPIC
            + "\") in a meeting room served"
            + " alcohol paid for by the company",
        findings.get(0).message().toString());
    assertEquals(
        List.of(), of(programme("sp-1", "2026-04-02", talk(TOPIC).mealServed(true), HALE)));
  }

  @ParameterizedTest
  @EnumSource(Venue.class)
  void alcoholIsReportedWhereverTheProgrammeIsHeld(Venue venue) {
    List<Finding> findings =
        of(programme("sp-1", "2026-04-02", talk("T").venue(venue).companyPaidAlcohol(true), HALE));
    String where =
        switch (venue) {
          case OFFICE_OR_HOSPITAL -> "in an office or hospital";
          case MEETING_ROOM -> "in a meeting room";
          case RESTAURANT -> "at a restaurant";
          case HIGH_END_RESTAURANT -> "at a high-end restaurant";
          case LUXURY_RESORT -> "at a luxury resort";
          case ENTERTAINMENT_VENUE -> "at an entertainment venue";
          case VIRTUAL -> "online";
        };
    assertEquals(
        List.of(
            "Speaker programme sp-1 on 2026-04-02 (\"T\") "
                + where
                + " served alcohol paid for by the company"),
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
            "Speaker programme sp-1 on 2026-04-02 (\"" + TOPIC + "\") was held at a luxury resort"),
        messages(findings, HIGH_END));
    assertEquals(
        List.of(
            "Speaker programme sp-2 on 2026-05-02 (\"Other\") was held at an entertainment venue"),
        messages(findings, ENTERTAINMENT));
    assertEquals(Severity.WARNING, only(findings, ENTERTAINMENT).get(0).severity());
  }

  @Test
  void aSpeakerChosenByASalesRepIsAnErrorAndOneChosenByMedicalIsNot() {
    List<Finding> findings =
        of(programme("sp-1", "2026-04-02", talk(TOPIC).speaker(NG).speakerChosenBy(REP), HALE));
    assertEquals(List.of(CHOSEN), rules(findings));
    assertEquals(
        "The speaker Dr. Ng of speaker programme sp-1 on 2026-04-02 (\""
            + TOPIC
            + "\") was chosen"
            + " by Sam Rep (sales, a commercial role)",
        findings.get(0).message().toString());
    assertEquals(List.<KamId>of(InteractionId.of("sp-1"), REP), findings.get(0).subjects());
    assertEquals(
        List.of(
            "The speaker of speaker programme sp-1 on 2026-04-02 (\""
                + TOPIC
                + "\") was chosen by"
                + " Sam Rep (sales, a commercial role)"),
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
        "Dr. Hale attended speaker programme sp-2 on 2026-06-10 (\""
            + TOPIC
            + "\"), with a meal,"
            + " after attending speaker programme sp-1 on 2026-04-02 (\""
            + TOPIC
            + "\") on the"
            + " same topic, and no educational need to attend again is recorded",
        findings.get(0).message().toString());

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
        "Dr. Hale attended speaker programme sp-3 on 2026-03-10 (\""
            + TOPIC
            + "\") after"
            + " attending speaker programme sp-2 on 2026-02-10 (\""
            + TOPIC
            + "\") on the same"
            + " topic, and no educational need to attend again is recorded",
        findings.get(1).message().toString());
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
        "Dr. Ng attended speaker programme sp-2 on 2026-06-10 (\" managing NEUTROPENIA in"
            + " first-line nsclc\") as a participant after speaking at speaker programme sp-1 on"
            + " 2026-04-02 (\""
            + TOPIC
            + "\") on the same topic",
        findings.get(0).message().toString());
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
