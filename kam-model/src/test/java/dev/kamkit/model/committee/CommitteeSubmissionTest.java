package dev.kamkit.model.committee;

import static dev.kamkit.model.base.ModelAssertions.assertArgs;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.EMPTY;
import static dev.kamkit.model.base.ModelCode.SUBMISSION_AFTER_FINAL_DECISION;
import static dev.kamkit.model.base.ModelCode.SUBMISSION_DATE_ORDER;
import static dev.kamkit.model.base.ModelCode.SUBMISSION_DECISION_MISSING;
import static dev.kamkit.model.base.ModelCode.SUBMISSION_DECISION_NOT_AT_DECISION;
import static dev.kamkit.model.base.ModelCode.SUBMISSION_STAGE_ORDER;
import static dev.kamkit.model.base.ModelCode.SUBMISSION_TARGET_BEFORE_REQUEST;
import static dev.kamkit.model.committee.SubmissionStage.CLINICAL_EVALUATION;
import static dev.kamkit.model.committee.SubmissionStage.COMMITTEE_REVIEW;
import static dev.kamkit.model.committee.SubmissionStage.DOSSIER;
import static dev.kamkit.model.committee.SubmissionStage.REQUEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.FieldPath;
import dev.kamkit.model.base.ModelSubject;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.CommitteeSubmissionId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.ProductId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A submission's history: stages forward, days never back, a decision only at the decision stage
 * and nothing after a final one. The worked example is the seed's "targeting the March value
 * analysis committee" (Prolifiq, "Healthcare Key Account Management: A Practical Guide").
 */
class CommitteeSubmissionTest {
  private static final CommitteeSubmissionId ID = CommitteeSubmissionId.of("cs-memorial-vac");
  private static final LocalDate JAN_5 = LocalDate.of(2027, 1, 5);
  private static final LocalDate JAN_20 = LocalDate.of(2027, 1, 20);
  private static final LocalDate FEB_10 = LocalDate.of(2027, 2, 10);
  private static final LocalDate MARCH_9 = LocalDate.of(2027, 3, 9);

  /** A request to the March VAC: requested, dossier in, clinical evaluation at Memorial. */
  private static CommitteeSubmission.Builder memorial() {
    return CommitteeSubmission.builder()
        .id(ID)
        .name("Cardiolink at the Memorial VAC")
        .decisionBody(DecisionBodyId.of("vac"))
        .product(ProductId.of("cardiolink"))
        .targetMeeting(MARCH_9)
        .addSteps(
            SubmissionStep.of(REQUEST, JAN_5),
            SubmissionStep.of(DOSSIER, JAN_20),
            SubmissionStep.of(CLINICAL_EVALUATION, FEB_10));
  }

  private static FieldPath step(int i, SubmissionStage stage, LocalDate date) {
    return FieldPath.of("steps").element(i, Arg.of(stage), Arg.of(date));
  }

  @Test
  void anOpenSubmissionReadsItsCurrentStage() {
    CommitteeSubmission s = memorial().build();
    assertEquals(CLINICAL_EVALUATION, s.stage());
    assertEquals(JAN_5, s.requestedOn());
    assertTrue(s.isOpen());
    assertEquals(Optional.empty(), s.decision());
  }

  @Test
  void aFinalDecisionClosesItAndADeferralDoesNot() {
    CommitteeSubmission deferred =
        memorial().addSteps(SubmissionStep.decided(MARCH_9, SubmissionDecision.DEFERRED)).build();
    assertTrue(deferred.isOpen());
    assertEquals(Optional.of(SubmissionDecision.DEFERRED), deferred.decision());
    for (SubmissionDecision d : SubmissionDecision.values()) {
      CommitteeSubmission decided = memorial().addSteps(SubmissionStep.decided(MARCH_9, d)).build();
      assertEquals(d != SubmissionDecision.DEFERRED, !decided.isOpen(), d.name());
      assertEquals(
          d == SubmissionDecision.APPROVED || d == SubmissionDecision.APPROVED_WITH_RESTRICTIONS,
          d.isApproval(),
          d.name());
    }
  }

