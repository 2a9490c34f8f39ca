package dev.kamkit.rules.engagement;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.InitiativeId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.KpiId;
import dev.kamkit.model.id.NeedId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.ActionStatus;
import dev.kamkit.model.plan.InitiativeStatus;
import dev.kamkit.model.plan.JointBusinessPlan;
import dev.kamkit.model.plan.Kpi;
import dev.kamkit.model.plan.KpiKind;
import dev.kamkit.model.plan.KpiPerspective;
import dev.kamkit.model.plan.NeedCategory;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.ObjectiveStatus;
import dev.kamkit.model.plan.SharedValueInitiative;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.criteria.Outcome;
import dev.kamkit.rules.fixtures.AccountFixture;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each SAM practice of figure 2 of Veeva Business Consulting's "Unlocking True KAM Transformation"
 * on its boundary under the default SAM policy (3 team functions, 2 value factors beyond revenue, 3
 * functions working together, 1.5 times the median effort), with the code and arguments the check
 * gives and, for some, their English words.
 */
class SamPracticesTest {
  private static final Message FTE_DAYS =
      Message.of(EngagementCode.EFFORT_HOST, Arg.text("FTE days"));

  private final SamReadinessCheck check = SamReadinessCheck.withDefaults();

  private SamReadiness readiness(KeyAccount account, EngagementInputs inputs) {
    EngagementAssessment assessment =
        EngagementAssessor.withDefaults().assess(account, inputs, AS_OF);
    return check.check(account, assessment, AS_OF);
  }

  private CriterionResult practice(KeyAccount account, SamPractice p) {
    return readiness(account, EngagementInputs.none()).practice(p);
  }

  private static void assertPractice(Outcome outcome, Message message, CriterionResult r) {
    assertEquals(outcome, r.outcome(), r.reasons().toString());
    assertEquals(1, r.reasons().size(), r.reasons().toString());
    Reason only = r.reasons().get(0);
    assertEquals(message, only.message());
    if (outcome != Outcome.NOT_ASSESSED) {
      // a practice in place is a strength of the account, a missing one a gap to close
      assertEquals(outcome == Outcome.MET ? Effect.STRENGTH : Effect.GAP, only.effect());
    }
  }

