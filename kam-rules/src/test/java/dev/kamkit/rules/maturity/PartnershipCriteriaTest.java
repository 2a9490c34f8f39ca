package dev.kamkit.rules.maturity;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.id.InitiativeId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.InitiativeStatus;
import dev.kamkit.model.plan.JointBusinessPlan;
import dev.kamkit.model.plan.SharedValueInitiative;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.criteria.Outcome;
import dev.kamkit.rules.fixtures.AccountFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stage 5 of seed 001 criterion by criterion under the default policy: one launched initiative, one
 * executive held at strong or better, two of our functions staffing committed initiatives.
 */
class PartnershipCriteriaTest {
  private final MaturityClassifier classifier = MaturityClassifier.withDefaults();

  private CriterionResult criterion(AccountFixture f, MaturityCriterion c) {
    return classifier.classify(f.build(), AS_OF).criterion(c);
  }

  private static void assertCriterion(Outcome outcome, String message, CriterionResult r) {
    assertEquals(outcome, r.outcome(), r.reasons().toString());
    assertEquals(message, r.reasons().get(0).message().toString());
  }

  private static AccountFixture base() {
    return AccountFixture.hospital("h", "H", 400)
        .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
        .member("rep", TeamFunction.SALES)
        .member("msl", TeamFunction.MEDICAL_SCIENCE_LIAISON)
        .stakeholder("cmo", StakeholderFunction.EXECUTIVE, s -> s.seniority(Seniority.EXECUTIVE))
        .objective("o1", "kam");
  }

  // --- joint business plan: agreed, sponsored, with joint objectives ---

  @Test
  void aJointPlanNamesEverythingItLacks() {
    assertCriterion(
        Outcome.MISSING,
        "Agree a joint business plan with the customer: joint objectives, committed resources,"
            + " aligned measures",
        criterion(base(), MaturityCriterion.JOINT_BUSINESS_PLAN));
    AccountFixture bare =
        base()
            .plan(
                p ->
                    p.jointBusinessPlan(
                        JointBusinessPlan.builder().agreedOn(AS_OF.plusDays(1)).build()));
    assertCriterion(
        Outcome.MISSING,
        "The joint business plan is not agreed with the customer yet, has no customer sponsor,"
            + " names no joint objective",
        criterion(bare, MaturityCriterion.JOINT_BUSINESS_PLAN));
  }

  @Test
  void aJointPlanAgreedTodayWithASponsorAndAnObjectiveHolds() {
    AccountFixture f =
        base()
            .plan(
                p ->
                    p.jointBusinessPlan(
                        JointBusinessPlan.builder()
                            .agreedOn(AS_OF)
                            .addCustomerSponsor(StakeholderId.of("cmo"))
                            .addJointObjective(ObjectiveId.of("o1"))
                            .build()));
    CriterionResult r = criterion(f, MaturityCriterion.JOINT_BUSINESS_PLAN);
    assertCriterion(
        Outcome.MET,
        "Joint business plan agreed on 2026-11-22 with 1 customer sponsor and 1 joint objective",
        r);
    assertEquals(
        List.<KamId>of(StakeholderId.of("cmo"), ObjectiveId.of("o1")),
        r.reasons().get(0).subjects());
  }

  // --- shared-value initiatives launched by asOf ---

  private static SharedValueInitiative initiative(
      String id, InitiativeStatus status, LocalDate launched, String... members) {
    SharedValueInitiative.Builder i =
        SharedValueInitiative.builder()
            .id(InitiativeId.of(id))
            .name("Initiative " + id)
            .status(status);
    if (launched != null) {
      i.launchedOn(launched);
    }
    for (String m : members) {
      i.addTeamMember(TeamMemberId.of(m));
    }
    return i.build();
  }

  @Test
  void anInitiativeCountsAsLaunchedFromItsLaunchDay() {
    AccountFixture today =
        base()
            .plan(
                p ->
                    p.addSharedValueInitiatives(
                        initiative("i1", InitiativeStatus.LAUNCHED, AS_OF),
                        initiative("i2", InitiativeStatus.COMPLETED, null),
                        initiative("i3", InitiativeStatus.AGREED, null)));
    CriterionResult r = criterion(today, MaturityCriterion.SHARED_VALUE_INITIATIVES);
    assertCriterion(
        Outcome.MET, "2 shared-value initiatives launched: Initiative i1, Initiative i2", r);
    assertEquals(
        List.of(InitiativeId.of("i1"), InitiativeId.of("i2")), r.reasons().get(0).subjects());
    AccountFixture tomorrow =
        base()
            .plan(
                p ->
                    p.addSharedValueInitiatives(
                        initiative("i1", InitiativeStatus.LAUNCHED, AS_OF.plusDays(1)),
                        initiative("i2", InitiativeStatus.PROPOSED, null)));
    assertCriterion(
        Outcome.MISSING,
        "0 initiatives have launched of 2 recorded; launch at least 1 with the account",
        criterion(tomorrow, MaturityCriterion.SHARED_VALUE_INITIATIVES));
    assertCriterion(
        Outcome.MISSING,
        "No shared-value initiative is recorded: propose and launch one with the account",
        criterion(base(), MaturityCriterion.SHARED_VALUE_INITIATIVES));
  }

