package dev.kamkit.scoring.committee;

import static dev.kamkit.scoring.committee.Memorial.CHEN;
import static dev.kamkit.scoring.committee.Memorial.CS;
import static dev.kamkit.scoring.committee.Memorial.DOSSIER;
import static dev.kamkit.scoring.committee.Memorial.EVALUATION;
import static dev.kamkit.scoring.committee.Memorial.GRAY;
import static dev.kamkit.scoring.committee.Memorial.JUNE;
import static dev.kamkit.scoring.committee.Memorial.LEE;
import static dev.kamkit.scoring.committee.Memorial.MARCH;
import static dev.kamkit.scoring.committee.Memorial.OKAFOR;
import static dev.kamkit.scoring.committee.Memorial.OKAFOR_LEAVES;
import static dev.kamkit.scoring.committee.Memorial.PT;
import static dev.kamkit.scoring.committee.Memorial.REQUESTED;
import static dev.kamkit.scoring.committee.Memorial.VAC;
import static dev.kamkit.scoring.committee.Memorial.riverside;
import static dev.kamkit.scoring.committee.Memorial.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.committee.CommitteeSubmission;
import dev.kamkit.model.committee.SubmissionDecision;
import dev.kamkit.model.committee.SubmissionStage;
import dev.kamkit.model.committee.SubmissionStep;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.CommitteeSubmissionId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Committee progression on the seed's worked example, at each boundary. */
class CommitteeProgressionTest {
  private static final CommitteeProgression DEFAULTS = CommitteeProgression.withDefaults();
  private static final Arg SUBMISSION = Arg.of(CS, "Cardiolink, Memorial VAC");
  private static final Arg RIVERSIDE_VAC = Arg.of(VAC, "Riverside VAC");

  private static SubmissionProgress only(CommitteeProgressionResult r) {
    assertEquals(1, r.submissions().size());
    return r.submissions().get(0);
  }

  private static SubmissionProgress judge(CommitteeSubmission.Builder s, LocalDate asOf) {
    return only(DEFAULTS.evaluate(riverside(s.build()), asOf));
  }

  private static List<String> codes(SubmissionProgress p) {
    return p.stalled().stream().map(Reason::code).toList();
  }

  @Test
  void onTheMeetingDayTheSubmissionMovesAndTheDayAfterItIsOverdue() {
    SubmissionProgress onTheDay = judge(submission(), MARCH);
    assertTrue(onTheDay.open());
    assertFalse(onTheDay.isStalled());
    assertEquals(SubmissionStage.CLINICAL_EVALUATION, onTheDay.stage());
    assertEquals(63, onTheDay.days());
    assertEquals(Optional.of(MARCH), onTheDay.nextMeeting());
    assertEquals(List.of(), onTheDay.remedies());

    SubmissionProgress dayAfter = judge(submission(), MARCH.plusDays(1));
    assertEquals(
        List.of(
            Reason.of(
                CommitteeCode.STALLED_MEETING_PASSED,
                Effect.RISK,
                List.of(CS),
                SUBMISSION,
                RIVERSIDE_VAC,
                Arg.of(MARCH),
                Arg.of(1))),
        dayAfter.stalled());
    assertEquals(
        List.of(Message.of(CommitteeCode.REMEDY_RETARGET, RIVERSIDE_VAC, Arg.of(JUNE))),
        dayAfter.remedies());
    assertEquals(Optional.of(JUNE), dayAfter.nextMeeting());
  }

  @Test
  void aHostsGraceDaysMoveTheBoundary() {
    CommitteeProgression week =
        CommitteeProgression.of(
            CommitteeProgressionPolicy.defaults().withVersion("host-1").withOverdueAfterDays(7));
    KeyAccount a = riverside(submission().build());
    assertFalse(only(week.evaluate(a, MARCH.plusDays(7))).isStalled());
    SubmissionProgress late = only(week.evaluate(a, MARCH.plusDays(8)));
    assertEquals(List.of("committee.stalled.meeting-passed"), codes(late));
    assertEquals(Arg.of(8), late.stalled().get(0).message().args().get(3));
  }

