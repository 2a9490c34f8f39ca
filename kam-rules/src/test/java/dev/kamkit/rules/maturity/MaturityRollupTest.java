package dev.kamkit.rules.maturity;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.plan.PlanStatus;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.fixtures.Riverside;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Portfolio roll-up: accounts per stage and regressions between two snapshots. */
class MaturityRollupTest {
  private final MaturityClassifier classifier = MaturityClassifier.withDefaults();

  private static KeyAccount riversideAt(int stage, String id) {
    return Riverside.atStage(stage)
        .account(a -> a.id(AccountId.of(id)).name("Account " + id))
        .build();
  }

  private List<MaturityResult> snapshot(KeyAccount... accounts) {
    return java.util.Arrays.stream(accounts).map(a -> classifier.classify(a, AS_OF)).toList();
  }

  @Test
  void countsEveryStageIncludingEmptyOnes() {
    Portfolio portfolio =
        Portfolio.builder()
            .addAccounts(
                riversideAt(1, "a"), riversideAt(3, "b"), riversideAt(3, "c"), riversideAt(5, "d"))
            .build();
    PortfolioMaturity rollup = classifier.classifyAll(portfolio, AS_OF);
    Map<MaturityStage, Integer> counts = rollup.counts();
    assertEquals(6, counts.size());
    assertEquals(0, counts.get(MaturityStage.NONE));
    assertEquals(1, counts.get(MaturityStage.DEDICATED_RESOURCES));
    assertEquals(2, counts.get(MaturityStage.COORDINATED_TEAM));
    assertEquals(
        List.of(AccountId.of("b"), AccountId.of("c")),
        rollup.accountsAt(MaturityStage.COORDINATED_TEAM));
    assertTrue(rollup.explain().contains("Stage 3 (Coordinated team): 2 (b, c)"), rollup.explain());
  }

  @Test
  void aRegressionNamesTheCriteriaThatNoLongerHold() {
    List<MaturityResult> before = snapshot(riversideAt(4, "a"), riversideAt(2, "b"));
    // a's plan went back to draft: it is no longer being executed
    KeyAccount aLater =
        Riverside.atStage(4)
            .account(x -> x.id(AccountId.of("a")).name("Account a"))
            .plan(p -> p.status(PlanStatus.DRAFT))
            .build();
    List<MaturityResult> after = snapshot(aLater, riversideAt(3, "b"), riversideAt(1, "new"));
    MaturityComparison diff = MaturityRollup.compare(before, after);

    assertEquals(1, diff.regressed().size());
    StageChange a = diff.regressed().get(0);
    assertEquals(MaturityStage.STRATEGIC_PLAN, a.fromStage());
    assertEquals(MaturityStage.COORDINATED_TEAM, a.toStage());
    assertEquals(
        List.of("maturity.stage-4.plan-in-execution"),
        a.lost().stream().map(CriterionResult::id).toList());
    assertEquals(
        List.of(AccountId.of("b")), diff.advanced().stream().map(StageChange::account).toList());
    assertEquals(List.of(AccountId.of("new")), diff.added());
    assertTrue(
        diff.explain().startsWith("Maturity changes: 1 regressed, 1 advanced, 0 unchanged"),
        diff.explain());
  }

  @Test
  void rollupAndComparisonDoNotDependOnOrder() {
    List<MaturityResult> before =
        new ArrayList<>(snapshot(riversideAt(0, "a"), riversideAt(2, "b"), riversideAt(5, "c")));
    List<MaturityResult> after =
        new ArrayList<>(snapshot(riversideAt(1, "a"), riversideAt(1, "b"), riversideAt(5, "c")));
    PortfolioMaturity summary = MaturityRollup.summarise(before);
    MaturityComparison diff = MaturityRollup.compare(before, after);
    Random random = new Random(42);
    for (int i = 0; i < 5; i++) {
      Collections.shuffle(before, random);
      Collections.shuffle(after, random);
      assertEquals(summary, MaturityRollup.summarise(before));
      assertEquals(diff, MaturityRollup.compare(before, after));
    }
  }

  @Test
  void twoResultsForOneAccountAreRefused() {
    List<MaturityResult> twice = snapshot(riversideAt(1, "a"), riversideAt(2, "a"));
    assertThrows(IllegalArgumentException.class, () -> MaturityRollup.summarise(twice));
  }
}
