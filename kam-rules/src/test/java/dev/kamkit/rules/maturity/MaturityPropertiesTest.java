package dev.kamkit.rules.maturity;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.fixtures.EvidencePieces;
import dev.kamkit.rules.fixtures.Shuffled;
import dev.kamkit.scoring.coverage.CoverageScorer;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the maturity classifier over accounts built from switchable evidence. */
class MaturityPropertiesTest {
  private static final int PIECES = EvidencePieces.values().length;
  private final MaturityClassifier classifier = MaturityClassifier.withDefaults();

  private static Gen<List<Boolean>> toggles() {
    // three in four pieces on, so that the higher stages are explored too
    return lists().of(integers().between(0, 3).map(i -> i > 0)).ofSize(PIECES);
  }

  @Test
  void addingEvidenceNeverLowersTheStage() {
    qt().withFixedSeed(20261122L)
        .withExamples(200)
        .forAll(toggles(), integers().between(0, PIECES - 1))
        .checkAssert(
            (flags, extra) -> {
              EnumSet<EvidencePieces> before = EvidencePieces.on(flags);
              EnumSet<EvidencePieces> after = EnumSet.copyOf(before);
              after.add(EvidencePieces.values()[extra]);
              MaturityStage was = classifier.classify(EvidencePieces.build(before), AS_OF).stage();
              MaturityStage now = classifier.classify(EvidencePieces.build(after), AS_OF).stage();
              assertFalse(
                  now.isBelow(was),
                  before + " + " + EvidencePieces.values()[extra] + ": " + was + " -> " + now);
            });
  }

  @Test
  void stageKMeansEveryCriterionOfStagesOneToKHoldsAndSomeCriterionOfStageKPlusOneDoesNot() {
    qt().withFixedSeed(7L)
        .withExamples(100)
        .forAll(toggles())
        .checkAssert(
            flags -> {
              MaturityResult r =
                  classifier.classify(EvidencePieces.build(EvidencePieces.on(flags)), AS_OF);
              for (StageResult s : r.stages()) {
                if (!r.stage().isBelow(s.stage())) {
                  assertTrue(s.criteria().stream().allMatch(CriterionResult::counts), r.explain());
                }
              }
              r.next()
                  .ifPresent(next -> assertFalse(r.stageResult(next).criteriaHold(), r.explain()));
            });
  }

  @Test
  void allEvidenceReachesStageFiveAndNoEvidenceIsNoStage() {
    Set<EvidencePieces> all = EnumSet.allOf(EvidencePieces.class);
    assertEquals(
        MaturityStage.TRUSTED_PARTNER,
        classifier.classify(EvidencePieces.build(all), AS_OF).stage());
    assertEquals(
        MaturityStage.NONE, classifier.classify(EvidencePieces.build(Set.of()), AS_OF).stage());
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfTheAccountsListsAndIsDeterministic() {
    qt().withFixedSeed(11L)
        .withExamples(100)
        .forAll(toggles(), integers().all())
        .checkAssert(
            (flags, seed) -> {
              KeyAccount account = EvidencePieces.build(EvidencePieces.on(flags));
              KeyAccount shuffled = Shuffled.account(account, new Random(seed));
              MaturityResult expected = classifier.classify(account, AS_OF);
              assertEquals(expected, classifier.classify(shuffled, AS_OF));
              assertEquals(expected, classifier.classify(account, AS_OF));
              assertEquals(expected.explain(), classifier.classify(shuffled, AS_OF).explain());
            });
  }

  @Test
  void activeRelationshipsAgreeWithCoverage() {
    qt().withFixedSeed(3L)
        .withExamples(100)
        .forAll(toggles())
        .checkAssert(
            flags -> {
              KeyAccount account = EvidencePieces.build(EvidencePieces.on(flags));
              Set<Object> ours = new TreeSet<>();
              ActiveLinks.of(account, AS_OF, 90).active().forEach(l -> ours.add(l.stakeholder()));
              assertEquals(CoverageScorer.withDefaults().score(account, AS_OF).engaged(), ours);
            });
  }
}
