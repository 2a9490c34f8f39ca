package dev.kamkit.json.deser;

import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.NeedCategory;
import dev.kamkit.model.plan.PlanStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads the account plan, delegating its sections to the plan's other readers. */
final class PlanReader {
  static final List<String> PLAN =
      List.of(
          "name",
          "status",
          "owner",
          "periodStart",
          "periodEnd",
          "strategicPriorities",
          "needs",
          "needsSegment",
          "objectives",
          "actions",
          "kpis",
          "valueProposition",
          "competitiveLandscape",
          "swot",
          "sharedValueInitiatives",
          "jointBusinessPlan",
          "patientPathways",
          "voiceOfAccount",
          "updates",
          "reviews",
          "attributes");

  static final Conv<AccountPlan> PLAN_OBJECT = Conv.of("a plan object", PlanReader::plan);
  static final Conv<NeedCategory> NEED_CATEGORY = Scalars.enumOf(NeedCategory.class);

  private static final Conv<PlanStatus> STATUS = Scalars.enumOf(PlanStatus.class);

  private PlanReader() {}

  private static @Nullable AccountPlan plan(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a plan object", PLAN);
    if (in == null) {
      return null;
    }
    AccountPlan.Builder b = AccountPlan.builder();
    in.req("name", Scalars.TEXT, b::name);
    in.opt("status", STATUS, b::status);
    in.opt("owner", TeamReader.TEAM_MEMBER_ID, b::owner);
    in.opt("periodStart", Scalars.DATE_VALUE, b::periodStart);
    in.opt("periodEnd", Scalars.DATE_VALUE, b::periodEnd);
    in.list("strategicPriorities", Scalars.TEXT, b::addAllStrategicPriorities);
    in.list("needs", PlanItemReader.NEED_OBJECT, b::addAllNeeds);
    in.opt("needsSegment", NEED_CATEGORY, b::needsSegment);
    in.list("objectives", PlanItemReader.OBJECTIVE_OBJECT, b::addAllObjectives);
    in.list("actions", PlanItemReader.ACTION_OBJECT, b::addAllActions);
    in.list("kpis", PlanItemReader.KPI_OBJECT, b::addAllKpis);
    in.opt("valueProposition", PlanContextReader.VALUE_PROPOSITION_OBJECT, b::valueProposition);
    in.list(
        "competitiveLandscape", PlanContextReader.COMPETITOR_OBJECT, b::addAllCompetitiveLandscape);
    in.opt("swot", PlanContextReader.SWOT_OBJECT, b::swot);
    in.list(
        "sharedValueInitiatives",
        PlanContextReader.INITIATIVE_OBJECT,
        b::addAllSharedValueInitiatives);
    in.opt("jointBusinessPlan", PlanContextReader.JOINT_PLAN_OBJECT, b::jointBusinessPlan);
    in.list("patientPathways", PathwayReader.PATHWAY_OBJECT, b::addAllPatientPathways);
    in.list("voiceOfAccount", PathwayReader.FEEDBACK_OBJECT, b::addAllVoiceOfAccount);
    in.set("updates", Scalars.DATE_VALUE, b::addAllUpdates);
    in.set("reviews", Scalars.DATE_VALUE, b::addAllReviews);
    ValueReader.attributes(in, b::putAllAttributes);
    return in.build(b::build);
  }
}
