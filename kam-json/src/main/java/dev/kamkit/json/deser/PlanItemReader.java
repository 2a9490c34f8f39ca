package dev.kamkit.json.deser;

import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.KpiId;
import dev.kamkit.model.id.NeedId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.plan.AccountNeed;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.ActionStatus;
import dev.kamkit.model.plan.Kpi;
import dev.kamkit.model.plan.KpiKind;
import dev.kamkit.model.plan.KpiPerspective;
import dev.kamkit.model.plan.KpiUnit;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.ObjectiveStatus;
import dev.kamkit.model.team.Division;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads the plan's working items: needs, objectives, actions and KPIs. */
final class PlanItemReader {
  static final List<String> NEED = List.of("id", "description", "category");
  static final List<String> OBJECTIVE =
      List.of(
          "id",
          "title",
          "measure",
          "startDate",
          "dueDate",
          "status",
          "owner",
          "division",
          "directedBy",
          "product",
          "indication",
          "needs");
  static final List<String> ACTION =
      List.of(
          "id",
          "title",
          "owner",
          "startDate",
          "dueDate",
          "status",
          "completedOn",
          "objectives",
          "parent",
          "stakeholders",
          "needs");
  static final List<String> KPI =
      List.of(
          "id",
          "name",
          "kind",
          "perspective",
          "unit",
          "target",
          "current",
          "measuredOn",
          "objective");

  static final Conv<NeedId> NEED_ID = Scalars.id(NeedId::of);
  static final Conv<ObjectiveId> OBJECTIVE_ID = Scalars.id(ObjectiveId::of);
  static final Conv<AccountNeed> NEED_OBJECT = Conv.of("a need object", PlanItemReader::need);
  static final Conv<Objective> OBJECTIVE_OBJECT =
      Conv.of("an objective object", PlanItemReader::objective);
  static final Conv<Action> ACTION_OBJECT = Conv.of("an action object", PlanItemReader::action);
  static final Conv<Kpi> KPI_OBJECT = Conv.of("a KPI object", PlanItemReader::kpi);

  private static final Conv<ObjectiveStatus> OBJECTIVE_STATUS =
      Scalars.enumOf(ObjectiveStatus.class);
  private static final Conv<Division> DIVISION = Scalars.enumOf(Division.class);
  private static final Conv<ActionStatus> ACTION_STATUS = Scalars.enumOf(ActionStatus.class);
  private static final Conv<KpiKind> KPI_KIND = Scalars.enumOf(KpiKind.class);
  private static final Conv<KpiPerspective> PERSPECTIVE = Scalars.enumOf(KpiPerspective.class);
  private static final Conv<KpiUnit> UNIT = Scalars.enumOf(KpiUnit.class);
  private static final Conv<ActionId> ACTION_ID = Scalars.id(ActionId::of);

  private PlanItemReader() {}

  private static @Nullable AccountNeed need(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a need object", NEED);
    if (in == null) {
      return null;
    }
    AccountNeed.Builder b = AccountNeed.builder();
    in.req("id", NEED_ID, b::id);
    in.req("description", Scalars.TEXT, b::description);
    in.req("category", PlanReader.NEED_CATEGORY, b::category);
    return in.build(b::build);
  }

  private static @Nullable Objective objective(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "an objective object", OBJECTIVE);
    if (in == null) {
      return null;
    }
    Objective.Builder b = Objective.builder();
    in.req("id", OBJECTIVE_ID, b::id);
    in.req("title", Scalars.TEXT, b::title);
    in.opt("measure", Scalars.TEXT, b::measure);
    in.opt("startDate", Scalars.DATE_VALUE, b::startDate);
    in.opt("dueDate", Scalars.DATE_VALUE, b::dueDate);
    in.opt("status", OBJECTIVE_STATUS, b::status);
    in.opt("owner", TeamReader.TEAM_MEMBER_ID, b::owner);
    in.opt("division", DIVISION, b::division);
    in.opt("directedBy", TeamReader.TEAM_MEMBER_ID, b::directedBy);
    in.opt("product", ProductReader.PRODUCT_ID, b::product);
    in.opt("indication", ProductReader.INDICATION_ID, b::indication);
    in.set("needs", NEED_ID, b::addAllNeeds);
    return in.build(b::build);
  }

  private static @Nullable Action action(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "an action object", ACTION);
    if (in == null) {
      return null;
    }
    Action.Builder b = Action.builder();
    in.req("id", ACTION_ID, b::id);
    in.req("title", Scalars.TEXT, b::title);
    in.opt("owner", TeamReader.TEAM_MEMBER_ID, b::owner);
    in.opt("startDate", Scalars.DATE_VALUE, b::startDate);
    in.opt("dueDate", Scalars.DATE_VALUE, b::dueDate);
    in.opt("status", ACTION_STATUS, b::status);
    in.opt("completedOn", Scalars.DATE_VALUE, b::completedOn);
    in.set("objectives", OBJECTIVE_ID, b::addAllObjectives);
    in.opt("parent", ACTION_ID, b::parent);
    in.set("stakeholders", StakeholderReader.STAKEHOLDER_ID, b::addAllStakeholders);
    in.set("needs", NEED_ID, b::addAllNeeds);
    return in.build(b::build);
  }

  private static @Nullable Kpi kpi(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a KPI object", KPI);
    if (in == null) {
      return null;
    }
    Kpi.Builder b = Kpi.builder();
    in.req("id", Scalars.id(KpiId::of), b::id);
    in.req("name", Scalars.TEXT, b::name);
    in.req("kind", KPI_KIND, b::kind);
    in.req("perspective", PERSPECTIVE, b::perspective);
    in.opt("unit", UNIT, b::unit);
    in.opt("target", Scalars.DECIMAL_VALUE, b::target);
    in.opt("current", Scalars.DECIMAL_VALUE, b::current);
    in.opt("measuredOn", Scalars.DATE_VALUE, b::measuredOn);
    in.opt("objective", OBJECTIVE_ID, b::objective);
    return in.build(b::build);
  }
}
