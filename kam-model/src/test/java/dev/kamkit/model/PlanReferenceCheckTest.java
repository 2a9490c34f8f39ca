package dev.kamkit.model;

import static dev.kamkit.model.ReferenceCheckTest.assertDangling;
import static dev.kamkit.model.TestAccounts.ACTION;
import static dev.kamkit.model.TestAccounts.INDICATION;
import static dev.kamkit.model.TestAccounts.KAM;
import static dev.kamkit.model.TestAccounts.NEED;
import static dev.kamkit.model.TestAccounts.NO_ACTION;
import static dev.kamkit.model.TestAccounts.NO_NEED;
import static dev.kamkit.model.TestAccounts.NO_OBJECTIVE;
import static dev.kamkit.model.TestAccounts.NO_PRODUCT;
import static dev.kamkit.model.TestAccounts.NO_STAKEHOLDER;
import static dev.kamkit.model.TestAccounts.NO_TEAM_MEMBER;
import static dev.kamkit.model.TestAccounts.OBJECTIVE;
import static dev.kamkit.model.TestAccounts.ONCOLOGIST;
import static dev.kamkit.model.TestAccounts.OTHER_INDICATION;
import static dev.kamkit.model.TestAccounts.PRODUCT;
import static dev.kamkit.model.TestAccounts.action;
import static dev.kamkit.model.TestAccounts.plan;
import static dev.kamkit.model.TestAccounts.valid;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.InitiativeId;
import dev.kamkit.model.id.KpiId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.CompetitorPosition;
import dev.kamkit.model.plan.JointBusinessPlan;
import dev.kamkit.model.plan.Kpi;
import dev.kamkit.model.plan.KpiKind;
import dev.kamkit.model.plan.KpiPerspective;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.PathwayStage;
import dev.kamkit.model.plan.PatientPathway;
import dev.kamkit.model.plan.SharedValueInitiative;
import dev.kamkit.model.plan.ThreatLevel;
import dev.kamkit.model.plan.ValueProposition;
import org.junit.jupiter.api.Test;

/** One test per kind of reference inside the account plan. */
class PlanReferenceCheckTest {
  private static final ObjectiveId SECOND = ObjectiveId.of("second");

  private static KeyAccount.Builder with(AccountPlan.Builder plan) {
    return valid().plan(plan.build());
  }

  private static Objective.Builder objective() {
    return Objective.builder().id(SECOND).title("Second objective");
  }

  private static SharedValueInitiative.Builder initiative() {
    return SharedValueInitiative.builder().id(InitiativeId.of("init")).name("Adherence");
  }

  @Test
  void theLinkedPlanBuilds() {
    assertEquals(OBJECTIVE, with(plan()).build().plan().get().objectives().get(0).id());
  }

  @Test
  void thePlanOwnerIsOnOurTeam() {
    assertDangling(with(plan().owner(NO_TEAM_MEMBER)), "plan.owner", "ghost", "team member");
  }

  @Test
  void whoDirectsAnObjectiveIsOnOurTeam() {
    assertDangling(
        with(plan().addObjective(objective().directedBy(NO_TEAM_MEMBER).build())),
        "plan.objectives[second].directedBy",
        "ghost",
        "team member");
    with(plan().addObjective(objective().directedBy(TestAccounts.KAM).build())).build();
  }

  @Test
  void anObjectivesOwnerProductAndNeedsAreInTheAccount() {
    assertDangling(
        with(plan().addObjective(objective().owner(NO_TEAM_MEMBER).build())),
        "plan.objectives[second].owner",
        "ghost",
        "team member");
    assertDangling(
        with(plan().addObjective(objective().product(NO_PRODUCT).build())),
        "plan.objectives[second].product",
        "ghost",
        "product");
    assertDangling(
        with(plan().addObjective(objective().addNeed(NO_NEED).build())),
        "plan.objectives[second].needs",
        "ghost",
        "account need");
  }

  @Test
  void anObjectivesIndicationBelongsToItsProduct() {
    with(plan().addObjective(objective().product(PRODUCT).indication(INDICATION).build())).build();
    ModelViolation v =
        assertSingleViolation(
            with(
                    plan()
                        .addObjective(
                            objective().product(PRODUCT).indication(OTHER_INDICATION).build()))
                ::build,
            "plan.objectives[second].indication",
            "other-indication");
    assertEquals("is not an indication of product product", v.problem());
  }

