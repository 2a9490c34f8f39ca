package dev.kamkit.rules.maturity;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
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
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stage 5 of KAM evolution (Clarity, "Pharma Key Account Management – The Evolution Continues")
 * criterion by criterion under the default policy: one launched initiative, one executive held at
 * strong or better, two of our functions staffing committed initiatives.
 */
class PartnershipCriteriaTest {
  private final MaturityClassifier classifier = MaturityClassifier.withDefaults();

  private CriterionResult criterion(AccountFixture f, MaturityCriterion c) {
    return classifier.classify(f.build(), AS_OF).criterion(c);
  }

  private static void assertCriterion(Outcome outcome, Message message, CriterionResult r) {
    assertEquals(outcome, r.outcome(), r.reasons().toString());
    assertEquals(List.of(message), r.reasons().stream().map(Reason::message).toList());
    assertEquals(
        outcome == Outcome.MET ? Effect.STRENGTH : Effect.GAP, r.reasons().get(0).effect());
  }

  /** A fixture stakeholder, whose name is its id. */
  private static Arg person(String id) {
    return Arg.of(StakeholderId.of(id), id);
  }

  private static Arg lacks(MaturityCode code) {
    return Arg.of(Message.of(code));
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
        Message.of(MaturityCode.JOINT_BUSINESS_PLAN_NONE),
        criterion(base(), MaturityCriterion.JOINT_BUSINESS_PLAN));
    AccountFixture bare =
        base()
            .plan(
                p ->
                    p.jointBusinessPlan(
                        JointBusinessPlan.builder().agreedOn(AS_OF.plusDays(1)).build()));
    assertCriterion(
        Outcome.MISSING,
        Message.of(
            MaturityCode.JOINT_BUSINESS_PLAN_LACKING,
            Arg.list(
                lacks(MaturityCode.JOINT_BUSINESS_PLAN_LACKS_AGREEMENT),
                lacks(MaturityCode.JOINT_BUSINESS_PLAN_LACKS_SPONSOR),
                lacks(MaturityCode.JOINT_BUSINESS_PLAN_LACKS_OBJECTIVE))),
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
        Message.of(MaturityCode.JOINT_BUSINESS_PLAN_MET, Arg.of(AS_OF), Arg.of(1), Arg.of(1)),
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
        Outcome.MET,
        Message.of(
            MaturityCode.SHARED_VALUE_INITIATIVES_MET,
            Arg.of(2),
            Arg.list(
                Arg.of(InitiativeId.of("i1"), "Initiative i1"),
                Arg.of(InitiativeId.of("i2"), "Initiative i2"))),
        r);
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
        Message.of(MaturityCode.SHARED_VALUE_INITIATIVES_MISSING, Arg.of(0), Arg.of(2), Arg.of(1)),
        criterion(tomorrow, MaturityCriterion.SHARED_VALUE_INITIATIVES));
    assertCriterion(
        Outcome.MISSING,
        Message.of(MaturityCode.SHARED_VALUE_INITIATIVES_NONE),
        criterion(base(), MaturityCriterion.SHARED_VALUE_INITIATIVES));
  }

  // --- executive relationships: active and at least strong ---

  @Test
  void anExecutiveHeldActivelyAtStrongOrBetterIsAnExecutiveRelationship() {
    AccountFixture strong =
        base().holds("kam", "cmo", RelationshipStrength.STRONG, AS_OF.minusDays(90));
    CriterionResult r = criterion(strong, MaturityCriterion.EXECUTIVE_RELATIONSHIPS);
    assertCriterion(
        Outcome.MET,
        Message.of(
            MaturityCode.EXECUTIVE_RELATIONSHIPS_MET,
            Arg.of(1),
            Arg.of(RelationshipStrength.STRONG),
            Arg.list(person("cmo"))),
        r);
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
        Message.of(
            MaturityCode.EXECUTIVE_RELATIONSHIPS_MISSING,
            Arg.of(2),
            Arg.list(person("cfo"), person("cmo")),
            Arg.of(0),
            Arg.of(RelationshipStrength.STRONG),
            Arg.of(1)),
        r);
    assertEquals(
        List.of(StakeholderId.of("cfo"), StakeholderId.of("cmo")), r.reasons().get(0).subjects());
    assertCriterion(
        Outcome.MISSING,
        Message.of(MaturityCode.EXECUTIVE_RELATIONSHIPS_NONE),
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
        Message.of(
            MaturityCode.MARSHALS_RESOURCES_MET,
            Arg.of(2),
            Arg.list(
                Arg.of(TeamFunction.KEY_ACCOUNT_MANAGER),
                Arg.of(TeamFunction.MEDICAL_SCIENCE_LIAISON))),
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
        Message.of(
            MaturityCode.MARSHALS_RESOURCES_MISSING,
            Arg.of(1),
            Arg.list(Arg.of(TeamFunction.KEY_ACCOUNT_MANAGER)),
            Arg.of(2)),
        criterion(one, MaturityCriterion.MARSHALS_RESOURCES));
    assertCriterion(
        Outcome.MISSING,
        Message.of(MaturityCode.MARSHALS_RESOURCES_NONE),
        criterion(base(), MaturityCriterion.MARSHALS_RESOURCES));
  }
}
