package dev.kamkit.scoring.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.pipeline.Opportunity;
import dev.kamkit.model.pipeline.OpportunityStage;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.ObjectiveStatus;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.KamGenerator;
import dev.kamkit.model.testing.KamGens;
import dev.kamkit.scoring.whitespace.WhitespaceScorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The invariants of the plan against the pipeline, over generated accounts of every size. */
class PipelinePropertiesTest {
  private static final LocalDate AS_OF = KamGenerator.DEFAULT_REFERENCE_DATE;
  private static final PipelineAnalysis ANALYSIS = PipelineAnalysis.withDefaults();

  /** Generated accounts whose objectives naming a product also carry a revenue target. */
  private static Gen<KeyAccount> accounts() {
    return KamGens.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE)
        .map(PipelinePropertiesTest::withRevenueTargets);
  }

  private static KeyAccount withRevenueTargets(KeyAccount a) {
    return a.plan()
        .map(
            p ->
                a.withPlan(
                    p.withObjectives(
                        p.objectives().stream()
                            .map(
                                o ->
                                    o.product().isPresent()
                                        ? o.withRevenueTarget(Money.of("750000", "USD"))
                                        : o)
                            .toList())))
        .orElse(a);
  }

  private static PipelineResult analyse(KeyAccount a) {
    return ANALYSIS.evaluate(a, WhitespaceScorer.withDefaults().score(a, AS_OF));
  }

  private static <T> List<T> shuffled(List<T> items, long seed) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }

  @Test
  void theAnalysisIsDeterministicAndIndependentOfRecordOrder() {
    qt().withFixedSeed(31L)
        .withExamples(25)
        .forAll(accounts())
        .checkAssert(
            a -> {
              KeyAccount shuffled =
                  a.withOpportunities(shuffled(a.opportunities(), 5))
                      .withWhitespace(shuffled(a.whitespace(), 7));
              KeyAccount reordered =
                  shuffled
                      .plan()
                      .map(p -> shuffled.withPlan(p.withObjectives(shuffled(p.objectives(), 3))))
                      .orElse(shuffled);
              assertEquals(analyse(a), analyse(a));
              assertEquals(analyse(a), analyse(reordered));
            });
  }

  @Test
  void weightedNeverExceedsOpenAndEveryGapLiesBetweenZeroAndItsTarget() {
    qt().withFixedSeed(32L)
        .withExamples(25)
        .forAll(accounts())
        .checkAssert(
            a -> {
              PipelineResult r = analyse(a);
              assertEquals(r.openPipeline().isPresent(), r.weightedPipeline().isPresent());
              r.openPipeline()
                  .ifPresent(open -> assertFalse(r.weightedPipeline().get().isGreaterThan(open)));
              assertEquals(
                  a.opportunities().stream().filter(o -> !o.stage().isClosed()).count(),
                  r.openCount());
              for (TargetCoverage t : r.targets()) {
                assertFalse(t.gap().isNegative());
                assertFalse(t.gap().isGreaterThan(t.target()));
                assertEquals(t.isCovered(), !backed(t).isLessThan(t.target()));
              }
              r.whitespaceConversion()
                  .ifPresent(c -> assertTrue(c.signum() >= 0 && c.intValue() <= 100));
            });
  }

  private static Money backed(TargetCoverage t) {
    return t.won().plus(t.weighted());
  }

  @Test
  void raisingAnOpenOpportunitysProbabilityNeverLowersWeightedPipelineNorWidensAGap() {
    qt().withFixedSeed(33L)
        .withExamples(25)
        .forAll(accounts())
        .checkAssert(
            a -> {
              List<Opportunity> raised = new ArrayList<>();
              for (Opportunity o : a.opportunities()) {
                raised.add(o.stage().isClosed() ? o : o.withProbability(100));
              }
              PipelineResult before = analyse(a);
              PipelineResult after = analyse(a.withOpportunities(raised));
              before
                  .weightedPipeline()
                  .ifPresent(
                      w -> assertFalse(w.isGreaterThan(after.weightedPipeline().orElseThrow())));
              for (int i = 0; i < before.targets().size(); i++) {
                assertFalse(
                    after.targets().get(i).gap().isGreaterThan(before.targets().get(i).gap()));
              }
            });
  }

  @Test
  void anObjectiveIsUnbackedExactlyWhenItIsCommercialNotPastDueAndNothingServesIt() {
    qt().withFixedSeed(34L)
        .withExamples(25)
        .forAll(accounts())
        .checkAssert(
            a -> {
              PipelineResult r = analyse(a);
              for (Objective o : a.plan().map(p -> p.objectives()).orElse(List.of())) {
                boolean served =
                    a.opportunities().stream()
                        .anyMatch(
                            x ->
                                x.objectives().contains(o.id())
                                    && x.stage() != OpportunityStage.LOST);
                boolean commercial =
                    o.revenueTarget().isPresent()
                        || (o.product().isPresent()
                            && !o.division().equals(Optional.of(Division.MEDICAL)));
                boolean pastDue = o.dueDate().map(d -> d.isBefore(AS_OF)).orElse(false);
                boolean worked =
                    o.status() == ObjectiveStatus.NOT_STARTED
                        || o.status() == ObjectiveStatus.IN_PROGRESS;
                assertEquals(
                    commercial && worked && !pastDue && !served,
                    r.unbackedObjectives().contains(o.id()),
                    o.toString());
              }
            });
  }
}