  @Test
  void anAssessmentOfAnotherAccountIsRefused() {
    KeyAccount a = AccountFixture.hospital("a", "A", 300).build();
    KeyAccount b = AccountFixture.hospital("b", "B", 300).build();
    EngagementAssessment ofB = EngagementAssessor.withDefaults().assess(b, AS_OF);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> check.check(a, ofB, AS_OF));
    assertEquals("assessment of b given for account a", e.getMessage());
  }

  // --- cross-functional team: three functions among those on the team today ---

  @Test
  void threeFunctionsOnTheTeamTodayMakeItCrossFunctional() {
    AccountFixture team =
        AccountFixture.hospital("h", "H", 300)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .member("rep", TeamFunction.SALES)
            .member("rep-2", TeamFunction.SALES);
    KeyAccount withLeaver =
        team.with(
                k ->
                    k.addTeam(
                        TeamMember.builder()
                            .id(TeamMemberId.of("msl"))
                            .name("msl")
                            .function(TeamFunction.MEDICAL_SCIENCE_LIAISON)
                            .leftOn(AS_OF.minusDays(1))
                            .build()))
            .build();
    CriterionResult two = practice(withLeaver, SamPractice.CROSS_FUNCTIONAL_TEAM);
    assertPractice(
        Outcome.MISSING,
        Message.of(
            EngagementCode.TEAM_MISSING,
            Arg.of(2),
            Arg.list(Arg.of(TeamFunction.KEY_ACCOUNT_MANAGER), Arg.of(TeamFunction.SALES)),
            Arg.of(3)),
        two);
    assertEquals(
        "The team spans 2 functions (key account manager, sales); at least 3 needed",
        two.reasons().get(0).message().toString());
    assertEquals(
        List.of(TeamMemberId.of("kam"), TeamMemberId.of("rep"), TeamMemberId.of("rep-2")),
        two.reasons().get(0).subjects());

    KeyAccount three =
        AccountFixture.hospital("h", "H", 300)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .member("rep", TeamFunction.SALES)
            .member("msl", TeamFunction.MEDICAL_SCIENCE_LIAISON)
            .build();
    assertPractice(
        Outcome.MET,
        Message.of(
            EngagementCode.TEAM_MET,
            Arg.of(3),
            Arg.list(
                Arg.of(TeamFunction.KEY_ACCOUNT_MANAGER),
                Arg.of(TeamFunction.SALES),
                Arg.of(TeamFunction.MEDICAL_SCIENCE_LIAISON))),
        practice(three, SamPractice.CROSS_FUNCTIONAL_TEAM));
    KeyAccount none = AccountFixture.hospital("h", "H", 300).build();
    CriterionResult nobody = practice(none, SamPractice.CROSS_FUNCTIONAL_TEAM);
    assertPractice(
        Outcome.MISSING,
        Message.of(EngagementCode.TEAM_MISSING, Arg.of(0), Arg.list(List.of()), Arg.of(3)),
        nobody);
    assertEquals(
        "The team spans no function; at least 3 needed",
        nobody.reasons().get(0).message().toString());
  }

  // --- organisation-wide segmentation: a needs segment and a tier ---

  @Test
  void segmentationNeedsBothANeedsSegmentAndATier() {
    KeyAccount both =
        AccountFixture.hospital("h", "H", 300)
            .account(a -> a.tier(AccountTier.TIER_1))
            .plan(p -> p.needsSegment(NeedCategory.CLINICAL_OUTCOMES))
            .build();
    assertPractice(
        Outcome.MET,
        Message.of(
            EngagementCode.SEGMENTATION_MET,
            Arg.of(NeedCategory.CLINICAL_OUTCOMES),
            Arg.of(AccountTier.TIER_1)),
        practice(both, SamPractice.ORGANISATION_WIDE_SEGMENTATION));
    KeyAccount tierOnly =
        AccountFixture.hospital("h", "H", 300).account(a -> a.tier(AccountTier.TIER_1)).build();
    assertPractice(
        Outcome.MISSING,
        Message.of(EngagementCode.SEGMENTATION_NO_SEGMENT),
        practice(tierOnly, SamPractice.ORGANISATION_WIDE_SEGMENTATION));
    KeyAccount segmentOnly =
        AccountFixture.hospital("h", "H", 300)
            .plan(p -> p.needsSegment(NeedCategory.CLINICAL_OUTCOMES))
            .build();
    assertPractice(
        Outcome.MISSING,
        Message.of(EngagementCode.SEGMENTATION_NO_TIER),
        practice(segmentOnly, SamPractice.ORGANISATION_WIDE_SEGMENTATION));
  }

  // --- broader value: two of population, unmet need and differentiation assessed ---

  @Test
  void broaderValueNeedsTwoFactorsBeyondRevenue() {
    // an IDN without beds: nothing beyond revenue in its data
    KeyAccount idn = AccountFixture.idn("i", "I", 2).build();
    assertPractice(
        Outcome.MISSING,
        Message.of(EngagementCode.BROADER_VALUE_NONE, Arg.of(2)),
        readiness(idn, EngagementInputs.none()).practice(SamPractice.BROADER_VALUE));
    CriterionResult one =
        readiness(idn, EngagementInputs.builder().unmetNeed(Rating.HIGH).build())
            .practice(SamPractice.BROADER_VALUE);
    assertPractice(Outcome.MISSING, unmetNeedOnly(), one);
    assertEquals(
        "Value assessed beyond revenue: Unmet need; assess at least 2 of patient population,"
            + " unmet need and differentiation",
        one.reasons().get(0).message().toString());
    assertPractice(
        Outcome.MET,
        Message.of(
            EngagementCode.BROADER_VALUE_MET,
            Arg.list(Arg.of(Factor.UNMET_NEED), Arg.of(Factor.DIFFERENTIATION))),
        readiness(
                idn,
                EngagementInputs.builder()
                    .unmetNeed(Rating.HIGH)
                    .differentiation(Rating.LOW)
                    .build())
            .practice(SamPractice.BROADER_VALUE));
  }

  private static Message unmetNeedOnly() {
    return Message.of(
        EngagementCode.BROADER_VALUE_MISSING, Arg.list(Arg.of(Factor.UNMET_NEED)), Arg.of(2));
  }

  @Test
  void growthOpportunityIsRevenueNotBroaderValue() {
    KeyAccount idn = AccountFixture.idn("i", "I", 2).build();
    assertPractice(
        Outcome.MISSING,
        unmetNeedOnly(),
        readiness(
                idn,
                EngagementInputs.builder()
                    .unmetNeed(Rating.HIGH)
                    .growthOpportunity(Rating.VERY_HIGH)
                    .build())
            .practice(SamPractice.BROADER_VALUE));
  }

  @Test
  void aPolicyMayAskForFewerFactorsBeyondRevenue() {
    KeyAccount idn = AccountFixture.idn("i", "I", 2).build();
    EngagementAssessment assessment =
        EngagementAssessor.withDefaults()
            .assess(idn, EngagementInputs.builder().unmetNeed(Rating.HIGH).build(), AS_OF);
    assertPractice(
        Outcome.MET,
        Message.of(EngagementCode.BROADER_VALUE_MET, Arg.list(Arg.of(Factor.UNMET_NEED))),
        SamReadinessCheck.of(SamPolicy.defaults().withMinBroaderValueFactors(1))
            .check(idn, assessment, AS_OF)
            .practice(SamPractice.BROADER_VALUE));
  }

  // --- integrated collaboration: one objective or initiative worked by three functions ---

  private static AccountFixture team() {
    return AccountFixture.hospital("h", "H", 300)
        .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
        .member("rep", TeamFunction.SALES)
        .member("msl", TeamFunction.MEDICAL_SCIENCE_LIAISON)
        .member("ma", TeamFunction.MARKET_ACCESS);
  }

  private static Message onObjective(String id) {
    return Message.of(
        EngagementCode.INTEGRATED_ON_OBJECTIVE, Arg.of(ObjectiveId.of(id), "Objective " + id));
  }

  private void assertTwoFunctionsOnO1(KeyAccount account) {
    CriterionResult r = practice(account, SamPractice.INTEGRATED_COLLABORATION);
    assertPractice(
        Outcome.MISSING,
        Message.of(
            EngagementCode.INTEGRATED_MISSING, Arg.of(2), Arg.of(onObjective("o1")), Arg.of(3)),
        r);
    assertEquals(
        "At most 2 functions work together, on objective \"Objective o1\"; at least 3 needed",
        r.reasons().get(0).message().toString());
  }

  @Test
  void anObjectiveCountsItsOwnerAndTheOwnersOfItsLiveActions() {
    KeyAccount two =
        team()
            .objective("o1", "kam")
            .action("a1", "rep", ActionStatus.IN_PROGRESS, "o1")
            .action("a2", "msl", ActionStatus.CANCELLED, "o1")
            .action("a3", "kam", ActionStatus.PLANNED, "o1")
            .build();
    assertTwoFunctionsOnO1(two);
    KeyAccount three =
        team()
            .objective("o1", "kam")
            .objective("o2", "kam")
            .action("a1", "rep", ActionStatus.IN_PROGRESS, "o2")
            .action("a2", "msl", ActionStatus.PLANNED, "o2")
            .build();
    assertPractice(
        Outcome.MET,
        Message.of(EngagementCode.INTEGRATED_MET, Arg.of(3), Arg.of(onObjective("o2"))),
        practice(three, SamPractice.INTEGRATED_COLLABORATION));
  }

  @Test
  void ofObjectivesWorkedByEquallyManyFunctionsTheFirstByIdIsNamed() {
    KeyAccount tied =
        team()
            .objective("o2", "kam")
            .objective("o1", "kam")
            .action("a1", "rep", ActionStatus.IN_PROGRESS, "o1")
            .action("a2", "msl", ActionStatus.IN_PROGRESS, "o2")
            .build();
    assertTwoFunctionsOnO1(tied);
  }

  @Test
  void aCancelledObjectiveIsNotWorkedTogether() {
    KeyAccount account =
        team()
            .objective("o1", "kam")
            .action("a1", "rep", ActionStatus.IN_PROGRESS, "o1")
            .plan(
                p ->
                    p.addObjective(
                        Objective.builder()
                            .id(ObjectiveId.of("o0"))
                            .title("Dropped")
                            .owner(TeamMemberId.of("kam"))
                            .status(ObjectiveStatus.CANCELLED)
                            .build()))
            .action("a2", "rep", ActionStatus.IN_PROGRESS, "o0")
            .action("a3", "msl", ActionStatus.IN_PROGRESS, "o0")
            .build();
    assertTwoFunctionsOnO1(account);
  }

  @Test
  void anInitiativeWorkedByNoMoreFunctionsThanAnObjectiveLeavesTheObjectiveNamed() {
    KeyAccount account =
        team()
            .objective("o1", "kam")
            .action("a1", "rep", ActionStatus.IN_PROGRESS, "o1")
            .action("a2", "msl", ActionStatus.IN_PROGRESS, "o1")
            .need("n1", NeedCategory.CLINICAL_OUTCOMES, "Faster infusion")
            .plan(
                p ->
                    p.addSharedValueInitiative(
                        initiative(InitiativeStatus.AGREED, "kam", "msl", "ma")))
            .build();
    assertPractice(
        Outcome.MET,
        Message.of(EngagementCode.INTEGRATED_MET, Arg.of(3), Arg.of(onObjective("o1"))),
        practice(account, SamPractice.INTEGRATED_COLLABORATION));
  }

  private static SharedValueInitiative initiative(InitiativeStatus status, String... members) {
    SharedValueInitiative.Builder i =
        SharedValueInitiative.builder()
            .id(InitiativeId.of("i1"))
            .name("Fast track")
            .status(status)
            .addNeed(NeedId.of("n1"));
    if (status.isLaunched()) {
      i.launchedOn(AS_OF.minusMonths(1));
    }
    for (String m : members) {
      i.addTeamMember(TeamMemberId.of(m));
    }
    return i.build();
  }

  @Test
  void anAgreedInitiativeWorkedByMoreFunctionsThanAnyObjectiveIsNamed() {
    KeyAccount account =
        team()
            .objective("o1", "kam")
            .need("n1", NeedCategory.CLINICAL_OUTCOMES, "Faster infusion")
            .plan(
                p ->
                    p.addSharedValueInitiative(
                        initiative(InitiativeStatus.AGREED, "kam", "msl", "ma")))
            .build();
    assertPractice(
        Outcome.MET,
        Message.of(
            EngagementCode.INTEGRATED_MET,
            Arg.of(3),
            Arg.of(
                Message.of(
                    EngagementCode.INTEGRATED_ON_INITIATIVE,
                    Arg.of(InitiativeId.of("i1"), "Fast track")))),
        practice(account, SamPractice.INTEGRATED_COLLABORATION));
    KeyAccount proposed =
        team()
            .need("n1", NeedCategory.CLINICAL_OUTCOMES, "Faster infusion")
            .plan(
                p ->
                    p.addSharedValueInitiative(
                        initiative(InitiativeStatus.PROPOSED, "kam", "msl", "ma")))
            .build();
    assertPractice(
        Outcome.MISSING,
        Message.of(EngagementCode.INTEGRATED_NONE),
        practice(proposed, SamPractice.INTEGRATED_COLLABORATION));
  }

  // --- solving customer problems: committed initiatives or product-neutral objectives on needs ---

  @Test
  void onlyCommittedInitiativesAndProductNeutralObjectivesAnswerANeed() {
    Objective neutral =
        Objective.builder()
            .id(ObjectiveId.of("o-neutral"))
            .title("Shorter pathway")
            .addNeed(NeedId.of("n1"))
            .build();
    Objective branded =
        neutral
            .withId(ObjectiveId.of("o-branded"))
            .withProduct(ProductId.of(AccountFixture.PRODUCT));
    KeyAccount account =
        team()
            .product()
            .need("n1", NeedCategory.CLINICAL_OUTCOMES, "Faster infusion")
            .plan(
                p ->
                    p.addObjectives(neutral, branded)
                        .addSharedValueInitiative(initiative(InitiativeStatus.LAUNCHED, "kam")))
            .build();
    CriterionResult r = practice(account, SamPractice.SOLVING_CUSTOMER_PROBLEMS);
    assertPractice(Outcome.MET, Message.of(EngagementCode.PROBLEMS_MET, Arg.of(2)), r);
    assertEquals(
        "2 initiatives or objectives answer a recorded customer need beyond a product",
        r.reasons().get(0).message().toString());
    assertEquals(
        List.<KamId>of(InitiativeId.of("i1"), ObjectiveId.of("o-neutral")),
        r.reasons().get(0).subjects());

    KeyAccount one =
        team()
            .need("n1", NeedCategory.CLINICAL_OUTCOMES, "Faster infusion")
            .plan(p -> p.addObjectives(neutral))
            .build();
    assertPractice(
        Outcome.MET,
        Message.of(EngagementCode.PROBLEMS_MET, Arg.of(1)),
        practice(one, SamPractice.SOLVING_CUSTOMER_PROBLEMS));
    assertPractice(
        Outcome.MISSING,
        Message.of(EngagementCode.PROBLEMS_MISSING),
        practice(team().build(), SamPractice.SOLVING_CUSTOMER_PROBLEMS));
  }

  // --- joint plans: agreed by asOf, with a customer sponsor ---

  private static KeyAccount withJbp(JointBusinessPlan jbp) {
    return AccountFixture.hospital("h", "H", 300)
        .stakeholder("cmo", StakeholderFunction.EXECUTIVE)
        .plan(p -> p.jointBusinessPlan(jbp))
        .build();
  }

  @Test
  void aJointPlanMustBeAgreedByAsOfAndSponsoredByTheCustomer() {
    JointBusinessPlan sponsored =
        JointBusinessPlan.builder()
            .agreedOn(AS_OF)
            .addCustomerSponsor(StakeholderId.of("cmo"))
            .build();
    CriterionResult met = practice(withJbp(sponsored), SamPractice.JOINT_PLANS);
    assertPractice(Outcome.MET, Message.of(EngagementCode.JOINT_PLANS_MET, Arg.of(AS_OF)), met);
    assertEquals(
        "Joint business plan agreed on 2026-11-22", met.reasons().get(0).message().toString());
    assertEquals(List.of(StakeholderId.of("cmo")), met.reasons().get(0).subjects());
    assertPractice(
        Outcome.MISSING,
        Message.of(EngagementCode.JOINT_PLANS_NOT_AGREED),
        practice(withJbp(sponsored.withAgreedOn(AS_OF.plusDays(1))), SamPractice.JOINT_PLANS));
    assertPractice(
        Outcome.MISSING,
        Message.of(EngagementCode.JOINT_PLANS_NO_SPONSOR),
        practice(
            withJbp(JointBusinessPlan.builder().agreedOn(AS_OF).build()), SamPractice.JOINT_PLANS));
  }

  // --- shared outcomes: a customer KPI with a target ---

  private static Kpi kpi(String id, KpiPerspective perspective, boolean target) {
    Kpi.Builder k =
        Kpi.builder().id(KpiId.of(id)).name(id).kind(KpiKind.LAGGING).perspective(perspective);
    return (target ? k.target(BigDecimal.TEN) : k).build();
  }

  @Test
  void sharedOutcomesCountCustomerKpisWithATarget() {
    KeyAccount account =
        AccountFixture.hospital("h", "H", 300)
            .plan(
                p ->
                    p.addKpis(
                        kpi("k1", KpiPerspective.CUSTOMER, true),
                        kpi("k2", KpiPerspective.CUSTOMER, false),
                        kpi("k3", KpiPerspective.COMPANY, true)))
            .build();
    CriterionResult r = practice(account, SamPractice.SHARED_OUTCOMES);
    assertPractice(Outcome.MET, Message.of(EngagementCode.OUTCOMES_MET, Arg.of(1)), r);
    assertPractice(
        Outcome.MISSING,
        Message.of(EngagementCode.OUTCOMES_MISSING),
        practice(AccountFixture.hospital("h", "H", 300).build(), SamPractice.SHARED_OUTCOMES));
    assertEquals(List.of(KpiId.of("k1")), r.reasons().get(0).subjects());
  }

  // --- the portfolio practices: the SAM cap and differentiated investment ---

  private static InvestmentResult investment(AccountId id, String effort, String median) {
    return InvestmentResult.builder()
        .asOf(AS_OF)
        .effort(Map.of(id, new BigDecimal(effort)))
        .effortMeasure(FTE_DAYS)
        .medianEffort(new BigDecimal(median))
        .evenSpread(false)
        .policyVersion("test")
        .build();
  }

  private static SamAllocation allocation(AccountId selected, HeldBack... heldBack) {
    return SamAllocation.builder()
        .asOf(AS_OF)
        .portfolioSize(10)
        .cap(2)
        .capReason(
            Message.of(
                EngagementCode.SAM_CAP,
                Arg.of(10),
                Arg.of(new BigDecimal("20")),
                Arg.of(10),
                Arg.of(2)))
        .addCandidates(selected)
        .addSelected(selected)
        .addHeldBack(heldBack)
        .policyVersion("test")
        .build();
  }

  private CriterionResult portfolio(
      KeyAccount account, SamAllocation allocation, InvestmentResult investment, SamPractice p) {
    EngagementAssessment assessment = EngagementAssessor.withDefaults().assess(account, AS_OF);
    return check.check(account, assessment, allocation, investment, AS_OF).practice(p);
  }

  @Test
  void effortOfOneAndAHalfTimesTheMedianIsDifferentiated() {
    KeyAccount account = AccountFixture.hospital("h", "H", 300).build();
    AccountId id = account.id();
    SamAllocation sam = allocation(id);
    assertPractice(
        Outcome.MET,
        Message.of(
            EngagementCode.INVESTMENT_MET,
            Arg.of(new BigDecimal("6")),
            Arg.of(FTE_DAYS),
            Arg.of(new BigDecimal("4"))),
        portfolio(account, sam, investment(id, "6", "4"), SamPractice.DIFFERENTIATED_INVESTMENT));
    CriterionResult below =
        portfolio(account, sam, investment(id, "5.9", "4"), SamPractice.DIFFERENTIATED_INVESTMENT);
    assertPractice(
        Outcome.MISSING,
        Message.of(
            EngagementCode.INVESTMENT_MISSING,
            Arg.of(new BigDecimal("5.9")),
            Arg.of(FTE_DAYS),
            Arg.of(new BigDecimal("4")),
            Arg.of(new BigDecimal("6.0"))),
        below);
    assertEquals(
        "Effort 5.9 (FTE days) against a portfolio median of 4; at least 6 for a SAM account",
        below.reasons().get(0).message().toString());
    // with a zero median any effort at all stands out, and none does not
    assertEquals(
        Outcome.MET,
        portfolio(account, sam, investment(id, "1", "0"), SamPractice.DIFFERENTIATED_INVESTMENT)
            .outcome());
    assertEquals(
        Outcome.MISSING,
        portfolio(account, sam, investment(id, "0", "0"), SamPractice.DIFFERENTIATED_INVESTMENT)
            .outcome());
    // an account the investment check did not measure is not judged
    assertEquals(
        Outcome.NOT_ASSESSED,
        portfolio(
                account,
                sam,
                investment(AccountId.of("other"), "6", "4"),
                SamPractice.DIFFERENTIATED_INVESTMENT)
            .outcome());
    assertPractice(
        Outcome.NOT_ASSESSED,
        Message.of(EngagementCode.INVESTMENT_NOT_ASSESSED),
        portfolio(
            account,
            sam,
            investment(AccountId.of("other"), "6", "4"),
            SamPractice.DIFFERENTIATED_INVESTMENT));
  }

  @Test
  void anAccountHeldBackFromSamSaysWhy() {
    KeyAccount account = AccountFixture.hospital("h", "H", 300).build();
    AccountId other = AccountId.of("other");
    Message why =
        Message.of(
            EngagementCode.HELD_BACK_RANKED,
            Arg.of(3),
            Arg.of(new BigDecimal("60")),
            Arg.of(2),
            Arg.of(other),
            Arg.of(new BigDecimal("70")),
            Arg.of(EngagementModel.ACCOUNT_BASED_SELLING));
    SamAllocation heldBack =
        allocation(
            other,
            HeldBack.builder()
                .account(account.id())
                .rank(3)
                .instead(EngagementModel.ACCOUNT_BASED_SELLING)
                .why(why)
                .build());
    assertPractice(
        Outcome.MISSING,
        Message.of(EngagementCode.FEW_ACCOUNTS_HELD_BACK, Arg.of(why)),
        portfolio(account, heldBack, investment(account.id(), "1", "1"), SamPractice.FEW_ACCOUNTS));
    assertPractice(
        Outcome.MISSING,
        Message.of(EngagementCode.FEW_ACCOUNTS_NOT_CANDIDATE),
        portfolio(
            account,
            allocation(other),
            investment(account.id(), "1", "1"),
            SamPractice.FEW_ACCOUNTS));
    // another account held back says nothing about this one
    assertPractice(
        Outcome.MISSING,
        Message.of(EngagementCode.FEW_ACCOUNTS_NOT_CANDIDATE),
        portfolio(
            account,
            allocation(
                other,
                HeldBack.builder()
                    .account(AccountId.of("third"))
                    .rank(2)
                    .instead(EngagementModel.ACCOUNT_BASED_SELLING)
                    .why(
                        Message.of(
                            EngagementCode.HELD_BACK_NONE_ALLOWED,
                            Arg.of(EngagementModel.ACCOUNT_BASED_SELLING)))
                    .build()),
            investment(account.id(), "1", "1"),
            SamPractice.FEW_ACCOUNTS));
    assertPractice(
        Outcome.MET,
        Message.of(EngagementCode.FEW_ACCOUNTS_MET, Arg.of(1), Arg.of(2)),
        portfolio(
            account,
            allocation(account.id()),
            investment(account.id(), "1", "1"),
            SamPractice.FEW_ACCOUNTS));
  }
}
