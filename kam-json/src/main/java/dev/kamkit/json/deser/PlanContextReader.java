package dev.kamkit.json.deser;

import dev.kamkit.model.id.InitiativeId;
import dev.kamkit.model.plan.CompetitorPosition;
import dev.kamkit.model.plan.InitiativeStatus;
import dev.kamkit.model.plan.JointBusinessPlan;
import dev.kamkit.model.plan.SharedValueInitiative;
import dev.kamkit.model.plan.SwotAnalysis;
import dev.kamkit.model.plan.ThreatLevel;
import dev.kamkit.model.plan.ValueProposition;

/**
 * Reads what the plan says about value and position: value proposition, competitive landscape,
 * SWOT, shared-value initiatives and the joint business plan.
 */
final class PlanContextReader {
  static final Conv<ValueProposition> VALUE_PROPOSITION_OBJECT =
      Conv.table(() -> PlanContextReader.VALUE_PROPOSITION);
  static final Conv<CompetitorPosition> COMPETITOR_OBJECT =
      Conv.table(() -> PlanContextReader.COMPETITOR);
  static final Conv<SwotAnalysis> SWOT_OBJECT = Conv.table(() -> PlanContextReader.SWOT);
  static final Conv<SharedValueInitiative> INITIATIVE_OBJECT =
      Conv.table(() -> PlanContextReader.INITIATIVE);
  static final Conv<JointBusinessPlan> JOINT_PLAN_OBJECT =
      Conv.table(() -> PlanContextReader.JOINT_PLAN);

  private static final Conv<ThreatLevel> THREAT = Scalars.enumOf(ThreatLevel.class);
  private static final Conv<InitiativeStatus> INITIATIVE_STATUS =
      Scalars.enumOf(InitiativeStatus.class);

  static final PropertyTable<ValueProposition, ValueProposition.Builder> VALUE_PROPOSITION =
      PropertyTable.of(
              "a value proposition object",
              ValueProposition::builder,
              ValueProposition.Builder::build)
          .req(
              "statement",
              Scalars.TEXT,
              ValueProposition::statement,
              ValueProposition.Builder::statement)
          .opt(
              "businessRationale",
              Scalars.TEXT,
              ValueProposition::businessRationale,
              ValueProposition.Builder::businessRationale)
          .opt(
              "clinicalRationale",
              Scalars.TEXT,
              ValueProposition::clinicalRationale,
              ValueProposition.Builder::clinicalRationale)
          .set(
              "products",
              ProductReader.PRODUCT_ID,
              ValueProposition::products,
              ValueProposition.Builder::addAllProducts)
          .opt(
              "reviewedOn",
              Scalars.DATE_VALUE,
              ValueProposition::reviewedOn,
              ValueProposition.Builder::reviewedOn);

  static final PropertyTable<CompetitorPosition, CompetitorPosition.Builder> COMPETITOR =
      PropertyTable.of(
              "a competitor position object",
              CompetitorPosition::builder,
              CompetitorPosition.Builder::build)
          .req(
              "competitor",
              Scalars.TEXT,
              CompetitorPosition::competitor,
              CompetitorPosition.Builder::competitor)
          .set(
              "competitorProducts",
              Scalars.TEXT,
              CompetitorPosition::competitorProducts,
              CompetitorPosition.Builder::addAllCompetitorProducts)
          .set(
              "competesWith",
              ProductReader.PRODUCT_ID,
              CompetitorPosition::competesWith,
              CompetitorPosition.Builder::addAllCompetesWith)
          .req("threat", THREAT, CompetitorPosition::threat, CompetitorPosition.Builder::threat)
          .opt(
              "strengths",
              Scalars.TEXT,
              CompetitorPosition::strengths,
              CompetitorPosition.Builder::strengths)
          .opt(
              "weaknesses",
              Scalars.TEXT,
              CompetitorPosition::weaknesses,
              CompetitorPosition.Builder::weaknesses);

  static final PropertyTable<SwotAnalysis, SwotAnalysis.Builder> SWOT =
      PropertyTable.of("a SWOT object", SwotAnalysis::builder, SwotAnalysis.Builder::build)
          .list(
              "strengths",
              Scalars.TEXT,
              SwotAnalysis::strengths,
              SwotAnalysis.Builder::addStrengths)
          .list(
              "weaknesses",
              Scalars.TEXT,
              SwotAnalysis::weaknesses,
              SwotAnalysis.Builder::addWeaknesses)
          .list(
              "opportunities",
              Scalars.TEXT,
              SwotAnalysis::opportunities,
              SwotAnalysis.Builder::addOpportunities)
          .list("threats", Scalars.TEXT, SwotAnalysis::threats, SwotAnalysis.Builder::addThreats);

  static final PropertyTable<SharedValueInitiative, SharedValueInitiative.Builder> INITIATIVE =
      PropertyTable.of(
              "a shared-value initiative object",
              SharedValueInitiative::builder,
              SharedValueInitiative.Builder::build)
          .req(
              "id",
              Scalars.id(InitiativeId::of),
              SharedValueInitiative::id,
              SharedValueInitiative.Builder::id)
          .req(
              "name",
              Scalars.TEXT,
              SharedValueInitiative::name,
              SharedValueInitiative.Builder::name)
          .opt(
              "rationale",
              Scalars.TEXT,
              SharedValueInitiative::rationale,
              SharedValueInitiative.Builder::rationale)
          .optDefault(
              "status",
              INITIATIVE_STATUS,
              SharedValueInitiative::status,
              SharedValueInitiative.Builder::status)
          .opt(
              "launchedOn",
              Scalars.DATE_VALUE,
              SharedValueInitiative::launchedOn,
              SharedValueInitiative.Builder::launchedOn)
          .set(
              "needs",
              PlanItemReader.NEED_ID,
              SharedValueInitiative::needs,
              SharedValueInitiative.Builder::addAllNeeds)
          .set(
              "stakeholders",
              StakeholderReader.STAKEHOLDER_ID,
              SharedValueInitiative::stakeholders,
              SharedValueInitiative.Builder::addAllStakeholders)
          .set(
              "teamMembers",
              TeamReader.TEAM_MEMBER_ID,
              SharedValueInitiative::teamMembers,
              SharedValueInitiative.Builder::addAllTeamMembers);

  static final PropertyTable<JointBusinessPlan, JointBusinessPlan.Builder> JOINT_PLAN =
      PropertyTable.of(
              "a joint business plan object",
              JointBusinessPlan::builder,
              JointBusinessPlan.Builder::build)
          .opt(
              "agreedOn",
              Scalars.DATE_VALUE,
              JointBusinessPlan::agreedOn,
              JointBusinessPlan.Builder::agreedOn)
          .set(
              "customerSponsors",
              StakeholderReader.STAKEHOLDER_ID,
              JointBusinessPlan::customerSponsors,
              JointBusinessPlan.Builder::addAllCustomerSponsors)
          .set(
              "jointObjectives",
              PlanItemReader.OBJECTIVE_ID,
              JointBusinessPlan::jointObjectives,
              JointBusinessPlan.Builder::addAllJointObjectives)
          .opt(
              "nextJointReview",
              Scalars.DATE_VALUE,
              JointBusinessPlan::nextJointReview,
              JointBusinessPlan.Builder::nextJointReview);

  private PlanContextReader() {}
}
