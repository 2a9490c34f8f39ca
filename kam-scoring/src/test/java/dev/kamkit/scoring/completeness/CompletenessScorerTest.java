package dev.kamkit.scoring.completeness;

import static dev.kamkit.scoring.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.KpiId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.CompetitorPosition;
import dev.kamkit.model.plan.Kpi;
import dev.kamkit.model.plan.KpiKind;
import dev.kamkit.model.plan.KpiPerspective;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.ThreatLevel;
import dev.kamkit.model.plan.ValueProposition;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.scoring.fixtures.AccountFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletenessScorerTest {
  private final CompletenessScorer scorer = CompletenessScorer.withDefaults();

  private static KeyAccount withPlan(AccountPlan plan) {
    return AccountFixture.largeIdn()
        .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
        .with(a -> a.plan(plan))
        .build();
  }

  private static AccountPlan.Builder plan() {
    return AccountPlan.builder().name("Riverside 2027");
  }

  @Test
  void aPlanLastUpdatedBeforeThePreviousQbrIsRotten() {
    AccountPlan plan =
        plan()
            .addUpdates(LocalDate.of(2026, 9, 20))
            .addReviews(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1))
            .build();
    CompletenessResult result = scorer.score(withPlan(plan), AS_OF);
    assertTrue(result.isRotten());
    assertEquals("completeness.rot.unchanged-since-review", result.rot().get(0).code());
    assertEquals(BigDecimal.ZERO.setScale(2), result.score().component("currency").contribution());
  }

  @Test
  void aPlanRefreshedOnlyInTheDaysBeforeEachReviewIsTheatre() {
    AccountPlan plan =
        plan()
            .addUpdates(
                LocalDate.of(2026, 3, 25),
                LocalDate.of(2026, 6, 24),
                LocalDate.of(2026, 9, 28),
                LocalDate.of(2026, 11, 20))
            .addReviews(
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 11, 21))
            .build();
    CompletenessResult result = scorer.score(withPlan(plan), AS_OF);
    // nothing changed after the latest review either: both signs of rot show
    assertEquals(
        List.of("completeness.rot.unchanged-since-review", "completeness.rot.review-theatre"),
        result.rot().stream().map(r -> r.code()).toList());
  }

  @Test
  void aPlanUpdatedInDailyWorkIsNotRotten() {
    AccountPlan plan =
        plan()
            .addUpdates(
                LocalDate.of(2026, 8, 3),
                LocalDate.of(2026, 9, 28),
                LocalDate.of(2026, 10, 15),
                LocalDate.of(2026, 11, 12))
            .addReviews(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1))
            .build();
    CompletenessResult result = scorer.score(withPlan(plan), AS_OF);
    assertFalse(result.isRotten(), result.rot().toString());
    assertEquals(
        result.score().component("currency").weight(),
        result.score().component("currency").contribution());
  }

  @Test
  void objectivesCountOnlyWhenMeasurableAndDated() {
    AccountPlan plan =
        plan()
            .addObjective(
                Objective.builder()
                    .id(ObjectiveId.of("o1"))
                    .title("Formulary listing")
                    .measure("Listed by P&T")
                    .dueDate(AS_OF.plusMonths(3))
                    .build())
            .addObjective(
                Objective.builder().id(ObjectiveId.of("o2")).title("Grow relationships").build())
            .build();
    CompletenessResult result = scorer.score(withPlan(plan), AS_OF);
    assertEquals(
        0, new BigDecimal("0.5").compareTo(result.score().component("objectives").fulfilment()));
    assertEquals(
        List.of(ObjectiveId.of("o2")),
        result.score().component("objectives").reasons().get(0).subjects());
  }

  @Test
  void actionsNeedAnOwnerADueDateAndAnObjective() {
    Objective o = Objective.builder().id(ObjectiveId.of("o1")).title("Listing").build();
    AccountPlan plan =
        plan()
            .addObjective(o)
            .addAction(
                Action.builder()
                    .id(ActionId.of("good"))
                    .title("Dossier")
                    .owner(TeamMemberId.of("kam"))
                    .dueDate(AS_OF)
                    .addObjective(o.id())
                    .build())
            .addAction(
                Action.builder()
                    .id(ActionId.of("no-owner"))
                    .title("Meet")
                    .dueDate(AS_OF)
                    .addObjective(o.id())
                    .build())
            .addAction(
                Action.builder()
                    .id(ActionId.of("no-objective"))
                    .title("Lunch")
                    .owner(TeamMemberId.of("kam"))
                    .dueDate(AS_OF)
                    .build())
            .build();
    CompletenessResult result = scorer.score(withPlan(plan), AS_OF);
    assertEquals(
        List.of(ActionId.of("no-objective"), ActionId.of("no-owner")),
        result.score().component("actions").reasons().get(0).subjects());
  }

  @Test
  void kpisNeedBothLeadingAndLagging() {
    Kpi leading =
        Kpi.builder()
            .id(KpiId.of("k1"))
            .name("New relationships")
            .kind(KpiKind.LEADING)
            .perspective(KpiPerspective.COMPANY)
            .build();
    Kpi lagging =
        Kpi.builder()
            .id(KpiId.of("k2"))
            .name("Formulary wins")
            .kind(KpiKind.LAGGING)
            .perspective(KpiPerspective.COMPANY)
            .build();
    BigDecimal one =
        scorer
            .score(withPlan(plan().addKpi(leading).build()), AS_OF)
            .score()
            .component("kpis")
            .fulfilment();
    BigDecimal both =
        scorer
            .score(withPlan(plan().addKpis(leading, lagging).build()), AS_OF)
            .score()
            .component("kpis")
            .fulfilment();
    assertEquals(0, new BigDecimal("0.5").compareTo(one));
    assertEquals(0, BigDecimal.ONE.compareTo(both));
  }

  @Test
  void aValuePropositionWithoutClinicalRationaleEarnsHalf() {
    AccountPlan plan =
        plan()
            .valueProposition(
                ValueProposition.builder()
                    .statement("Fewer readmissions")
                    .businessRationale("Cost")
                    .build())
            .build();
    CompletenessResult result = scorer.score(withPlan(plan), AS_OF);
    assertEquals(
        0,
        new BigDecimal("0.5")
            .compareTo(result.score().component("value-proposition").fulfilment()));
    assertEquals(
        "completeness.value-proposition.no-clinical-rationale",
        result.score().component("value-proposition").reasons().get(0).code());
  }

  @Test
  void competitorsWithoutStrengthsOrWeaknessesAreThin() {
    CompetitorPosition bare =
        CompetitorPosition.builder().competitor("Rival").threat(ThreatLevel.HIGH).build();
    BigDecimal thin =
        scorer
            .score(withPlan(plan().addCompetitiveLandscape(bare).build()), AS_OF)
            .score()
            .component("competitive-landscape")
            .fulfilment();
    BigDecimal full =
        scorer
            .score(
                withPlan(plan().addCompetitiveLandscape(bare.withStrengths("Price")).build()),
                AS_OF)
            .score()
            .component("competitive-landscape")
            .fulfilment();
    assertEquals(0, new BigDecimal("0.5").compareTo(thin));
    assertEquals(0, BigDecimal.ONE.compareTo(full));
  }

  @Test
  void anAccountWithoutAPlanScoresOnlyWhatTheAccountItselfRecords() {
    CompletenessResult result = scorer.score(AccountFixture.largeIdn().build(), AS_OF);
    assertTrue(result.progress().isEmpty());
    assertTrue(
        result.score().reasons().stream()
            .anyMatch(r -> r.code().equals("completeness.plan.missing")));
    // 2 of 6 profile facts (beds and facility count) of the 8-point profile section
    assertTrue(result.score().value().signum() > 0);
  }
}
