package dev.kamkit.json.deser;

import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.NeedCategory;
import dev.kamkit.model.plan.PlanStatus;

/** Reads the account plan, delegating its sections to the plan's other readers. */
final class PlanReader {
  static final Conv<AccountPlan> PLAN_OBJECT = Conv.table(() -> PlanReader.PLAN);
  static final Conv<NeedCategory> NEED_CATEGORY = Scalars.enumOf(NeedCategory.class);

  private static final Conv<PlanStatus> STATUS = Scalars.enumOf(PlanStatus.class);

  static final PropertyTable<AccountPlan, AccountPlan.Builder> PLAN =
      PropertyTable.of("a plan object", AccountPlan::builder, AccountPlan.Builder::build)
          .req("name", Scalars.TEXT, AccountPlan.Builder::name)
          .opt("status", STATUS, AccountPlan.Builder::status)
          .opt("owner", TeamReader.TEAM_MEMBER_ID, AccountPlan.Builder::owner)
          .opt("periodStart", Scalars.DATE_VALUE, AccountPlan.Builder::periodStart)
          .opt("periodEnd", Scalars.DATE_VALUE, AccountPlan.Builder::periodEnd)
          .list("strategicPriorities", Scalars.TEXT, AccountPlan.Builder::addAllStrategicPriorities)
          .list("needs", PlanItemReader.NEED_OBJECT, AccountPlan.Builder::addAllNeeds)
          .opt("needsSegment", NEED_CATEGORY, AccountPlan.Builder::needsSegment)
          .list(
              "objectives", PlanItemReader.OBJECTIVE_OBJECT, AccountPlan.Builder::addAllObjectives)
          .list("actions", PlanItemReader.ACTION_OBJECT, AccountPlan.Builder::addAllActions)
          .list("kpis", PlanItemReader.KPI_OBJECT, AccountPlan.Builder::addAllKpis)
          .opt(
              "valueProposition",
              PlanContextReader.VALUE_PROPOSITION_OBJECT,
              AccountPlan.Builder::valueProposition)
          .list(
              "competitiveLandscape",
              PlanContextReader.COMPETITOR_OBJECT,
              AccountPlan.Builder::addAllCompetitiveLandscape)
          .opt("swot", PlanContextReader.SWOT_OBJECT, AccountPlan.Builder::swot)
          .list(
              "sharedValueInitiatives",
              PlanContextReader.INITIATIVE_OBJECT,
              AccountPlan.Builder::addAllSharedValueInitiatives)
          .opt(
              "jointBusinessPlan",
              PlanContextReader.JOINT_PLAN_OBJECT,
              AccountPlan.Builder::jointBusinessPlan)
          .list(
              "patientPathways",
              PathwayReader.PATHWAY_OBJECT,
              AccountPlan.Builder::addAllPatientPathways)
          .list(
              "voiceOfAccount",
              PathwayReader.FEEDBACK_OBJECT,
              AccountPlan.Builder::addAllVoiceOfAccount)
          .set("updates", Scalars.DATE_VALUE, AccountPlan.Builder::addAllUpdates)
          .set("reviews", Scalars.DATE_VALUE, AccountPlan.Builder::addAllReviews)
          .opt("attributes", ValueReader.ATTRIBUTES, AccountPlan.Builder::putAllAttributes);

  private PlanReader() {}
}
