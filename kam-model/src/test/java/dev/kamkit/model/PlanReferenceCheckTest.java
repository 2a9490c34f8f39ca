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
import static dev.kamkit.model.TestAccounts.NO_UNIT;
import static dev.kamkit.model.TestAccounts.OBJECTIVE;
import static dev.kamkit.model.TestAccounts.ONCOLOGIST;
import static dev.kamkit.model.TestAccounts.OTHER_INDICATION;
import static dev.kamkit.model.TestAccounts.PRODUCT;
import static dev.kamkit.model.TestAccounts.UNIT;
import static dev.kamkit.model.TestAccounts.action;
import static dev.kamkit.model.TestAccounts.plan;
import static dev.kamkit.model.TestAccounts.valid;
import static dev.kamkit.model.base.ModelAssertions.assertArgs;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCheck.at;
import static dev.kamkit.model.base.ModelCode.NOT_AN_INDICATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.FieldPath;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.base.Referent;
import dev.kamkit.model.explain.Arg;
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
  private static final InitiativeId INITIATIVE = InitiativeId.of("init");

  /** The path of an element of one of the plan's lists. */
  private static FieldPath inPlan(String list, int index, Object key) {
    return path("plan").then(at(list, index, key));
  }

  private static KeyAccount.Builder with(AccountPlan.Builder plan) {
    return valid().plan(plan.build());
  }

  private static Objective.Builder objective() {
    return Objective.builder().id(SECOND).title("Second objective");
  }

  private static SharedValueInitiative.Builder initiative() {
    return SharedValueInitiative.builder().id(INITIATIVE).name("Adherence");
  }

  @Test
  void theLinkedPlanBuilds() {
    assertEquals(OBJECTIVE, with(plan()).build().plan().get().objectives().get(0).id());
  }

  @Test
  void thePlanOwnerIsOnOurTeam() {
    assertDangling(
        with(plan().owner(NO_TEAM_MEMBER)),
        path("plan", "owner"),
        NO_TEAM_MEMBER,
        Referent.TEAM_MEMBER);
  }

  @Test
  void whoDirectsAnObjectiveIsOnOurTeam() {
    assertDangling(
        with(plan().addObjective(objective().directedBy(NO_TEAM_MEMBER).build())),
        inPlan("objectives", 1, SECOND).field("directedBy"),
        NO_TEAM_MEMBER,
        Referent.TEAM_MEMBER);
    with(plan().addObjective(objective().directedBy(TestAccounts.KAM).build())).build();
  }

  @Test
  void anObjectivesOwnerProductAndNeedsAreInTheAccount() {
    assertDangling(
        with(plan().addObjective(objective().owner(NO_TEAM_MEMBER).build())),
        inPlan("objectives", 1, SECOND).field("owner"),
        NO_TEAM_MEMBER,
        Referent.TEAM_MEMBER);
    assertDangling(
        with(plan().addObjective(objective().product(NO_PRODUCT).build())),
        inPlan("objectives", 1, SECOND).field("product"),
        NO_PRODUCT,
        Referent.PRODUCT);
    assertDangling(
        with(plan().addObjective(objective().addNeed(NO_NEED).build())),
        inPlan("objectives", 1, SECOND).field("needs").element(0, Arg.of(NO_NEED)),
        NO_NEED,
        Referent.ACCOUNT_NEED);
  }

  @Test
  void theClinicalUnitsAnObjectiveTargetsAreTheAccounts() {
    with(plan().addObjective(objective().product(PRODUCT).addClinicalUnit(UNIT).build())).build();
    assertDangling(
        with(plan().addObjective(objective().product(PRODUCT).addClinicalUnit(NO_UNIT).build())),
        inPlan("objectives", 1, SECOND).field("clinicalUnits").element(0, Arg.of(NO_UNIT)),
        NO_UNIT,
        Referent.CLINICAL_UNIT);
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
            NOT_AN_INDICATION,
            inPlan("objectives", 1, SECOND).field("indication"),
            "other-indication");
    assertArgs(v, Arg.of(PRODUCT));
  }

  @Test
  void anActionsOwnerObjectivesStakeholdersAndNeedsAreInTheAccount() {
    ActionId second = ActionId.of("second");
    assertDangling(
        with(plan().addAction(action(second).owner(NO_TEAM_MEMBER).build())),
        inPlan("actions", 1, second).field("owner"),
        NO_TEAM_MEMBER,
        Referent.TEAM_MEMBER);
    assertDangling(
        with(plan().addAction(action(second).addObjective(NO_OBJECTIVE).build())),
        inPlan("actions", 1, second).field("objectives").element(0, Arg.of(NO_OBJECTIVE)),
        NO_OBJECTIVE,
        Referent.OBJECTIVE);
    assertDangling(
        with(plan().addAction(action(second).addStakeholder(NO_STAKEHOLDER).build())),
        inPlan("actions", 1, second).field("stakeholders").element(0, Arg.of(NO_STAKEHOLDER)),
        NO_STAKEHOLDER,
        Referent.STAKEHOLDER);
    assertDangling(
        with(plan().addAction(action(second).addNeed(NO_NEED).build())),
        inPlan("actions", 1, second).field("needs").element(0, Arg.of(NO_NEED)),
        NO_NEED,
        Referent.ACCOUNT_NEED);
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
        inPlan("actions", 1, ActionId.of("sub")).field("parent"),
        NO_ACTION,
        Referent.ACTION);
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
    assertDangling(
        with(plan().addKpi(kpi)),
        inPlan("kpis", 0, KpiId.of("kpi")).field("objective"),
        NO_OBJECTIVE,
        Referent.OBJECTIVE);
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
        path("plan", "valueProposition", "products").element(1, Arg.of(NO_PRODUCT)),
        NO_PRODUCT,
        Referent.PRODUCT);
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
        inPlan("competitiveLandscape", 0, "Rivaltis")
            .field("competesWith")
            .element(0, Arg.of(NO_PRODUCT)),
        NO_PRODUCT,
        Referent.PRODUCT);
  }

  @Test
  void anInitiativesNeedsStakeholdersAndTeamAreInTheAccount() {
    assertDangling(
        with(plan().addSharedValueInitiative(initiative().addNeed(NO_NEED).build())),
        inPlan("sharedValueInitiatives", 0, INITIATIVE).field("needs").element(0, Arg.of(NO_NEED)),
        NO_NEED,
        Referent.ACCOUNT_NEED);
    assertDangling(
        with(plan().addSharedValueInitiative(initiative().addStakeholder(NO_STAKEHOLDER).build())),
        inPlan("sharedValueInitiatives", 0, INITIATIVE)
            .field("stakeholders")
            .element(0, Arg.of(NO_STAKEHOLDER)),
        NO_STAKEHOLDER,
        Referent.STAKEHOLDER);
    assertDangling(
        with(plan().addSharedValueInitiative(initiative().addTeamMember(NO_TEAM_MEMBER).build())),
        inPlan("sharedValueInitiatives", 0, INITIATIVE)
            .field("teamMembers")
            .element(0, Arg.of(NO_TEAM_MEMBER)),
        NO_TEAM_MEMBER,
        Referent.TEAM_MEMBER);
  }

  @Test
  void aJointBusinessPlanNamesTheirSponsorsAndOurObjectives() {
    assertDangling(
        with(
            plan()
                .jointBusinessPlan(
                    JointBusinessPlan.builder().addCustomerSponsor(NO_STAKEHOLDER).build())),
        path("plan", "jointBusinessPlan", "customerSponsors").element(0, Arg.of(NO_STAKEHOLDER)),
        NO_STAKEHOLDER,
        Referent.STAKEHOLDER);
    assertDangling(
        with(
            plan()
                .jointBusinessPlan(
                    JointBusinessPlan.builder().addJointObjective(NO_OBJECTIVE).build())),
        path("plan", "jointBusinessPlan", "jointObjectives").element(0, Arg.of(NO_OBJECTIVE)),
        NO_OBJECTIVE,
        Referent.OBJECTIVE);
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
        inPlan("patientPathways", 0, "NSCLC")
            .field("stages")
            .element(0, Arg.text("Diagnosis"))
            .field("stakeholders")
            .element(0, Arg.of(NO_STAKEHOLDER)),
        NO_STAKEHOLDER,
        Referent.STAKEHOLDER);
  }
}
