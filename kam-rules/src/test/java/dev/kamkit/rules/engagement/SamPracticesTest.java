package dev.kamkit.rules.engagement;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.AccountTier;
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
 * Each SAM practice of seed 004's figure 2 on its boundary under the default SAM policy (3 team
 * functions, 2 value factors beyond revenue, 3 functions working together, 1.5 times the median
 * effort), with the words the check gives.
 */
class SamPracticesTest {
  private final SamReadinessCheck check = SamReadinessCheck.withDefaults();

  private SamReadiness readiness(KeyAccount account, EngagementInputs inputs) {
    EngagementAssessment assessment =
        EngagementAssessor.withDefaults().assess(account, inputs, AS_OF);
    return check.check(account, assessment, AS_OF);
  }

  private CriterionResult practice(KeyAccount account, SamPractice p) {
    return readiness(account, EngagementInputs.none()).practice(p);
  }

  private static void assertPractice(Outcome outcome, String message, CriterionResult r) {
    assertEquals(outcome, r.outcome(), r.reasons().toString());
    Reason only = r.reasons().get(0);
    assertEquals(message, only.message().toString());
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
        "The team spans 2 functions (key account manager, sales); at least 3 needed",
        two);
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
        "The team spans 3 functions (key account manager, medical science liaison, sales)",
        practice(three, SamPractice.CROSS_FUNCTIONAL_TEAM));
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
        "Needs-based segment clinical outcomes, tier tier 1",
        practice(both, SamPractice.ORGANISATION_WIDE_SEGMENTATION));
    KeyAccount tierOnly =
        AccountFixture.hospital("h", "H", 300).account(a -> a.tier(AccountTier.TIER_1)).build();
    assertPractice(
        Outcome.MISSING,
        "Segment the account organisation-wide: no needs-based segment on the plan",
        practice(tierOnly, SamPractice.ORGANISATION_WIDE_SEGMENTATION));
    KeyAccount segmentOnly =
        AccountFixture.hospital("h", "H", 300)
            .plan(p -> p.needsSegment(NeedCategory.CLINICAL_OUTCOMES))
            .build();
    assertPractice(
        Outcome.MISSING,
        "Segment the account organisation-wide: no organisation-wide tier on the account",
        practice(segmentOnly, SamPractice.ORGANISATION_WIDE_SEGMENTATION));
  }

  // --- broader value: two of population, unmet need and differentiation assessed ---

  @Test
  void broaderValueNeedsTwoFactorsBeyondRevenue() {
    // an IDN without beds: nothing beyond revenue in its data
    KeyAccount idn = AccountFixture.idn("i", "I", 2).build();
    assertPractice(
        Outcome.MISSING,
        "No value factor beyond revenue is assessed; assess at least 2 of patient population,"
            + " unmet need and differentiation",
        readiness(idn, EngagementInputs.none()).practice(SamPractice.BROADER_VALUE));
    assertPractice(
        Outcome.MISSING,
        "Value assessed beyond revenue: unmet need; assess at least 2 of patient population,"
            + " unmet need and differentiation",
        readiness(idn, EngagementInputs.builder().unmetNeed(Rating.HIGH).build())
            .practice(SamPractice.BROADER_VALUE));
    assertPractice(
        Outcome.MET,
        "Value assessed beyond revenue: unmet need, differentiation",
        readiness(
                idn,
                EngagementInputs.builder()
                    .unmetNeed(Rating.HIGH)
                    .differentiation(Rating.LOW)
                    .build())
            .practice(SamPractice.BROADER_VALUE));
  }

  @Test
  void growthOpportunityIsRevenueNotBroaderValue() {
    KeyAccount idn = AccountFixture.idn("i", "I", 2).build();
    assertPractice(
        Outcome.MISSING,
        "Value assessed beyond revenue: unmet need; assess at least 2 of patient population,"
            + " unmet need and differentiation",
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
        "Value assessed beyond revenue: unmet need",
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

  private void assertTwoFunctionsOnO1(KeyAccount account) {
    assertPractice(
        Outcome.MISSING,
        "At most 2 functions work together, on objective \"Objective o1\"; at least 3 needed",
        practice(account, SamPractice.INTEGRATED_COLLABORATION));
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
        "At most 3 functions work together, on objective \"Objective o2\"",
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
        "At most 3 functions work together, on objective \"Objective o1\"",
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
        "At most 3 functions work together, on initiative \"Fast track\"",
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
        "No objective or initiative is worked by our functions together",
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
    assertPractice(
        Outcome.MET,
        "2 initiatives or objectives answer a recorded customer need beyond a product",
        r);
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
        "1 initiative or objective answers a recorded customer need beyond a product",
        practice(one, SamPractice.SOLVING_CUSTOMER_PROBLEMS));
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
    assertPractice(Outcome.MET, "Joint business plan agreed on 2026-11-22", met);
    assertEquals(List.of(StakeholderId.of("cmo")), met.reasons().get(0).subjects());
    assertPractice(
        Outcome.MISSING,
        "The joint business plan is not agreed with the customer yet",
        practice(withJbp(sponsored.withAgreedOn(AS_OF.plusDays(1))), SamPractice.JOINT_PLANS));
    assertPractice(
        Outcome.MISSING,
        "The joint business plan has no customer sponsor",
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
    assertPractice(Outcome.MET, "1 customer KPI has a target", r);
    assertEquals(List.of(KpiId.of("k1")), r.reasons().get(0).subjects());
  }

  // --- the portfolio practices: the SAM cap and differentiated investment ---

  private static InvestmentResult investment(AccountId id, String effort, String median) {
    return InvestmentResult.builder()
        .effort(Map.of(id, new BigDecimal(effort)))
        .effortMeasure("FTE days")
        .medianEffort(new BigDecimal(median))
        .evenSpread(false)
        .policyVersion("test")
        .build();
  }

  private static SamAllocation allocation(AccountId selected, HeldBack... heldBack) {
    return SamAllocation.builder()
        .portfolioSize(10)
        .cap(2)
        .capReason("test")
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
        "Effort 6 (FTE days) against a portfolio median of 4",
        portfolio(account, sam, investment(id, "6", "4"), SamPractice.DIFFERENTIATED_INVESTMENT));
    assertPractice(
        Outcome.MISSING,
        "Effort 5.9 (FTE days) against a portfolio median of 4; at least 6 for a SAM account",
        portfolio(account, sam, investment(id, "5.9", "4"), SamPractice.DIFFERENTIATED_INVESTMENT));
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
  }

  @Test
  void anAccountHeldBackFromSamSaysWhy() {
    KeyAccount account = AccountFixture.hospital("h", "H", 300).build();
    AccountId other = AccountId.of("other");
    SamAllocation heldBack =
        allocation(
            other,
            HeldBack.builder()
                .account(account.id())
                .rank(3)
                .instead(EngagementModel.ACCOUNT_BASED_SELLING)
                .why("ranked 3rd under a cap of 2")
                .build());
    assertPractice(
        Outcome.MISSING,
        "Not selected for SAM: ranked 3rd under a cap of 2",
        portfolio(account, heldBack, investment(account.id(), "1", "1"), SamPractice.FEW_ACCOUNTS));
    assertPractice(
        Outcome.MISSING,
        "Not selected for SAM: not a SAM candidate in the portfolio's allocation",
        portfolio(
            account,
            allocation(other),
            investment(account.id(), "1", "1"),
            SamPractice.FEW_ACCOUNTS));
    // another account held back says nothing about this one
    assertPractice(
        Outcome.MISSING,
        "Not selected for SAM: not a SAM candidate in the portfolio's allocation",
        portfolio(
            account,
            allocation(
                other,
                HeldBack.builder()
                    .account(AccountId.of("third"))
                    .rank(2)
                    .instead(EngagementModel.ACCOUNT_BASED_SELLING)
                    .why("ranked 2nd under a cap of 1")
                    .build()),
            investment(account.id(), "1", "1"),
            SamPractice.FEW_ACCOUNTS));
    assertPractice(
        Outcome.MET,
        "Selected for SAM, one of 1 under a cap of 2",
        portfolio(
            account,
            allocation(account.id()),
            investment(account.id(), "1", "1"),
            SamPractice.FEW_ACCOUNTS));
  }
}
