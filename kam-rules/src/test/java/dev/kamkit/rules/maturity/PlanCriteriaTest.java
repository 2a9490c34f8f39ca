package dev.kamkit.rules.maturity;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.KpiId;
import dev.kamkit.model.plan.ActionStatus;
import dev.kamkit.model.plan.Kpi;
import dev.kamkit.model.plan.KpiKind;
import dev.kamkit.model.plan.KpiPerspective;
import dev.kamkit.model.plan.PlanStatus;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.criteria.Outcome;
import dev.kamkit.rules.fixtures.AccountFixture;
import dev.kamkit.rules.fixtures.Riverside;
import dev.kamkit.scoring.completeness.CompletenessPolicy;
import dev.kamkit.scoring.completeness.CompletenessScorer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Stage 4 of seed 001 criterion by criterion, on the default policy's boundaries: plan completeness
 * of 70, an update within 90 days, three owning functions, and measured KPIs on both sides.
 */
class PlanCriteriaTest {
  private final MaturityClassifier classifier = MaturityClassifier.withDefaults();

  private CriterionResult criterion(AccountFixture f, MaturityCriterion c) {
    return classifier.classify(f.build(), AS_OF).criterion(c);
  }

  private static void assertCriterion(Outcome outcome, String message, CriterionResult r) {
    assertEquals(outcome, r.outcome(), r.reasons().toString());
    assertEquals(message, r.reasons().get(0).message().toString());
  }

  private static AccountFixture team() {
    return AccountFixture.hospital("h", "H", 400)
        .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
        .member("rep", TeamFunction.SALES)
        .member("msl", TeamFunction.MEDICAL_SCIENCE_LIAISON);
  }

  @Test
  void withoutAPlanNothingOfStageFourCanHold() {
    AccountFixture none = team();
    assertCriterion(
        Outcome.MISSING,
        "There is no plan to keep current",
        criterion(none, MaturityCriterion.CURRENT_PLAN));
    assertCriterion(
        Outcome.MISSING,
        "There is no plan to execute",
        criterion(none, MaturityCriterion.PLAN_IN_EXECUTION));
    assertCriterion(
        Outcome.MISSING,
        "Track both sides' success: no measured company KPI and no measured customer KPI;"
            + " measure the account's outcomes, not only ours",
        criterion(none, MaturityCriterion.COMPANY_AND_CUSTOMER_KPIS));
    assertCriterion(
        Outcome.MISSING,
        "Live actions are owned by 0 functions (none); at least 3 are needed for a matrix team",
        criterion(none, MaturityCriterion.MATRIX_TEAM));
  }

  @Test
  void anIncompletePlanNamesItsThreeLargestGaps() {
    String message =
        criterion(team(), MaturityCriterion.COMPLETE_PLAN).reasons().get(0).message().toString();
    assertTrue(message.startsWith("Plan completeness "), message);
    assertTrue(message.contains("; 70.0 needed. Largest gaps: "), message);
    // no plan: the relationship map (14), objectives (12) and actions (12) lose most, in that
    // order, ties by key
    assertTrue(
        message.endsWith(
            "Largest gaps: Relationship map (14.0 points short), Owned, dated actions (12.0 points"
                + " short), Measurable, dated objectives (12.0 points short)"),
        message);
  }

  @Test
  void aPlanUpdatedNinetyDaysAgoIsCurrentAndNinetyOneIsNot() {
    AccountFixture fresh =
        team().plan(p -> p.updates(List.of(AS_OF.minusDays(90))).reviews(List.of()));
    assertCriterion(
        Outcome.MET,
        "Last updated 2026-08-24 (90 days ago; limit 90); no sign of plan rot",
        criterion(fresh, MaturityCriterion.CURRENT_PLAN));
    AccountFixture stale =
        team().plan(p -> p.updates(List.of(AS_OF.minusDays(91))).reviews(List.of()));
    assertCriterion(
        Outcome.MISSING,
        "Last updated 2026-08-23 (91 days ago; limit 90)",
        criterion(stale, MaturityCriterion.CURRENT_PLAN));
    AccountFixture never = team().plan(p -> p.updates(List.of()).reviews(List.of()));
    assertCriterion(
        Outcome.MISSING,
        "The plan was never updated",
        criterion(never, MaturityCriterion.CURRENT_PLAN));
  }