  @Test
  void aDecisionAtTheMeetingClosesItAndCountsForTheShare() {
    CommitteeProgressionResult r =
        DEFAULTS.evaluate(
            riverside(
                submission()
                    .addSteps(
                        SubmissionStep.of(SubmissionStage.COMMITTEE_REVIEW, MARCH.minusDays(7)),
                        SubmissionStep.decided(
                            MARCH, SubmissionDecision.APPROVED_WITH_RESTRICTIONS))
                    .build()),
            JUNE);
    SubmissionProgress p = only(r);
    assertFalse(p.open());
    assertFalse(p.isStalled());
    assertEquals(63, p.days()); // request to decision, not to the day judged
    assertEquals(Optional.empty(), p.nextMeeting());
    assertEquals(1, r.approved());
    assertEquals(1, r.judged());
    assertEquals(Optional.of(new BigDecimal("100.0")), r.approvalShare());
    assertEquals(
        Message.of(
            CommitteeCode.SUBMISSION_DECIDED,
            SUBMISSION,
            RIVERSIDE_VAC,
            Arg.of(SubmissionDecision.APPROVED_WITH_RESTRICTIONS),
            Arg.of(MARCH),
            Arg.of(63)),
        p.description());
  }

  @Test
  void theShareCountsFinalDecisionsAndSubmissionsOpenBeyondSixMonths() {
    LocalDate asOf = LocalDate.of(2027, 11, 1);
    CommitteeProgressionResult r =
        DEFAULTS.evaluate(
            riverside(
                decided("a", SubmissionDecision.APPROVED),
                decided("b", SubmissionDecision.APPROVED_WITH_RESTRICTIONS),
                decided("c", SubmissionDecision.REJECTED),
                decided("d", SubmissionDecision.DEFERRED), // open since 5 January: over six months
                openFrom("e", asOf.minusDays(183)), // exactly six months: not yet judged
                openFrom("f", asOf.minusDays(184))), // one day more: judged, not advanced
            asOf);
    assertEquals(6, r.submissions().size());
    assertEquals(2, r.approved());
    assertEquals(5, r.judged());
    assertEquals(Optional.of(new BigDecimal("40.0")), r.approvalShare());
    assertEquals(
        List.of("committee.stalled.over-cycle"),
        codes(r.submissions().get(5)).stream().filter(c -> c.contains("cycle")).toList());
    assertFalse(
        codes(r.submissions().get(4)).contains("committee.stalled.over-cycle"),
        "183 days is within the expected cycle");
    assertEquals(
        Message.of(CommitteeCode.SHARE, Arg.of(2), Arg.of(5), Arg.of(new BigDecimal("40.0"))),
        r.explanation().details().get(0).line());
  }

  @Test
  void withNothingJudgedTheShareIsEmptyAndSaysWhy() {
    CommitteeProgressionResult r = DEFAULTS.evaluate(riverside(submission().build()), MARCH);
    assertEquals(Optional.empty(), r.approvalShare());
    assertEquals(
        Message.of(CommitteeCode.SHARE_NONE, Arg.of(183)), r.explanation().details().get(0).line());
  }

  @Test
  void noSponsorNamesTheActiveChampionsAndVotingMembers() {
    SubmissionProgress p = judge(submission().sponsor(Optional.empty()), MARCH);
    assertEquals(
        List.of(Reason.of(CommitteeCode.STALLED_NO_SPONSOR, Effect.RISK, List.of(CS), SUBMISSION)),
        p.stalled());
    // Okafor is retiring and Gray has left: neither is proposed; the CFO is neither
    assertEquals(
        List.of(
            Message.of(
                CommitteeCode.REMEDY_SPONSOR, Arg.list(Arg.of(CHEN, "chen"), Arg.of(LEE, "lee")))),
        p.remedies());
  }

  @Test
  void withNobodyToProposeItAsksForASponsorToBeMapped() {
    KeyAccount a = riverside(submission().sponsor(Optional.empty()).decisionBody(PT).build());
    a =
        a.withStakeholders(
            a.stakeholders().stream()
                .map(s -> s.withBuyingRoles().withCommitteeMemberships())
                .toList());
    assertEquals(
        List.of(Message.of(CommitteeCode.REMEDY_MAP_SPONSOR, Arg.of(PT, "Riverside P&T"))),
        only(DEFAULTS.evaluate(a, MARCH)).remedies());
  }

