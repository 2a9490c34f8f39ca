package dev.kamkit.rules.maturity;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
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
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.completeness.CompletenessPolicy;
import dev.kamkit.scoring.completeness.CompletenessResult;
import dev.kamkit.scoring.completeness.CompletenessScorer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Stage 4 of KAM evolution (Clarity, "Pharma Key Account Management – The Evolution Continues")
 * criterion by criterion, on the default policy's boundaries: plan completeness of 70, an update
 * within 90 days, three owning functions, and measured KPIs on both sides.
 */
class PlanCriteriaTest {
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

  private static Arg functions(TeamFunction... functions) {
    return Arg.list(Arrays.stream(functions).map(Arg::of).toList());
  }

  private static CompletenessResult completeness(AccountFixture f) {
    return CompletenessScorer.of(CompletenessPolicy.defaults()).score(f.build(), AS_OF);
  }

  /** A section of the completeness score losing {@code points}, as the criterion names it. */
  private static Arg gap(Score completeness, String key, String points) {
    return Arg.of(
        Message.of(
            MaturityCode.COMPLETE_PLAN_GAP,
            Arg.of(completeness.component(key).label()),
            Arg.of(new BigDecimal(points))));
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
        Message.of(MaturityCode.CURRENT_PLAN_NONE),
        criterion(none, MaturityCriterion.CURRENT_PLAN));
    assertCriterion(
        Outcome.MISSING,
        Message.of(MaturityCode.PLAN_IN_EXECUTION_NONE),
        criterion(none, MaturityCriterion.PLAN_IN_EXECUTION));
    assertCriterion(
        Outcome.MISSING,
        Message.of(MaturityCode.KPIS_NEITHER_MEASURED),
        criterion(none, MaturityCriterion.COMPANY_AND_CUSTOMER_KPIS));
    assertCriterion(
        Outcome.MISSING,
        Message.of(MaturityCode.MATRIX_TEAM_MISSING, Arg.of(0), functions(), Arg.of(3)),
        criterion(none, MaturityCriterion.MATRIX_TEAM));
  }

  @Test
  void anIncompletePlanNamesItsThreeLargestGaps() {
    Score score = completeness(team()).score();
    // no plan: the relationship map (14), objectives (12) and actions (12) lose most, in that
    // order, ties by key
    assertCriterion(
        Outcome.MISSING,
        Message.of(
            MaturityCode.COMPLETE_PLAN_MISSING,
            Arg.of(score.value()),
            Arg.of(BigDecimal.valueOf(70)),
            Arg.list(
                gap(score, "relationship-map", "14.00"),
                gap(score, "actions", "12.00"),
                gap(score, "objectives", "12.00"))),
        criterion(team(), MaturityCriterion.COMPLETE_PLAN));
  }

  @Test
  void aPlanUpdatedNinetyDaysAgoIsCurrentAndNinetyOneIsNot() {
    AccountFixture fresh =
        team().plan(p -> p.updates(List.of(AS_OF.minusDays(90))).reviews(List.of()));
    assertCriterion(
        Outcome.MET,
        Message.of(
            MaturityCode.CURRENT_PLAN_MET, Arg.of(AS_OF.minusDays(90)), Arg.of(90), Arg.of(90)),
        criterion(fresh, MaturityCriterion.CURRENT_PLAN));
    AccountFixture stale =
        team().plan(p -> p.updates(List.of(AS_OF.minusDays(91))).reviews(List.of()));
    assertCriterion(
        Outcome.MISSING,
        Message.of(
            MaturityCode.CURRENT_PLAN_STALE, Arg.of(AS_OF.minusDays(91)), Arg.of(91), Arg.of(90)),
        criterion(stale, MaturityCriterion.CURRENT_PLAN));
    AccountFixture never = team().plan(p -> p.updates(List.of()).reviews(List.of()));
    assertCriterion(
        Outcome.MISSING,
        Message.of(MaturityCode.CURRENT_PLAN_NEVER_UPDATED),
        criterion(never, MaturityCriterion.CURRENT_PLAN));
  }

  @Test
  void aRottenPlanIsNotCurrentAndSaysWhy() {
    AccountFixture rotten =
        team()
            .plan(
                p -> p.updates(List.of(AS_OF.minusDays(20))).reviews(List.of(AS_OF.minusDays(10))));
    CriterionResult r = criterion(rotten, MaturityCriterion.CURRENT_PLAN);
    // the completeness scorer's rot reason, nested as it is, whatever its code
    List<Reason> rot = completeness(rotten).rot();
    assertEquals(1, rot.size(), rot.toString());
    assertCriterion(
        Outcome.MISSING,
        Message.of(
            MaturityCode.CURRENT_PLAN_ROTTEN,
            Arg.of(AS_OF.minusDays(20)),
            Arg.of(20),
            Arg.of(90),
            Arg.of(rot.get(0).message())),
        r);
    assertEquals(
        "Last updated 2026-11-02 (20 days ago; limit 90); " + rot.get(0).message(),
        r.reasons().get(0).message().toString());
  }

  @Test
  void anActivePlanIsInExecutionOnceAnActionIsUnderWayOrDone() {
    AccountFixture planned =
        team()
            .action("a1", "kam", ActionStatus.PLANNED, null)
            .plan(p -> p.status(PlanStatus.ACTIVE));
    assertCriterion(
        Outcome.MISSING,
        Message.of(MaturityCode.PLAN_IN_EXECUTION_IDLE),
        criterion(planned, MaturityCriterion.PLAN_IN_EXECUTION));
    AccountFixture moving =
        team()
            .action("a1", "kam", ActionStatus.IN_PROGRESS, null)
            .action("a2", "rep", ActionStatus.COMPLETED, null)
            .action("a3", "msl", ActionStatus.CANCELLED, null)
            .plan(p -> p.status(PlanStatus.ACTIVE));
    CriterionResult r = criterion(moving, MaturityCriterion.PLAN_IN_EXECUTION);
    assertCriterion(Outcome.MET, Message.of(MaturityCode.PLAN_IN_EXECUTION_MET, Arg.of(2)), r);
    assertEquals(List.of(ActionId.of("a1"), ActionId.of("a2")), r.reasons().get(0).subjects());
    AccountFixture draft =
        team()
            .action("a1", "kam", ActionStatus.IN_PROGRESS, null)
            .plan(p -> p.status(PlanStatus.DRAFT));
    assertCriterion(
        Outcome.MISSING,
        Message.of(MaturityCode.PLAN_IN_EXECUTION_UNAPPROVED, Arg.of(PlanStatus.DRAFT), Arg.of(1)),
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
        Message.of(
            MaturityCode.MATRIX_TEAM_MISSING,
            Arg.of(2),
            functions(TeamFunction.KEY_ACCOUNT_MANAGER, TeamFunction.SALES),
            Arg.of(3)),
        criterion(two, MaturityCriterion.MATRIX_TEAM));
    AccountFixture three =
        team()
            .action("a1", "kam", ActionStatus.PLANNED, null)
            .action("a2", "rep", ActionStatus.PLANNED, null)
            .action("a3", "msl", ActionStatus.PLANNED, null);
    assertCriterion(
        Outcome.MET,
        Message.of(
            MaturityCode.MATRIX_TEAM_MET,
            Arg.of(3),
            functions(
                TeamFunction.KEY_ACCOUNT_MANAGER,
                TeamFunction.MEDICAL_SCIENCE_LIAISON,
                TeamFunction.SALES)),
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
        Message.of(
            MaturityCode.MATRIX_TEAM_ONE_DIVISION,
            Arg.of(3),
            functions(
                TeamFunction.KEY_ACCOUNT_MANAGER, TeamFunction.MARKET_ACCESS, TeamFunction.SALES)),
        both.classify(commercial, AS_OF).criterion(MaturityCriterion.MATRIX_TEAM));
    // by default medical may keep its own plan behind the firewall: one division suffices
    assertCriterion(
        Outcome.MET,
        Message.of(
            MaturityCode.MATRIX_TEAM_MET,
            Arg.of(3),
            functions(
                TeamFunction.KEY_ACCOUNT_MANAGER, TeamFunction.MARKET_ACCESS, TeamFunction.SALES)),
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
    assertEquals(
        Message.of(MaturityCode.COMPLETE_PLAN_MET, Arg.of(score), Arg.of(score)),
        atMinimum.reasons().get(0).message());
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
    Score score =
        completeness(Riverside.atStage(4).plan(p -> p.valueProposition(Optional.empty()))).score();
    assertEquals(new BigDecimal("90.00"), score.value());
    assertEquals(
        Message.of(
            MaturityCode.COMPLETE_PLAN_MISSING,
            Arg.of(score.value()),
            Arg.of(BigDecimal.valueOf(100)),
            Arg.list(gap(score, "value-proposition", "10.00"))),
        r.reasons().get(0).message());
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
    assertCriterion(Outcome.MISSING, Message.of(MaturityCode.KPIS_NO_CUSTOMER_MEASURED), r);
    assertEquals(List.of(KpiId.of("k1")), r.reasons().get(0).subjects());
    AccountFixture customerOnly =
        team().plan(p -> p.addKpis(kpi("k2", KpiPerspective.CUSTOMER, true)));
    assertCriterion(
        Outcome.MISSING,
        Message.of(MaturityCode.KPIS_NO_COMPANY_MEASURED),
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
        Message.of(MaturityCode.KPIS_MET_MEASURED, Arg.of(1), Arg.of(2)),
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
        Message.of(MaturityCode.KPIS_MET, Arg.of(1), Arg.of(1)),
        lenient.classify(account, AS_OF).criterion(MaturityCriterion.COMPANY_AND_CUSTOMER_KPIS));
  }

  @Test
  void aPolicyThatDoesNotAskForMeasurementSaysWhichSideIsMissing() {
    MaturityClassifier lenient =
        MaturityClassifier.of(MaturityPolicy.defaults().withKpisMustBeMeasured(false));
    KeyAccount company =
        team().plan(p -> p.addKpis(kpi("k1", KpiPerspective.COMPANY, false))).build();
    KeyAccount customer =
        team().plan(p -> p.addKpis(kpi("k2", KpiPerspective.CUSTOMER, false))).build();
    assertCriterion(
        Outcome.MISSING,
        Message.of(MaturityCode.KPIS_NO_CUSTOMER),
        lenient.classify(company, AS_OF).criterion(MaturityCriterion.COMPANY_AND_CUSTOMER_KPIS));
    assertCriterion(
        Outcome.MISSING,
        Message.of(MaturityCode.KPIS_NO_COMPANY),
        lenient.classify(customer, AS_OF).criterion(MaturityCriterion.COMPANY_AND_CUSTOMER_KPIS));
    assertCriterion(
        Outcome.MISSING,
        Message.of(MaturityCode.KPIS_NEITHER),
        lenient
            .classify(team().build(), AS_OF)
            .criterion(MaturityCriterion.COMPANY_AND_CUSTOMER_KPIS));
  }
}
