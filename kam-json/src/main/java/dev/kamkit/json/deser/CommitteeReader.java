package dev.kamkit.json.deser;

import dev.kamkit.model.committee.CommitteeSubmission;
import dev.kamkit.model.committee.SubmissionDecision;
import dev.kamkit.model.committee.SubmissionStage;
import dev.kamkit.model.committee.SubmissionStep;
import dev.kamkit.model.id.CommitteeSubmissionId;

/** Reads the account's committee submissions, each with its history of steps. */
final class CommitteeReader {
  static final Conv<CommitteeSubmission> SUBMISSION_OBJECT =
      Conv.table(() -> CommitteeReader.SUBMISSION);

  private static final Conv<SubmissionStep> STEP_OBJECT = Conv.table(() -> CommitteeReader.STEP);
  private static final Conv<CommitteeSubmissionId> SUBMISSION_ID =
      Scalars.id(CommitteeSubmissionId::of);
  private static final Conv<SubmissionStage> STAGE = Scalars.enumOf(SubmissionStage.class);
  private static final Conv<SubmissionDecision> DECISION = Scalars.enumOf(SubmissionDecision.class);

  static final PropertyTable<SubmissionStep, SubmissionStep.Builder> STEP =
      PropertyTable.of(
              "a submission step object", SubmissionStep::builder, SubmissionStep.Builder::build)
          .req("stage", STAGE, SubmissionStep::stage, SubmissionStep.Builder::stage)
          .req("date", Scalars.DATE_VALUE, SubmissionStep::date, SubmissionStep.Builder::date)
          .opt("decision", DECISION, SubmissionStep::decision, SubmissionStep.Builder::decision);

  static final PropertyTable<CommitteeSubmission, CommitteeSubmission.Builder> SUBMISSION =
      PropertyTable.of(
              "a committee submission object",
              CommitteeSubmission::builder,
              CommitteeSubmission.Builder::build)
          .req("id", SUBMISSION_ID, CommitteeSubmission::id, CommitteeSubmission.Builder::id)
          .req("name", Scalars.TEXT, CommitteeSubmission::name, CommitteeSubmission.Builder::name)
          .req(
              "decisionBody",
              StakeholderReader.DECISION_BODY_ID,
              CommitteeSubmission::decisionBody,
              CommitteeSubmission.Builder::decisionBody)
          .req(
              "product",
              ProductReader.PRODUCT_ID,
              CommitteeSubmission::product,
              CommitteeSubmission.Builder::product)
          .opt(
              "indication",
              ProductReader.INDICATION_ID,
              CommitteeSubmission::indication,
              CommitteeSubmission.Builder::indication)
          .opt(
              "site",
              StakeholderReader.SITE_ID,
              CommitteeSubmission::site,
              CommitteeSubmission.Builder::site)
          .opt(
              "sponsor",
              StakeholderReader.STAKEHOLDER_ID,
              CommitteeSubmission::sponsor,
              CommitteeSubmission.Builder::sponsor)
          .opt(
              "owner",
              TeamReader.TEAM_MEMBER_ID,
              CommitteeSubmission::owner,
              CommitteeSubmission.Builder::owner)
          .opt(
              "targetMeeting",
              Scalars.DATE_VALUE,
              CommitteeSubmission::targetMeeting,
              CommitteeSubmission.Builder::targetMeeting)
          .opt(
              "opportunity",
              PipelineReader.OPPORTUNITY_ID,
              CommitteeSubmission::opportunity,
              CommitteeSubmission.Builder::opportunity)
          .reqList(
              "steps",
              STEP_OBJECT,
              CommitteeSubmission::steps,
              CommitteeSubmission.Builder::addSteps)
          .attributes(
              CommitteeSubmission::attributes, CommitteeSubmission.Builder::putAllAttributes);

  private CommitteeReader() {}
}