  // --- executive relationships: active and at least strong ---

  @Test
  void anExecutiveHeldActivelyAtStrongOrBetterIsAnExecutiveRelationship() {
    AccountFixture strong =
        base().holds("kam", "cmo", RelationshipStrength.STRONG, AS_OF.minusDays(90));
    CriterionResult r = criterion(strong, MaturityCriterion.EXECUTIVE_RELATIONSHIPS);
    assertCriterion(Outcome.MET, "We actively hold 1 executive at strong or better: cmo", r);
    assertEquals(List.of(StakeholderId.of("cmo")), r.reasons().get(0).subjects());
  }

  @Test
  void aWorkingOrLapsedExecutiveRelationshipIsNotEnough() {
    AccountFixture f =
        base()
            .stakeholder("cfo", StakeholderFunction.FINANCE, s -> s.seniority(Seniority.EXECUTIVE))
            .stakeholder(
                "old-ceo",
                StakeholderFunction.EXECUTIVE,
                s -> s.seniority(Seniority.EXECUTIVE).status(StakeholderStatus.DEPARTED))
            .stakeholder(
                "vp", StakeholderFunction.FINANCE, s -> s.seniority(Seniority.SENIOR_LEADER))
            .holds("kam", "cmo", RelationshipStrength.WORKING, AS_OF.minusDays(1))
            .holds("rep", "cfo", RelationshipStrength.TRUSTED, AS_OF.minusDays(91))
            .holds("msl", "vp", RelationshipStrength.TRUSTED, AS_OF.minusDays(1));
    CriterionResult r = criterion(f, MaturityCriterion.EXECUTIVE_RELATIONSHIPS);
    assertCriterion(
        Outcome.MISSING,
        "Of 2 executives mapped (cfo, cmo), 0 held actively at strong or better; at least 1"
            + " needed",
        r);
    assertEquals(
        List.of(StakeholderId.of("cfo"), StakeholderId.of("cmo")), r.reasons().get(0).subjects());
    assertCriterion(
        Outcome.MISSING,
        "No executive of the account is mapped: map and reach its C-suite",
        criterion(
            AccountFixture.hospital("h", "H", 400), MaturityCriterion.EXECUTIVE_RELATIONSHIPS));
  }

  // --- marshalling resources: committed initiatives staffed by two of our functions ---

  @Test
  void committedInitiativesStaffedByTwoFunctionsMarshalResources() {
    AccountFixture two =
        base()
            .plan(
                p ->
                    p.addSharedValueInitiatives(
                        initiative("i1", InitiativeStatus.AGREED, null, "kam"),
                        initiative("i2", InitiativeStatus.LAUNCHED, AS_OF, "msl"),
                        initiative("i3", InitiativeStatus.PROPOSED, null, "rep")));
    CriterionResult r = criterion(two, MaturityCriterion.MARSHALS_RESOURCES);
    assertCriterion(
        Outcome.MET,
        "Agreed and launched initiatives are staffed by 2 functions of ours (key account"
            + " manager, medical science liaison)",
        r);
    assertEquals(
        List.of(TeamMemberId.of("kam"), TeamMemberId.of("msl")), r.reasons().get(0).subjects());
    AccountFixture one =
        base()
            .plan(
                p ->
                    p.addSharedValueInitiatives(
                        initiative("i1", InitiativeStatus.AGREED, null, "kam"),
                        initiative("i3", InitiativeStatus.PROPOSED, null, "rep")));
    assertCriterion(
        Outcome.MISSING,
        "Agreed and launched initiatives are staffed by 1 function of ours (key account"
            + " manager); at least 2 needed to marshal resources for the customer",
        criterion(one, MaturityCriterion.MARSHALS_RESOURCES));
    assertCriterion(
        Outcome.MISSING,
        "No shared-value initiative is agreed or launched to commit resources to",
        criterion(base(), MaturityCriterion.MARSHALS_RESOURCES));
  }
}
