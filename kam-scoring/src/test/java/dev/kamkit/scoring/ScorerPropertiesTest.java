package dev.kamkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.id.KpiId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.ActionStatus;
import dev.kamkit.model.plan.CompetitorPosition;
import dev.kamkit.model.plan.Kpi;
import dev.kamkit.model.plan.KpiKind;
import dev.kamkit.model.plan.KpiPerspective;
import dev.kamkit.model.plan.ThreatLevel;
import dev.kamkit.model.plan.ValueProposition;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.KamGenerator;
import dev.kamkit.model.testing.KamGens;
import dev.kamkit.scoring.completeness.CompletenessResult;
import dev.kamkit.scoring.completeness.CompletenessScorer;
import dev.kamkit.scoring.completeness.PlanProgress;
import dev.kamkit.scoring.coverage.CoverageResult;
import dev.kamkit.scoring.coverage.CoverageScorer;
import dev.kamkit.scoring.coverage.NextStakeholder;
import dev.kamkit.scoring.whitespace.WhitespaceScorer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The invariants every scorer promises, over generated accounts of every size. */
class ScorerPropertiesTest {
  private static final LocalDate AS_OF = KamGenerator.DEFAULT_REFERENCE_DATE;
  private static final CoverageScorer COVERAGE = CoverageScorer.withDefaults();
  private static final CompletenessScorer COMPLETENESS = CompletenessScorer.withDefaults();
  private static final WhitespaceScorer WHITESPACE = WhitespaceScorer.withDefaults();

