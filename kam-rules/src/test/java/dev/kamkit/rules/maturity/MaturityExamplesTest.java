package dev.kamkit.rules.maturity;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.PlanStatus;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.criteria.Outcome;
import dev.kamkit.rules.fixtures.Riverside;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked examples: Riverside Health at each stage of KAM evolution (Clarity, "Pharma Key Account
 * Management – The Evolution Continues").
 */
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
        List.of("maturity.stage-1.named-kam.missing", "maturity.stage-1.kam-engaged.no-kam"),
        missingCodes(r));
    assertEquals(
        Message.of(
            MaturityCode.NAMED_KAM_MISSING, Arg.list(Arg.of(TeamFunction.KEY_ACCOUNT_MANAGER))),
        r.missingForNext().get(0).message());
  }

  @Test
  void stage1DedicatedResourcesIsANamedKamWhoWorksTheAccount() {
    MaturityResult r = at(1);
    assertEquals(MaturityStage.DEDICATED_RESOURCES, r.stage());
    assertEquals(
        Message.of(MaturityCode.NAMED_KAM_MET, Arg.list(Arg.of(TeamMemberId.of("kam"), "kam"))),
        r.criterion(MaturityCriterion.NAMED_KAM).reasons().get(0).message());
    assertEquals(
        List.of(
            "maturity.stage-2.account-plan.none",
            "maturity.stage-2.cross-functional-team.missing",
            "maturity.stage-2.shared-objectives.none"),
        missingCodes(r));
  }

  @Test
  void stage2AlignedRolesIsOneCrossFunctionalPlanWithSharedObjectives() {
    MaturityResult r = at(2);
    assertEquals(MaturityStage.ALIGNED_ROLES, r.stage());
    assertEquals(
        Message.of(
            MaturityCode.SHARED_OBJECTIVES_MET,
            Arg.of(2),
            Arg.list(Arg.of(TeamFunction.KEY_ACCOUNT_MANAGER), Arg.of(TeamFunction.MARKET_ACCESS)),
            Arg.of(1)),
        r.criterion(MaturityCriterion.SHARED_OBJECTIVES).reasons().get(0).message());
    assertEquals(
        List.of(
            "maturity.stage-3.needs-segment.neither",
            "maturity.stage-3.tactics-on-needs.missing",
            "maturity.stage-3.coordinated-on-need.no-needs"),
        missingCodes(r));
  }

  @Test
  void stage3CoordinatedTeamTiesTacticsToNamedNeedsWorkedByTwoFunctions() {
    MaturityResult r = at(3);
    assertEquals(MaturityStage.COORDINATED_TEAM, r.stage());
    Message coordinated =
        r.criterion(MaturityCriterion.COORDINATED_ON_NEED).reasons().get(0).message();
    assertEquals(MaturityCode.COORDINATED_ON_NEED_MET, coordinated.code());
    assertEquals("Shorten referral to first infusion", ((Arg.Ref) coordinated.arg("need")).name());
    assertEquals(Arg.of(2), coordinated.arg("count"));
    assertEquals(
        Arg.list(Arg.of(TeamFunction.MARKET_ACCESS), Arg.of(TeamFunction.MEDICAL_SCIENCE_LIAISON)),
        coordinated.arg("functions"));
    // the plan is still a draft, owned by two functions, without KPIs
    assertEquals(
        List.of(
            "maturity.stage-4.complete-plan.missing",
            "maturity.stage-4.plan-in-execution.unapproved",
            "maturity.stage-4.matrix-team.missing",
            "maturity.stage-4.company-and-customer-kpis.neither.measured"),
        missingCodes(r));
  }

  @Test
  void stage4StrategicPlanIsCompleteCurrentExecutedByAMatrixWithBothMetrics() {
    MaturityResult r = at(4);
    assertEquals(MaturityStage.STRATEGIC_PLAN, r.stage(), r.explain());
    assertEquals(
        List.of(
            "maturity.stage-5.joint-business-plan.none",
            "maturity.stage-5.shared-value-initiatives.none",
            "maturity.stage-5.executive-relationships.missing",
            "maturity.stage-5.marshals-resources.none"),
        missingCodes(r));
    assertEquals(
        Message.of(MaturityCode.KPIS_MET_MEASURED, Arg.of(1), Arg.of(1)),
        r.criterion(MaturityCriterion.COMPANY_AND_CUSTOMER_KPIS).reasons().get(0).message());
  }

  @Test
  void stage5TrustedPartnerCoCreatesValueWithSeniorCustomerStakeholders() {
    MaturityResult r = at(5);
    assertEquals(MaturityStage.TRUSTED_PARTNER, r.stage(), r.explain());
    assertTrue(r.missingForNext().isEmpty());
    assertEquals(
        Message.of(
            MaturityCode.EXECUTIVE_RELATIONSHIPS_MET,
            Arg.of(1),
            Arg.of(RelationshipStrength.STRONG),
            Arg.list(Arg.of(StakeholderId.of("cmo"), "cmo"))),
        r.criterion(MaturityCriterion.EXECUTIVE_RELATIONSHIPS).reasons().get(0).message());
    Explanation e = r.explanation();
    assertEquals(MaturityCode.RESULT, e.line().code());
    assertEquals(Arg.of(MaturityStage.TRUSTED_PARTNER.label()), e.line().arg("stage"));
    // five stages that hold, nothing missing and nothing beyond stage 5
    assertEquals(
        List.of(1L, 2L, 3L, 4L, 5L),
        e.details().stream()
            .peek(d -> assertEquals(MaturityCode.RESULT_STAGE_HOLDS, d.line().code()))
            .map(d -> ((Arg.Count) d.line().arg("number")).value())
            .toList());
  }

  @Test
  void aStageHoldsOnlyWhenEveryLowerStageHoldsEvenIfItsOwnCriteriaAreMet() {
    // stage 5 evidence on an account whose plan went inactive: stage 2 fails, so the account
    // is at stage 1 and stage 5's evidence is reported as already in place
    KeyAccount account = Riverside.atStage(5).plan(p -> p.status(PlanStatus.INACTIVE)).build();
    MaturityResult r = classifier.classify(account, AS_OF);
    assertEquals(MaturityStage.DEDICATED_RESOURCES, r.stage());
    assertEquals(List.of("maturity.stage-2.account-plan.inactive"), missingCodes(r));
    assertTrue(
        r.aheadOfNext().stream()
            .map(CriterionResult::id)
            .toList()
            .contains("maturity.stage-5.joint-business-plan"),
        r.explain());
    Explanation ahead = r.explanation().details().get(r.explanation().details().size() - 1);
    assertEquals(Message.of(MaturityCode.RESULT_AHEAD), ahead.line());
    assertEquals(
        r.aheadOfNext().stream().map(CriterionResult::explanation).toList(), ahead.details());
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
    CriterionResult waived = r.criterion(MaturityCriterion.MATRIX_TEAM);
    assertEquals(Outcome.NOT_REQUIRED, waived.outcome());
    // the data still shows the gap, said as not required by the policy
    Message said = waived.reasons().get(0).message();
    assertEquals("maturity.criterion.not-required", said.code().code());
    assertEquals(
        MaturityCode.MATRIX_TEAM_MISSING, ((Arg.Nested) said.arg("reason")).value().code());
    assertEquals(Effect.GAP, waived.reasons().get(0).effect());
    assertTrue(said.toString().endsWith(" (not required by policy)"), said.toString());
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
        Message.of(MaturityCode.SHARED_OBJECTIVES_UNOWNED, Arg.of(2)),
        r.criterion(MaturityCriterion.SHARED_OBJECTIVES).reasons().get(0).message());
  }
}
