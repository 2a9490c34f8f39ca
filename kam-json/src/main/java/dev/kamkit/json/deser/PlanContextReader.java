package dev.kamkit.json.deser;

import dev.kamkit.model.id.InitiativeId;
import dev.kamkit.model.plan.CompetitorPosition;
import dev.kamkit.model.plan.InitiativeStatus;
import dev.kamkit.model.plan.JointBusinessPlan;
import dev.kamkit.model.plan.SharedValueInitiative;
import dev.kamkit.model.plan.SwotAnalysis;
import dev.kamkit.model.plan.ThreatLevel;
import dev.kamkit.model.plan.ValueProposition;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads what the plan says about value and position: value proposition, competitive landscape,
 * SWOT, shared-value initiatives and the joint business plan.
 */
final class PlanContextReader {
  static final List<String> VALUE_PROPOSITION =
      List.of("statement", "businessRationale", "clinicalRationale", "products", "reviewedOn");
  static final List<String> COMPETITOR =
      List.of(
          "competitor", "competitorProducts", "competesWith", "threat", "strengths", "weaknesses");
  static final List<String> SWOT = List.of("strengths", "weaknesses", "opportunities", "threats");
  static final List<String> INITIATIVE =
      List.of(
          "id",
          "name",
          "rationale",
          "status",
          "launchedOn",
          "needs",
          "stakeholders",
          "teamMembers");
  static final List<String> JOINT_PLAN =
      List.of("agreedOn", "customerSponsors", "jointObjectives", "nextJointReview");

  static final Conv<ValueProposition> VALUE_PROPOSITION_OBJECT =
      Conv.of("a value proposition object", PlanContextReader::valueProposition);
  static final Conv<CompetitorPosition> COMPETITOR_OBJECT =
      Conv.of("a competitor position object", PlanContextReader::competitor);
  static final Conv<SwotAnalysis> SWOT_OBJECT = Conv.of("a SWOT object", PlanContextReader::swot);
  static final Conv<SharedValueInitiative> INITIATIVE_OBJECT =
      Conv.of("a shared-value initiative object", PlanContextReader::initiative);
  static final Conv<JointBusinessPlan> JOINT_PLAN_OBJECT =
      Conv.of("a joint business plan object", PlanContextReader::jointPlan);

  private static final Conv<ThreatLevel> THREAT = Scalars.enumOf(ThreatLevel.class);
  private static final Conv<InitiativeStatus> INITIATIVE_STATUS =
      Scalars.enumOf(InitiativeStatus.class);

  private PlanContextReader() {}

  private static @Nullable ValueProposition valueProposition(
      ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a value proposition object", VALUE_PROPOSITION);
    if (in == null) {
      return null;
    }
    ValueProposition.Builder b = ValueProposition.builder();
    in.req("statement", Scalars.TEXT, b::statement);
    in.opt("businessRationale", Scalars.TEXT, b::businessRationale);
    in.opt("clinicalRationale", Scalars.TEXT, b::clinicalRationale);
    in.set("products", ProductReader.PRODUCT_ID, b::addAllProducts);
    in.opt("reviewedOn", Scalars.DATE_VALUE, b::reviewedOn);
    return in.build(b::build);
  }

  private static @Nullable CompetitorPosition competitor(
      ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a competitor position object", COMPETITOR);
    if (in == null) {
      return null;
    }
    CompetitorPosition.Builder b = CompetitorPosition.builder();
    in.req("competitor", Scalars.TEXT, b::competitor);
    in.set("competitorProducts", Scalars.TEXT, b::addAllCompetitorProducts);
    in.set("competesWith", ProductReader.PRODUCT_ID, b::addAllCompetesWith);
    in.req("threat", THREAT, b::threat);
    in.opt("strengths", Scalars.TEXT, b::strengths);
    in.opt("weaknesses", Scalars.TEXT, b::weaknesses);
    return in.build(b::build);
  }

  private static @Nullable SwotAnalysis swot(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a SWOT object", SWOT);
    if (in == null) {
      return null;
    }
    SwotAnalysis.Builder b = SwotAnalysis.builder();
    in.list("strengths", Scalars.TEXT, b::addAllStrengths);
    in.list("weaknesses", Scalars.TEXT, b::addAllWeaknesses);
    in.list("opportunities", Scalars.TEXT, b::addAllOpportunities);
    in.list("threats", Scalars.TEXT, b::addAllThreats);
    return in.build(b::build);
  }

  private static @Nullable SharedValueInitiative initiative(
      ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a shared-value initiative object", INITIATIVE);
    if (in == null) {
      return null;
    }
    SharedValueInitiative.Builder b = SharedValueInitiative.builder();
    in.req("id", Scalars.id(InitiativeId::of), b::id);
    in.req("name", Scalars.TEXT, b::name);
    in.opt("rationale", Scalars.TEXT, b::rationale);
    in.opt("status", INITIATIVE_STATUS, b::status);
    in.opt("launchedOn", Scalars.DATE_VALUE, b::launchedOn);
    in.set("needs", PlanItemReader.NEED_ID, b::addAllNeeds);
    in.set("stakeholders", StakeholderReader.STAKEHOLDER_ID, b::addAllStakeholders);
    in.set("teamMembers", TeamReader.TEAM_MEMBER_ID, b::addAllTeamMembers);
    return in.build(b::build);
  }

  private static @Nullable JointBusinessPlan jointPlan(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a joint business plan object", JOINT_PLAN);
    if (in == null) {
      return null;
    }
    JointBusinessPlan.Builder b = JointBusinessPlan.builder();
    in.opt("agreedOn", Scalars.DATE_VALUE, b::agreedOn);
    in.set("customerSponsors", StakeholderReader.STAKEHOLDER_ID, b::addAllCustomerSponsors);
    in.set("jointObjectives", PlanItemReader.OBJECTIVE_ID, b::addAllJointObjectives);
    in.opt("nextJointReview", Scalars.DATE_VALUE, b::nextJointReview);
    return in.build(b::build);
  }
}