  @Test
  void stagesMayBeSkippedButNeverGoBack() {
    // a formulary request without a clinical evaluation: request, dossier, review, decision
    memorial()
        .steps(
            List.of(
                SubmissionStep.of(REQUEST, JAN_5),
                SubmissionStep.of(COMMITTEE_REVIEW, FEB_10),
                SubmissionStep.decided(MARCH_9, SubmissionDecision.APPROVED)))
        .build();
    ModelViolation v =
        assertSingleViolation(
            () -> memorial().addSteps(SubmissionStep.of(DOSSIER, FEB_10)).build(),
            SUBMISSION_STAGE_ORDER,
            step(3, DOSSIER, FEB_10).field("stage"),
            "DOSSIER");
    assertArgs(v, Arg.of(CLINICAL_EVALUATION));
    assertEquals(ModelSubject.of("CommitteeSubmission", Arg.of(ID)), v.subject());
    // the same stage twice is no step forward either
    assertSingleViolation(
        () -> memorial().addSteps(SubmissionStep.of(CLINICAL_EVALUATION, FEB_10)).build(),
        SUBMISSION_STAGE_ORDER,
        step(3, CLINICAL_EVALUATION, FEB_10).field("stage"),
        "CLINICAL_EVALUATION");
  }

  @Test
  void aDeferralMaySendItBackAndADecisionFollowsAgain() {
    CommitteeSubmission again =
        memorial()
            .addSteps(
                SubmissionStep.decided(MARCH_9, SubmissionDecision.DEFERRED),
                SubmissionStep.of(DOSSIER, MARCH_9.plusDays(10)),
                SubmissionStep.decided(MARCH_9.plusMonths(2), SubmissionDecision.DEFERRED),
                SubmissionStep.decided(
                    MARCH_9.plusMonths(4), SubmissionDecision.APPROVED_WITH_RESTRICTIONS))
            .build();
    assertFalse(again.isOpen());
  }

  @Test
  void nothingFollowsAFinalDecision() {
    LocalDate later = MARCH_9.plusMonths(1);
    ModelViolation v =
        assertSingleViolation(
            () ->
                memorial()
                    .addSteps(
                        SubmissionStep.decided(MARCH_9, SubmissionDecision.REJECTED),
                        SubmissionStep.decided(later, SubmissionDecision.APPROVED))
                    .build(),
            SUBMISSION_AFTER_FINAL_DECISION,
            step(4, SubmissionStage.DECISION, later).field("stage"),
            "DECISION");
    assertArgs(v, Arg.of(SubmissionDecision.REJECTED));
  }

  @Test
  void daysNeverGoBackButTwoStepsMayShareADay() {
    memorial().addSteps(SubmissionStep.of(COMMITTEE_REVIEW, FEB_10)).build();
    LocalDate before = FEB_10.minusDays(1);
    ModelViolation v =
        assertSingleViolation(
            () -> memorial().addSteps(SubmissionStep.of(COMMITTEE_REVIEW, before)).build(),
            SUBMISSION_DATE_ORDER,
            step(3, COMMITTEE_REVIEW, before).field("date"),
            "2027-02-09");
    assertArgs(v, Arg.of(FEB_10));
  }

  @Test
  void aDecisionStandsOnlyAtTheDecisionStage() {
    assertSingleViolation(
        () -> SubmissionStep.builder().stage(SubmissionStage.DECISION).date(MARCH_9).build(),
        SUBMISSION_DECISION_MISSING,
        path("decision"),
        "<missing>");
    ModelViolation v =
        assertSingleViolation(
            () ->
                SubmissionStep.builder()
                    .stage(COMMITTEE_REVIEW)
                    .date(MARCH_9)
                    .decision(SubmissionDecision.APPROVED)
                    .build(),
            SUBMISSION_DECISION_NOT_AT_DECISION,
            path("decision"),
            "APPROVED");
    assertArgs(v, Arg.of(COMMITTEE_REVIEW));
  }

  @Test
  void theTargetMeetingIsNotBeforeTheRequest() {
    memorial().targetMeeting(JAN_5).build();
    LocalDate early = JAN_5.minusDays(1);
    ModelViolation v =
        assertSingleViolation(
            () -> memorial().targetMeeting(early).build(),
            SUBMISSION_TARGET_BEFORE_REQUEST,
            path("targetMeeting"),
            "2027-01-04");
    assertArgs(v, Arg.of(JAN_5));
  }

  @Test
  void theHistoryIsNeverEmpty() {
    assertSingleViolation(() -> memorial().steps(List.of()).build(), EMPTY, path("steps"), "[]");
  }
}
