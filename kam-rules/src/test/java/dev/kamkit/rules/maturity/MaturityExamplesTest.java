package dev.kamkit.rules.maturity;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.PlanStatus;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.criteria.Outcome;
import dev.kamkit.rules.fixtures.Riverside;
import dev.kamkit.scoring.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples: Riverside Health at each stage of seed 001. */
class MaturityExamplesTest {
  private final MaturityClassifier classifier = MaturityClassifier.withDefaults();

  private MaturityResult at(int stage) {
    return classifier.classify(Riverside.atStage(stage).build(), AS_OF);
  }

  private static List<String> missingCodes(MaturityResult r) {
    return r.missingForNext().stream().map(Reason::code).toList();
  }

  @Test
  void beforeKamARepCallingOnTheChiefOfOncologyIsNoStageAndNeedsANamedKam() {
    MaturityResult r = at(0);
    assertEquals(MaturityStage.NONE, r.stage());
    assertEquals(
        List.of("maturity.stage-1.named-kam", "maturity.stage-1.kam-engaged"), missingCodes(r));
    assertTrue(
        r.missingForNext().get(0).message().toString().startsWith("Name a key account manager"),
        r.explain());
  }

  @Test
  void stage1DedicatedResourcesIsANamedKamWhoWorksTheAccount() {
    MaturityResult r = at(1);
    assertEquals(MaturityStage.DEDICATED_RESOURCES, r.stage());
    assertEquals(
        "Named KAM: kam",
        r.criterion(MaturityCriterion.NAMED_KAM).reasons().get(0).message().toString());
    assertEquals(
        List.of(
            "maturity.stage-2.account-plan",
            "maturity.stage-2.cross-functional-team",
            "maturity.stage-2.shared-objectives"),
        missingCodes(r));
  }

  @Test
  void stage2AlignedRolesIsOneCrossFunctionalPlanWithSharedObjectives() {
    MaturityResult r = at(2);
    assertEquals(MaturityStage.ALIGNED_ROLES, r.stage());
    assertEquals(
        "2 functions (key account manager, market access) work to the plan's 1 objective",
        r.criterion(MaturityCriterion.SHARED_OBJECTIVES).reasons().get(0).message().toString());
    assertEquals(
        List.of(
            "maturity.stage-3.needs-segment",
            "maturity.stage-3.tactics-on-needs",
            "maturity.stage-3.coordinated-on-need"),
        missingCodes(r));
  }

  @Test
  void stage3CoordinatedTeamTiesTacticsToNamedNeedsWorkedByTwoFunctions() {
    MaturityResult r = at(3);
    assertEquals(MaturityStage.COORDINATED_TEAM, r.stage());
    assertEquals(
        "Need \"Shorten referral to first infusion\" is worked on by 2 functions"
            + " (market access, medical science liaison)",
        r.criterion(MaturityCriterion.COORDINATED_ON_NEED).reasons().get(0).message().toString());
    // the plan is still a draft, owned by two functions, without KPIs
    assertTrue(
        missingCodes(r)
            .containsAll(
                List.of(
                    "maturity.stage-4.plan-in-execution",
                    "maturity.stage-4.matrix-team",
                    "maturity.stage-4.company-and-customer-kpis")),
        missingCodes(r).toString());
  }

  @Test
  void stage4StrategicPlanIsCompleteCurrentExecutedByAMatrixWithBothMetrics() {
    MaturityResult r = at(4);
    assertEquals(MaturityStage.STRATEGIC_PLAN, r.stage(), r.explain());
    assertEquals(
        List.of(
            "maturity.stage-5.joint-business-plan",
            "maturity.stage-5.shared-value-initiatives",
            "maturity.stage-5.executive-relationships",
            "maturity.stage-5.marshals-resources"),
        missingCodes(r));
    assertEquals(
        "KPIs in sight: measured 1 company, 1 customer",
        r.criterion(MaturityCriterion.COMPANY_AND_CUSTOMER_KPIS)
            .reasons()
            .get(0)
            .message()
            .toString());
  }