  @Test
  void aRottenPlanIsNotCurrentAndSaysWhy() {
    AccountFixture rotten =
        team()
            .plan(
                p -> p.updates(List.of(AS_OF.minusDays(20))).reviews(List.of(AS_OF.minusDays(10))));
    CriterionResult r = criterion(rotten, MaturityCriterion.CURRENT_PLAN);
    assertCriterion(
        Outcome.MISSING,
        "Last updated 2026-11-02 (20 days ago; limit 90); The plan was last updated on"
            + " 2026-11-02, before the review of 2026-11-12: the review changed nothing",
        r);
  }

  @Test
  void anActivePlanIsInExecutionOnceAnActionIsUnderWayOrDone() {
    AccountFixture planned =
        team()
            .action("a1", "kam", ActionStatus.PLANNED, null)
            .plan(p -> p.status(PlanStatus.ACTIVE));
    assertCriterion(
        Outcome.MISSING,
        "The plan is active; no action is under way or done yet",
        criterion(planned, MaturityCriterion.PLAN_IN_EXECUTION));
    AccountFixture moving =
        team()
            .action("a1", "kam", ActionStatus.IN_PROGRESS, null)
            .action("a2", "rep", ActionStatus.COMPLETED, null)
            .action("a3", "msl", ActionStatus.CANCELLED, null)
            .plan(p -> p.status(PlanStatus.ACTIVE));
    CriterionResult r = criterion(moving, MaturityCriterion.PLAN_IN_EXECUTION);
    assertCriterion(Outcome.MET, "The plan is active; 2 actions under way or done", r);
    assertEquals(List.of(ActionId.of("a1"), ActionId.of("a2")), r.reasons().get(0).subjects());
    AccountFixture draft =
        team()
            .action("a1", "kam", ActionStatus.IN_PROGRESS, null)
            .plan(p -> p.status(PlanStatus.DRAFT));
    assertCriterion(
        Outcome.MISSING,
        "The plan is draft: get it approved; 1 action under way or done",
        criterion(draft, MaturityCriterion.PLAN_IN_EXECUTION));
  }

  @Test
  void liveActionsOwnedByThreeFunctionsMakeAMatrixTeam() {
    AccountFixture two =
        team()
            .action("a1", "kam", ActionStatus.PLANNED, null)
            .action("a2", "rep", ActionStatus.PLANNED, null)
            .action("a3", "msl", ActionStatus.CANCELLED, null);
    assertCriterion(
        Outcome.MISSING,
        "Live actions are owned by 2 functions (key account manager, sales); at least 3 are"
            + " needed for a matrix team",
        criterion(two, MaturityCriterion.MATRIX_TEAM));
    AccountFixture three =
        team()
            .action("a1", "kam", ActionStatus.PLANNED, null)
            .action("a2", "rep", ActionStatus.PLANNED, null)
            .action("a3", "msl", ActionStatus.PLANNED, null);
    assertCriterion(
        Outcome.MET,
        "Live actions are owned by 3 functions (key account manager, medical science liaison,"
            + " sales)",
        criterion(three, MaturityCriterion.MATRIX_TEAM));
  }

  @Test
  void aMatrixOfOneDivisionFailsAPolicyThatAsksForBoth() {
    MaturityClassifier both =
        MaturityClassifier.of(MaturityPolicy.defaults().withMatrixSpansDivisions(true));
    KeyAccount commercial =
        AccountFixture.hospital("h", "H", 400)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .member("rep", TeamFunction.SALES)
            .member("ma", TeamFunction.MARKET_ACCESS)
            .action("a1", "kam", ActionStatus.PLANNED, null)
            .action("a2", "rep", ActionStatus.PLANNED, null)
            .action("a3", "ma", ActionStatus.PLANNED, null)
            .build();
    assertCriterion(
        Outcome.MISSING,
        "Live actions are owned by 3 functions (key account manager, market access, sales); the"
            + " policy asks for both commercial and medical owners",
        both.classify(commercial, AS_OF).criterion(MaturityCriterion.MATRIX_TEAM));
    // by default medical may keep its own plan behind the firewall: one division suffices
    assertCriterion(
        Outcome.MET,
        "Live actions are owned by 3 functions (key account manager, market access, sales)",
        classifier.classify(commercial, AS_OF).criterion(MaturityCriterion.MATRIX_TEAM));
  }