  @Test
  void aSponsorWhoLeftOrIsLeavingStallsItAndConcernsThem() {
    SubmissionProgress departed = judge(submission().sponsor(GRAY), MARCH);
    Reason gone = departed.stalled().get(0);
    assertEquals("committee.stalled.sponsor-departed", gone.code());
    assertEquals(List.<KamId>of(CS, GRAY), gone.subjects());
    assertEquals(
        List.of(
            Message.of(
                CommitteeCode.REMEDY_SPONSOR, Arg.list(Arg.of(CHEN, "chen"), Arg.of(LEE, "lee")))),
        departed.remedies());

    SubmissionProgress retiring = judge(submission().sponsor(OKAFOR), MARCH);
    assertEquals(
        List.of(
            Reason.of(
                CommitteeCode.STALLED_SPONSOR_RETIRING_ON,
                Effect.RISK,
                List.of(CS, OKAFOR),
                SUBMISSION,
                Arg.of(OKAFOR, "okafor"),
                Arg.of(OKAFOR_LEAVES))),
        retiring.stalled());

    KeyAccount noDate = riverside(submission().sponsor(OKAFOR).build());
    noDate =
        noDate.withStakeholders(
            noDate.stakeholders().stream()
                .map(s -> s.id().equals(OKAFOR) ? s.withDepartureDate(Optional.empty()) : s)
                .toList());
    assertEquals(
        List.of("committee.stalled.sponsor-retiring"),
        codes(only(DEFAULTS.evaluate(noDate, MARCH))));
  }

  @Test
  void aDeferralStallsUntilALaterMeetingIsTargeted() {
    CommitteeSubmission.Builder deferred =
        submission().addSteps(SubmissionStep.decided(MARCH, SubmissionDecision.DEFERRED));
    SubmissionProgress p = judge(deferred, MARCH.plusDays(11));
    assertTrue(p.open());
    assertEquals(Optional.of(SubmissionDecision.DEFERRED), p.decision());
    assertEquals(
        List.of(
            Reason.of(
                CommitteeCode.STALLED_DEFERRED,
                Effect.RISK,
                List.of(CS),
                SUBMISSION,
                RIVERSIDE_VAC,
                Arg.of(MARCH))),
        p.stalled());
    assertEquals(
        List.of(Message.of(CommitteeCode.REMEDY_RETARGET, RIVERSIDE_VAC, Arg.of(JUNE))),
        p.remedies());
    // retargeted to June: moving until June has passed without a decision
    assertFalse(judge(deferred.targetMeeting(JUNE), JUNE).isStalled());
    assertEquals(
        List.of("committee.stalled.meeting-passed"),
        codes(judge(deferred.targetMeeting(JUNE), JUNE.plusDays(1))));
  }

  @Test
  void aBodyWithoutACalendarAsksForItsMeetings() {
    CommitteeProgressionResult r =
        DEFAULTS.evaluate(riverside(submission().decisionBody(PT).build()), MARCH.plusDays(1));
    assertEquals(
        List.of(Message.of(CommitteeCode.REMEDY_CALENDAR, Arg.of(PT, "Riverside P&T"))),
        only(r).remedies());
    assertEquals(Optional.empty(), only(r).nextMeeting());
    // the VAC meets in June (nothing open there); the P&T's one open submission has no meeting
    assertEquals(
        List.of(
            NextMeeting.of(
                VAC,
                Optional.of(JUNE),
                0,
                Message.of(CommitteeCode.NEXT_MEETING, RIVERSIDE_VAC, Arg.of(JUNE), Arg.of(0))),
            NextMeeting.of(
                PT,
                Optional.empty(),
                1,
                Message.of(CommitteeCode.NO_NEXT_MEETING, Arg.of(PT, "Riverside P&T"), Arg.of(1)))),
        r.nextMeetings());
    assertEquals(Optional.of(JUNE), r.nextMeeting());
  }

  @Test
  void daysPerStageCountEndedStaysAndIgnoreWhatCameAfterTheDay() {
    CommitteeProgressionResult r =
        DEFAULTS.evaluate(
            riverside(
                submission().build(),
                submission()
                    .id(CommitteeSubmissionId.of("cs-later"))
                    .steps(
                        List.of(
                            SubmissionStep.of(SubmissionStage.REQUEST, REQUESTED),
                            SubmissionStep.of(SubmissionStage.DOSSIER, REQUESTED.plusDays(25)),
                            SubmissionStep.of(SubmissionStage.COMMITTEE_REVIEW, MARCH)))
                    .build(),
                submission()
                    .id(CommitteeSubmissionId.of("cs-future"))
                    .steps(List.of(SubmissionStep.of(SubmissionStage.REQUEST, MARCH)))
                    .targetMeeting(JUNE)
                    .build()),
            EVALUATION.plusDays(5));
    // cs-future is not requested yet; cs-later's review is still to come
    assertEquals(2, r.submissions().size());
    assertEquals(
        List.of(
            StageTime.of(SubmissionStage.REQUEST, 2, 15 + 25, 25),
            StageTime.of(SubmissionStage.DOSSIER, 1, 21, 21)),
        r.stageTimes());
    assertEquals(new BigDecimal("20.0"), r.stageTimes().get(0).averageDays());
    assertEquals(
        Map.of(
            SubmissionStage.REQUEST, 15L,
            SubmissionStage.DOSSIER, 21L,
            SubmissionStage.CLINICAL_EVALUATION, 5L),
        r.submissions().get(1).daysAtStage()); // ids in order: cs-later, cs-memorial
    assertEquals(
        Map.of(SubmissionStage.REQUEST, 25L, SubmissionStage.DOSSIER, 16L),
        r.submissions().get(0).daysAtStage());
    assertEquals(SubmissionStage.DOSSIER, r.submissions().get(0).stage());
    assertEquals(DOSSIER, submission().build().steps().get(1).date());
  }

