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

/** Reads the plan's working items: needs, objectives, actions and KPIs. */
final class PlanItemReader {
  static final Conv<NeedId> NEED_ID = Scalars.id(NeedId::of);
  static final Conv<ObjectiveId> OBJECTIVE_ID = Scalars.id(ObjectiveId::of);
  static final Conv<AccountNeed> NEED_OBJECT = Conv.table(() -> PlanItemReader.NEED);
  static final Conv<Objective> OBJECTIVE_OBJECT = Conv.table(() -> PlanItemReader.OBJECTIVE);
  static final Conv<Action> ACTION_OBJECT = Conv.table(() -> PlanItemReader.ACTION);
  static final Conv<Kpi> KPI_OBJECT = Conv.table(() -> PlanItemReader.KPI);

  private static final Conv<ObjectiveStatus> OBJECTIVE_STATUS =
      Scalars.enumOf(ObjectiveStatus.class);
  private static final Conv<Division> DIVISION = Scalars.enumOf(Division.class);
  private static final Conv<ActionStatus> ACTION_STATUS = Scalars.enumOf(ActionStatus.class);
  private static final Conv<KpiKind> KPI_KIND = Scalars.enumOf(KpiKind.class);
  private static final Conv<KpiPerspective> PERSPECTIVE = Scalars.enumOf(KpiPerspective.class);
  private static final Conv<KpiUnit> UNIT = Scalars.enumOf(KpiUnit.class);
  private static final Conv<ActionId> ACTION_ID = Scalars.id(ActionId::of);

  static final PropertyTable<AccountNeed, AccountNeed.Builder> NEED =
      PropertyTable.of("a need object", AccountNeed::builder, AccountNeed.Builder::build)
          .req("id", NEED_ID, AccountNeed::id, AccountNeed.Builder::id)
          .req(
              "description",
              Scalars.TEXT,
              AccountNeed::description,
              AccountNeed.Builder::description)
          .req(
              "category",
              PlanReader.NEED_CATEGORY,
              AccountNeed::category,
              AccountNeed.Builder::category);

  static final PropertyTable<Objective, Objective.Builder> OBJECTIVE =
      PropertyTable.of("an objective object", Objective::builder, Objective.Builder::build)
          .req("id", OBJECTIVE_ID, Objective::id, Objective.Builder::id)
          .req("title", Scalars.TEXT, Objective::title, Objective.Builder::title)
          .opt("measure", Scalars.TEXT, Objective::measure, Objective.Builder::measure)
          .opt("startDate", Scalars.DATE_VALUE, Objective::startDate, Objective.Builder::startDate)
          .opt("dueDate", Scalars.DATE_VALUE, Objective::dueDate, Objective.Builder::dueDate)
          .optDefault("status", OBJECTIVE_STATUS, Objective::status, Objective.Builder::status)
          .opt("owner", TeamReader.TEAM_MEMBER_ID, Objective::owner, Objective.Builder::owner)
          .opt("division", DIVISION, Objective::division, Objective.Builder::division)
          .opt(
              "directedBy",
              TeamReader.TEAM_MEMBER_ID,
              Objective::directedBy,
              Objective.Builder::directedBy)
          .opt("product", ProductReader.PRODUCT_ID, Objective::product, Objective.Builder::product)
          .opt(
              "indication",
              ProductReader.INDICATION_ID,
              Objective::indication,
              Objective.Builder::indication)
          .set("needs", NEED_ID, Objective::needs, Objective.Builder::addAllNeeds)
          .set(
              "clinicalUnits",
              StakeholderReader.CLINICAL_UNIT_ID,
              Objective::clinicalUnits,
              Objective.Builder::addAllClinicalUnits)
          .opt(
              "revenueTarget",
              ValueReader.MONEY,
              Objective::revenueTarget,
              Objective.Builder::revenueTarget);

  static final PropertyTable<Action, Action.Builder> ACTION =
      PropertyTable.of("an action object", Action::builder, Action.Builder::build)
          .req("id", ACTION_ID, Action::id, Action.Builder::id)
          .req("title", Scalars.TEXT, Action::title, Action.Builder::title)
          .opt("owner", TeamReader.TEAM_MEMBER_ID, Action::owner, Action.Builder::owner)
          .opt("startDate", Scalars.DATE_VALUE, Action::startDate, Action.Builder::startDate)
          .opt("dueDate", Scalars.DATE_VALUE, Action::dueDate, Action.Builder::dueDate)
          .optDefault("status", ACTION_STATUS, Action::status, Action.Builder::status)
          .opt("completedOn", Scalars.DATE_VALUE, Action::completedOn, Action.Builder::completedOn)
          .set("objectives", OBJECTIVE_ID, Action::objectives, Action.Builder::addAllObjectives)
          .opt("parent", ACTION_ID, Action::parent, Action.Builder::parent)
          .set(
              "stakeholders",
              StakeholderReader.STAKEHOLDER_ID,
              Action::stakeholders,
              Action.Builder::addAllStakeholders)
          .set("needs", NEED_ID, Action::needs, Action.Builder::addAllNeeds);

  static final PropertyTable<Kpi, Kpi.Builder> KPI =
      PropertyTable.of("a KPI object", Kpi::builder, Kpi.Builder::build)
          .req("id", Scalars.id(KpiId::of), Kpi::id, Kpi.Builder::id)
          .req("name", Scalars.TEXT, Kpi::name, Kpi.Builder::name)
          .req("kind", KPI_KIND, Kpi::kind, Kpi.Builder::kind)
          .req("perspective", PERSPECTIVE, Kpi::perspective, Kpi.Builder::perspective)
          .optDefault("unit", UNIT, Kpi::unit, Kpi.Builder::unit)
          .opt("target", Scalars.DECIMAL_VALUE, Kpi::target, Kpi.Builder::target)
          .opt("current", Scalars.DECIMAL_VALUE, Kpi::current, Kpi.Builder::current)
          .opt("measuredOn", Scalars.DATE_VALUE, Kpi::measuredOn, Kpi.Builder::measuredOn)
          .opt("objective", OBJECTIVE_ID, Kpi::objective, Kpi.Builder::objective);

  private PlanItemReader() {}
}