  @Test
  void aPlanExactlyAtTheMinimumCompletenessIsComplete() {
    KeyAccount account = Riverside.atStage(4).build();
    BigDecimal score =
        CompletenessScorer.of(CompletenessPolicy.defaults()).score(account, AS_OF).score().value();
    CriterionResult atMinimum =
        MaturityClassifier.of(MaturityPolicy.defaults().withMinPlanCompleteness(score))
            .classify(account, AS_OF)
            .criterion(MaturityCriterion.COMPLETE_PLAN);
    assertEquals(Outcome.MET, atMinimum.outcome(), atMinimum.explain());
  }

  @Test
  void theLargestGapsNameOnlySectionsThatLosePoints() {
    CriterionResult r =
        MaturityClassifier.of(
                MaturityPolicy.defaults().withMinPlanCompleteness(BigDecimal.valueOf(100)))
            .classify(
                Riverside.atStage(4).plan(p -> p.valueProposition(Optional.empty())).build(), AS_OF)
            .criterion(MaturityCriterion.COMPLETE_PLAN);
    // one section short: the full sections are not listed as gaps of 0 points
    assertEquals(
        "Plan completeness 90.0 / 100; 100.0 needed. Largest gaps: Value proposition and rationale"
            + " (10.0 points short)",
        r.reasons().get(0).message().toString());
  }

  private static Kpi kpi(String id, KpiPerspective perspective, boolean measured) {
    Kpi.Builder k =
        Kpi.builder().id(KpiId.of(id)).name(id).kind(KpiKind.LAGGING).perspective(perspective);
    return (measured ? k.current(java.math.BigDecimal.ONE) : k).build();
  }

  @Test
  void kpisCountOnlyWhenMeasuredAndMustCoverBothSides() {
    AccountFixture companyOnly =
        team()
            .plan(
                p ->
                    p.addKpis(
                        kpi("k1", KpiPerspective.COMPANY, true),
                        kpi("k2", KpiPerspective.CUSTOMER, false)));
    CriterionResult r = criterion(companyOnly, MaturityCriterion.COMPANY_AND_CUSTOMER_KPIS);
    assertCriterion(
        Outcome.MISSING,
        "Track both sides' success: no measured customer KPI; measure the account's outcomes,"
            + " not only ours",
        r);
    assertEquals(List.of(KpiId.of("k1")), r.reasons().get(0).subjects());
    AccountFixture customerOnly =
        team().plan(p -> p.addKpis(kpi("k2", KpiPerspective.CUSTOMER, true)));
    assertCriterion(
        Outcome.MISSING,
        "Track both sides' success: no measured company KPI",
        criterion(customerOnly, MaturityCriterion.COMPANY_AND_CUSTOMER_KPIS));
    AccountFixture both =
        team()
            .plan(
                p ->
                    p.addKpis(
                        kpi("k1", KpiPerspective.COMPANY, true),
                        kpi("k2", KpiPerspective.CUSTOMER, true),
                        kpi("k3", KpiPerspective.CUSTOMER, true)));
    assertCriterion(
        Outcome.MET,
        "KPIs in sight: measured 1 company, 2 customer",
        criterion(both, MaturityCriterion.COMPANY_AND_CUSTOMER_KPIS));
  }

  @Test
  void aPolicyThatDoesNotAskForMeasurementCountsEveryKpi() {
    MaturityClassifier lenient =
        MaturityClassifier.of(MaturityPolicy.defaults().withKpisMustBeMeasured(false));
    KeyAccount account =
        team()
            .plan(
                p ->
                    p.addKpis(
                        kpi("k1", KpiPerspective.COMPANY, false),
                        kpi("k2", KpiPerspective.CUSTOMER, false)))
            .build();
    assertCriterion(
        Outcome.MET,
        "KPIs in sight: 1 company, 1 customer",
        lenient.classify(account, AS_OF).criterion(MaturityCriterion.COMPANY_AND_CUSTOMER_KPIS));
  }
}