  @Test
  void stage5TrustedPartnerCoCreatesValueWithSeniorCustomerStakeholders() {
    MaturityResult r = at(5);
    assertEquals(MaturityStage.TRUSTED_PARTNER, r.stage(), r.explain());
    assertTrue(r.missingForNext().isEmpty());
    assertEquals(
        "We actively hold 1 executive at strong or better: cmo",
        r.criterion(MaturityCriterion.EXECUTIVE_RELATIONSHIPS)
            .reasons()
            .get(0)
            .message()
            .toString());
    assertTrue(r.explain().contains("KAM maturity stage 5 (Trusted partner)"), r.explain());
    // nothing lies beyond stage 5
    assertFalse(r.explain().contains("Already in place"), r.explain());
  }

  @Test
  void aStageHoldsOnlyWhenEveryLowerStageHoldsEvenIfItsOwnCriteriaAreMet() {
    // stage 5 evidence on an account whose plan went inactive: stage 2 fails, so the account
    // is at stage 1 and stage 5's evidence is reported as already in place
    KeyAccount account = Riverside.atStage(5).plan(p -> p.status(PlanStatus.INACTIVE)).build();
    MaturityResult r = classifier.classify(account, AS_OF);
    assertEquals(MaturityStage.DEDICATED_RESOURCES, r.stage());
    assertEquals(List.of("maturity.stage-2.account-plan"), missingCodes(r));
    assertTrue(
        r.aheadOfNext().stream()
            .map(CriterionResult::id)
            .toList()
            .contains("maturity.stage-5.joint-business-plan"),
        r.explain());
    assertTrue(
        r.explain()
            .contains(
                "  Already in place for later stages:\n" + "    [met] Needs-based segmentation: "),
        r.explain());
  }

  @Test
  void aHostCanWaiveACriterionAndThePolicyVersionTravelsWithTheResult() {
    MaturityPolicy lenient =
        MaturityPolicy.defaults()
            .withVersion("acme-2027.1")
            .withNotRequired(
                MaturityCriterion.MATRIX_TEAM,
                MaturityCriterion.PLAN_IN_EXECUTION,
                MaturityCriterion.COMPANY_AND_CUSTOMER_KPIS,
                MaturityCriterion.COMPLETE_PLAN);
    MaturityResult r = MaturityClassifier.of(lenient).classify(Riverside.atStage(3).build(), AS_OF);
    assertEquals(MaturityStage.STRATEGIC_PLAN, r.stage(), r.explain());
    assertEquals("acme-2027.1", r.policyVersion());
    assertEquals(Outcome.NOT_REQUIRED, r.criterion(MaturityCriterion.MATRIX_TEAM).outcome());
  }

  @Test
  void objectivesOwnedByNobodyOnTheTeamTodayAreNotShared() {
    KeyAccount account =
        Riverside.atStage(2)
            .formerMember("gone", TeamFunction.MARKETING, AS_OF.minusYears(1))
            .build();
    // reassign the objective and the action to the member who left
    KeyAccount orphaned =
        account.withPlan(
            account
                .plan()
                .orElseThrow()
                .withObjectives(
                    account
                        .plan()
                        .orElseThrow()
                        .objectives()
                        .get(0)
                        .withOwner(TeamMemberId.of("gone")))
                .withActions(
                    account
                        .plan()
                        .orElseThrow()
                        .actions()
                        .get(0)
                        .withOwner(TeamMemberId.of("gone"))));
    MaturityResult r = classifier.classify(orphaned, AS_OF);
    assertEquals(MaturityStage.DEDICATED_RESOURCES, r.stage());
    assertEquals(
        "Nobody on the team today owns an objective or an action towards one; at least"
            + " 2 should, so every role works to the same objectives",
        r.criterion(MaturityCriterion.SHARED_OBJECTIVES).reasons().get(0).message().toString());
  }

  @Test
  void theExplanationNamesStageEvidenceAndWhatIsMissing() {
    String text = at(2).explain();
    assertTrue(
        text.startsWith(
            "Riverside Health (riverside): KAM maturity stage 2 (Aligned roles)"
                + " as of 2026-11-22 [policy kamkit-maturity-1]"),
        text);
    assertTrue(text.contains("[met] A named key account manager: Named KAM: kam"), text);
    assertTrue(text.contains("Missing for stage 3 (Coordinated team):"), text);
    assertTrue(
        text.contains(
            "- Segment the account by its needs: record the account's needs and"
                + " assign its needs-based segment"),
        text);
  }
}
