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
          .req("name", Scalars.TEXT, AccountPlan::name, AccountPlan.Builder::name)
          .optDefault("status", STATUS, AccountPlan::status, AccountPlan.Builder::status)
          .opt("owner", TeamReader.TEAM_MEMBER_ID, AccountPlan::owner, AccountPlan.Builder::owner)
          .opt(
              "periodStart",
              Scalars.DATE_VALUE,
              AccountPlan::periodStart,
              AccountPlan.Builder::periodStart)
          .opt(
              "periodEnd",
              Scalars.DATE_VALUE,
              AccountPlan::periodEnd,
              AccountPlan.Builder::periodEnd)
          .list(
              "strategicPriorities",
              Scalars.TEXT,
              AccountPlan::strategicPriorities,
              AccountPlan.Builder::addStrategicPriorities)
          .list(
              "needs",
              PlanItemReader.NEED_OBJECT,
              AccountPlan::needs,
              AccountPlan.Builder::addNeeds)
          .opt(
              "needsSegment",
              NEED_CATEGORY,
              AccountPlan::needsSegment,
              AccountPlan.Builder::needsSegment)
          .list(
              "objectives",
              PlanItemReader.OBJECTIVE_OBJECT,
              AccountPlan::objectives,
              AccountPlan.Builder::addObjectives)
          .list(
              "actions",
              PlanItemReader.ACTION_OBJECT,
              AccountPlan::actions,
              AccountPlan.Builder::addActions)
          .list("kpis", PlanItemReader.KPI_OBJECT, AccountPlan::kpis, AccountPlan.Builder::addKpis)
          .opt(
              "valueProposition",
              PlanContextReader.VALUE_PROPOSITION_OBJECT,
              AccountPlan::valueProposition,
              AccountPlan.Builder::valueProposition)
          .list(
              "competitiveLandscape",
              PlanContextReader.COMPETITOR_OBJECT,
              AccountPlan::competitiveLandscape,
              AccountPlan.Builder::addCompetitiveLandscape)
          .opt("swot", PlanContextReader.SWOT_OBJECT, AccountPlan::swot, AccountPlan.Builder::swot)
          .list(
              "sharedValueInitiatives",
              PlanContextReader.INITIATIVE_OBJECT,
              AccountPlan::sharedValueInitiatives,
              AccountPlan.Builder::addSharedValueInitiatives)
          .opt(
              "jointBusinessPlan",
              PlanContextReader.JOINT_PLAN_OBJECT,
              AccountPlan::jointBusinessPlan,
              AccountPlan.Builder::jointBusinessPlan)
          .list(
              "patientPathways",
              PathwayReader.PATHWAY_OBJECT,
              AccountPlan::patientPathways,
              AccountPlan.Builder::addPatientPathways)
          .list(
              "voiceOfAccount",
              PathwayReader.FEEDBACK_OBJECT,
              AccountPlan::voiceOfAccount,
              AccountPlan.Builder::addVoiceOfAccount)
          .set(
              "updates",
              Scalars.DATE_VALUE,
              AccountPlan::updates,
              AccountPlan.Builder::addAllUpdates)
          .set(
              "reviews",
              Scalars.DATE_VALUE,
              AccountPlan::reviews,
              AccountPlan.Builder::addAllReviews)
          .attributes(AccountPlan::attributes, AccountPlan.Builder::putAllAttributes);

  private PlanReader() {}
}