  private static Gen<KeyAccount> accounts() {
    return KamGens.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE);
  }

  private static boolean within0To100(BigDecimal v) {
    return v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(100)) <= 0;
  }

  private static <T> List<T> shuffled(List<T> items, long seed) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }

  private static KeyAccount shuffle(KeyAccount a, long seed) {
    KeyAccount s =
        a.withStakeholders(shuffled(a.stakeholders(), seed))
            .withRelationships(shuffled(a.relationships(), seed + 1))
            .withInteractions(shuffled(a.interactions(), seed + 2))
            .withDecisionBodies(shuffled(a.decisionBodies(), seed + 3))
            .withTeam(shuffled(a.team(), seed + 4))
            .withWhitespace(shuffled(a.whitespace(), seed + 5))
            .withFormulary(shuffled(a.formulary(), seed + 6));
    return s.plan()
        .map(
            p ->
                s.withPlan(
                    p.withActions(shuffled(p.actions(), seed + 7))
                        .withObjectives(shuffled(p.objectives(), seed + 8))))
        .orElse(s);
  }

  @Test
  void scoresStayWithinBoundsAndTheirPartsAddUp() {
    qt().withFixedSeed(11L)
        .withExamples(25)
        .forAll(accounts())
        .checkAssert(
            a -> {
              for (Score s :
                  List.of(COVERAGE.score(a, AS_OF).score(), COMPLETENESS.score(a, AS_OF).score())) {
                assertTrue(within0To100(s.value()), s.explain());
                assertEquals(
                    0,
                    s.value()
                        .compareTo(
                            s.components().stream()
                                .map(ScoreComponent::contribution)
                                .reduce(BigDecimal.ZERO, BigDecimal::add)));
              }
              WHITESPACE
                  .score(a, AS_OF)
                  .penetration()
                  .ifPresent(p -> assertTrue(within0To100(p.value())));
            });
  }

  @Test
  void scoringIsDeterministicAndIndependentOfRecordOrder() {
    qt().withFixedSeed(12L)
        .withExamples(20)
        .forAll(accounts())
        .checkAssert(
            a -> {
              KeyAccount reordered = shuffle(a, a.stakeholders().size());
              assertEquals(COVERAGE.score(a, AS_OF), COVERAGE.score(a, AS_OF));
              assertEquals(COVERAGE.score(a, AS_OF), COVERAGE.score(reordered, AS_OF));
              assertEquals(COMPLETENESS.score(a, AS_OF), COMPLETENESS.score(reordered, AS_OF));
              assertEquals(WHITESPACE.score(a, AS_OF), WHITESPACE.score(reordered, AS_OF));
            });
  }

  @Test
  void engagingOneMoreStakeholderNeverLowersCoverageAndGainsExactlyWhatWasPredicted() {
    qt().withFixedSeed(13L)
        .withExamples(15)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.COMMUNITY_HOSPITAL))
        .checkAssert(
            a -> {
              assertEquals(
                  COVERAGE.nextStakeholders(a, AS_OF),
                  COVERAGE.nextStakeholders(shuffle(a, 3), AS_OF));
              CoverageResult before = COVERAGE.score(a, AS_OF);
              List<NextStakeholder> next = COVERAGE.nextStakeholders(a, AS_OF);
              for (NextStakeholder n : next.subList(0, Math.min(3, next.size()))) {
                KeyAccount engaged = engage(a, n);
                BigDecimal after = COVERAGE.score(engaged, AS_OF).score().value();
                assertEquals(n.gain(), after.subtract(before.score().value()), n.why().toString());
                assertTrue(after.compareTo(before.score().value()) >= 0);
              }
            });
  }

  private static KeyAccount engage(KeyAccount a, NextStakeholder n) {
    List<dev.kamkit.model.team.Relationship> relationships = new ArrayList<>(a.relationships());
    relationships.removeIf(
        r -> r.teamMember().equals(n.teamMember()) && r.stakeholder().equals(n.stakeholder()));
    relationships.add(n.relationship());
    return a.withRelationships(relationships);
  }

  @Test
  void addingAMissingPlanSectionNeverLowersCompleteness() {
    ValueProposition vp =
        ValueProposition.builder()
            .statement("Shorter time to treatment")
            .businessRationale("Fewer bed days")
            .clinicalRationale("Within the approved label")
            .build();
    CompetitorPosition rival =
        CompetitorPosition.builder()
            .competitor("Rival Pharma")
            .threat(ThreatLevel.HIGH)
            .strengths("Price")
            .build();
    Kpi lead =
        Kpi.builder()
            .id(KpiId.of("prop-lead"))
            .name("New relationships")
            .kind(KpiKind.LEADING)
            .perspective(KpiPerspective.COMPANY)
            .build();
    Kpi lag =
        Kpi.builder()
            .id(KpiId.of("prop-lag"))
            .name("Formulary wins")
            .kind(KpiKind.LAGGING)
            .perspective(KpiPerspective.CUSTOMER)
            .build();
    qt().withFixedSeed(14L)
        .withExamples(25)
        .forAll(accounts())
        .checkAssert(
            a -> {
              AccountPlan plan = a.plan().orElse(AccountPlan.builder().name("Plan").build());
              BigDecimal before = COMPLETENESS.score(a.withPlan(plan), AS_OF).score().value();
              List<AccountPlan> richer = new ArrayList<>();
              if (plan.valueProposition().isEmpty()) {
                richer.add(plan.withValueProposition(vp));
              }
              if (plan.competitiveLandscape().stream()
                  .noneMatch(c -> c.competitor().equals(rival.competitor()))) {
                richer.add(AccountPlan.builder().from(plan).addCompetitiveLandscape(rival).build());
              }
              if (plan.kpis().stream()
                  .noneMatch(k -> k.id().equals(lead.id()) || k.id().equals(lag.id()))) {
                richer.add(AccountPlan.builder().from(plan).addKpis(lead, lag).build());
              }
              for (AccountPlan more : richer) {
                assertTrue(
                    COMPLETENESS.score(a.withPlan(more), AS_OF).score().value().compareTo(before)
                        >= 0);
              }
            });
  }

  @Test
  void completingAnActionNeverLowersProgress() {
    qt().withFixedSeed(15L)
        .withExamples(25)
        .forAll(accounts())
        .checkAssert(
            a ->
                a.plan()
                    .ifPresent(
                        plan -> {
                          PlanProgress before =
                              COMPLETENESS.score(a, AS_OF).progress().orElseThrow();
                          for (Action action : plan.actions()) {
                            if (action.status() == ActionStatus.PLANNED
                                || action.status() == ActionStatus.IN_PROGRESS) {
                              LocalDate done =
                                  action.startDate().filter(AS_OF::isBefore).orElse(AS_OF);
                              Action completed =
                                  Action.builder()
                                      .from(action)
                                      .status(ActionStatus.COMPLETED)
                                      .completedOn(done)
                                      .build();
                              List<Action> actions = new ArrayList<>(plan.actions());
                              actions.set(actions.indexOf(action), completed);
                              CompletenessResult after =
                                  COMPLETENESS.score(a.withPlan(plan.withActions(actions)), AS_OF);
                              PlanProgress progress = after.progress().orElseThrow();
                              assertTrue(progress.plan().completed() >= before.plan().completed());
                              for (int i = 0; i < progress.objectives().size(); i++) {
                                assertTrue(
                                    progress.objectives().get(i).completed()
                                        >= before.objectives().get(i).completed());
                              }
                              return;
                            }
                          }
                        }));
  }
}