  @Test
  void itExplainsItselfInEveryLanguage() {
    CommitteeProgressionResult r =
        DEFAULTS.evaluate(riverside(submission().sponsor(GRAY).build()), MARCH.plusDays(1));
    String english = r.explain();
    assertTrue(
        english.startsWith("Committee progression: 1 submission, 1 open, 1 stalled"), english);
    assertTrue(
        english.contains(
            "Cardiolink, Memorial VAC: the target meeting of Riverside VAC on 2027-03-09 passed 1"
                + " day ago without a decision"),
        english);
    assertTrue(english.contains("Name a sponsor: chen, lee"), english);
    assertTrue(r.explain(Locale.GERMAN).startsWith("Fortschritt in den Gremien: 1 Antrag"));
    assertTrue(r.explain(Locale.FRENCH).startsWith("Avancement en commission : 1 demande"));
  }

  @Test
  void aPortfolioPoolsItsAccounts() {
    LocalDate asOf = LocalDate.of(2027, 11, 1);
    KeyAccount riverside = riverside(decided("a", SubmissionDecision.APPROVED));
    KeyAccount other =
        riverside(decided("b", SubmissionDecision.REJECTED), submission().sponsor(GRAY).build())
            .withAccount(riverside.account().withId(dev.kamkit.model.id.AccountId.of("other")));
    CommitteePortfolioResult p =
        DEFAULTS.rollUp(
            List.of(DEFAULTS.evaluate(other, asOf), DEFAULTS.evaluate(riverside, asOf)));
    assertEquals(
        List.of("idn", "other"), p.accounts().stream().map(r -> r.account().value()).toList());
    assertEquals(1, p.approved());
    assertEquals(3, p.judged()); // the Memorial request is open beyond six months
    assertEquals(Optional.of(new BigDecimal("33.3")), p.approvalShare());
    assertEquals(1, p.stalled().size());
    assertEquals("kamkit-committee-1", p.policyVersion());
    assertTrue(p.explain().startsWith("Committee progression across 2 accounts"), p.explain());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            DEFAULTS.rollUp(
                List.of(DEFAULTS.evaluate(riverside, asOf), DEFAULTS.evaluate(other, MARCH))));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            DEFAULTS.rollUp(
                List.of(DEFAULTS.evaluate(riverside, asOf), DEFAULTS.evaluate(riverside, asOf))));
  }

  @Test
  void thePolicyRefusesSettingsThatSelectNothing() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> CommitteeProgressionPolicy.defaults().withExpectedCycleDays(0));
    assertEquals("expectedCycleDays", e.violations().get(0).field());
    assertThrows(
        InvalidModelException.class,
        () -> CommitteeProgressionPolicy.defaults().withOverdueAfterDays(-1));
    assertEquals("kamkit-committee-1", CommitteeProgressionPolicy.defaults().version());
    assertEquals(183, CommitteeProgressionPolicy.defaults().expectedCycleDays());
  }

  /** A submission requested on 5 January 2027 and decided at the March VAC. */
  private static CommitteeSubmission decided(String id, SubmissionDecision decision) {
    return submission()
        .id(CommitteeSubmissionId.of(id))
        .addSteps(SubmissionStep.decided(MARCH, decision))
        .build();
  }

  /** A submission requested on {@code day}, with no target meeting and a sponsor. */
  private static CommitteeSubmission openFrom(String id, LocalDate day) {
    return submission()
        .id(CommitteeSubmissionId.of(id))
        .targetMeeting(Optional.empty())
        .steps(List.of(SubmissionStep.of(SubmissionStage.REQUEST, day)))
        .build();
  }
}