  @Test
  void anActionsOwnerObjectivesStakeholdersAndNeedsAreInTheAccount() {
    ActionId second = ActionId.of("second");
    assertDangling(
        with(plan().addAction(action(second).owner(NO_TEAM_MEMBER).build())),
        "plan.actions[second].owner",
        "ghost",
        "team member");
    assertDangling(
        with(plan().addAction(action(second).addObjective(NO_OBJECTIVE).build())),
        "plan.actions[second].objectives",
        "ghost",
        "objective");
    assertDangling(
        with(plan().addAction(action(second).addStakeholder(NO_STAKEHOLDER).build())),
        "plan.actions[second].stakeholders",
        "ghost",
        "stakeholder");
    assertDangling(
        with(plan().addAction(action(second).addNeed(NO_NEED).build())),
        "plan.actions[second].needs",
        "ghost",
        "account need");
    with(plan()
            .addAction(
                action(second)
                    .owner(KAM)
                    .addObjective(OBJECTIVE)
                    .addStakeholder(ONCOLOGIST)
                    .addNeed(NEED)
                    .parent(ACTION)
                    .build()))
        .build();
  }

  @Test
  void aSubActionsParentIsAnActionOfThePlan() {
    assertDangling(
        with(plan().addAction(action(ActionId.of("sub")).parent(NO_ACTION).build())),
        "plan.actions[sub].parent",
        "ghost",
        "action");
  }

  @Test
  void aKpiMeasuresAnObjectiveOfThePlan() {
    Kpi kpi =
        Kpi.builder()
            .id(KpiId.of("kpi"))
            .name("Share")
            .kind(KpiKind.LAGGING)
            .perspective(KpiPerspective.COMPANY)
            .objective(NO_OBJECTIVE)
            .build();
    assertDangling(with(plan().addKpi(kpi)), "plan.kpis[kpi].objective", "ghost", "objective");
    with(plan().addKpi(kpi.withObjective(OBJECTIVE))).build();
  }

  @Test
  void theValuePropositionsProductsAreProductsOfTheAccount() {
    ValueProposition proposition =
        ValueProposition.builder()
            .statement("Fewer chair hours")
            .addProducts(PRODUCT, NO_PRODUCT)
            .build();
    assertDangling(
        with(plan().valueProposition(proposition)),
        "plan.valueProposition.products",
        "ghost",
        "product");
  }

  @Test
  void aCompetitorCompetesWithProductsOfTheAccount() {
    CompetitorPosition rival =
        CompetitorPosition.builder()
            .competitor("Rivaltis")
            .threat(ThreatLevel.HIGH)
            .addCompetesWith(NO_PRODUCT)
            .build();
    assertDangling(
        with(plan().addCompetitiveLandscape(rival)),
        "plan.competitiveLandscape[Rivaltis].competesWith",
        "ghost",
        "product");
  }

  @Test
  void anInitiativesNeedsStakeholdersAndTeamAreInTheAccount() {
    assertDangling(
        with(plan().addSharedValueInitiative(initiative().addNeed(NO_NEED).build())),
        "plan.sharedValueInitiatives[init].needs",
        "ghost",
        "account need");
    assertDangling(
        with(plan().addSharedValueInitiative(initiative().addStakeholder(NO_STAKEHOLDER).build())),
        "plan.sharedValueInitiatives[init].stakeholders",
        "ghost",
        "stakeholder");
    assertDangling(
        with(plan().addSharedValueInitiative(initiative().addTeamMember(NO_TEAM_MEMBER).build())),
        "plan.sharedValueInitiatives[init].teamMembers",
        "ghost",
        "team member");
  }

  @Test
  void aJointBusinessPlanNamesTheirSponsorsAndOurObjectives() {
    assertDangling(
        with(
            plan()
                .jointBusinessPlan(
                    JointBusinessPlan.builder().addCustomerSponsor(NO_STAKEHOLDER).build())),
        "plan.jointBusinessPlan.customerSponsors",
        "ghost",
        "stakeholder");
    assertDangling(
        with(
            plan()
                .jointBusinessPlan(
                    JointBusinessPlan.builder().addJointObjective(NO_OBJECTIVE).build())),
        "plan.jointBusinessPlan.jointObjectives",
        "ghost",
        "objective");
  }

  @Test
  void aPathwayStagesStakeholdersAreInTheAccount() {
    PatientPathway pathway =
        PatientPathway.builder()
            .condition("NSCLC")
            .addStage(
                PathwayStage.builder().name("Diagnosis").addStakeholder(NO_STAKEHOLDER).build())
            .build();
    assertDangling(
        with(plan().addPatientPathway(pathway)),
        "plan.patientPathways[NSCLC].stages[Diagnosis].stakeholders",
        "ghost",
        "stakeholder");
  }
}
