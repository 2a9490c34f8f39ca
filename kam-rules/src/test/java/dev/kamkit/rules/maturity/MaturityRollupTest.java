package dev.kamkit.rules.maturity;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
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

  private PortfolioMaturity rollup(List<MaturityResult> results) {
    return classifier.summarise(results, AS_OF);
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
    assertEquals(
        "KAM maturity across 4 accounts\n"
            + "  No stage (Not yet KAM): 0\n"
            + "  Stage 1 (Dedicated resources): 1 (a)\n"
            + "  Stage 2 (Aligned roles): 0\n"
            + "  Stage 3 (Coordinated team): 2 (b, c)\n"
            + "  Stage 4 (Strategic account plan): 0\n"
            + "  Stage 5 (Trusted partner): 1 (d)",
        rollup.explain());
    Explanation e = rollup.explanation();
    assertEquals(Message.of(MaturityCode.PORTFOLIO, Arg.of(4)), e.line());
    assertEquals(6, e.details().size());
    assertEquals(
        Message.of(
            MaturityCode.PORTFOLIO_STAGE,
            Arg.of(3),
            Arg.of(MaturityStage.COORDINATED_TEAM),
            Arg.of(2),
            Arg.list(Arg.of(AccountId.of("b")), Arg.of(AccountId.of("c")))),
        e.details().get(3).line());
    assertEquals(
        Message.of(
            MaturityCode.PORTFOLIO_STAGE,
            Arg.of(0),
            Arg.of(MaturityStage.NONE),
            Arg.of(0),
            Arg.list(List.of())),
        e.details().get(0).line());
  }

  @Test
  void aPortfolioOutOfAccountOrderIsRefused() {
    List<MaturityResult> unsorted = snapshot(riversideAt(1, "b"), riversideAt(1, "a"));
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                PortfolioMaturity.builder()
                    .asOf(AS_OF)
                    .policyVersion(MaturityPolicy.DEFAULT_VERSION)
                    .results(unsorted)
                    .build());
    assertEquals(List.of("results"), e.violations().stream().map(ModelViolation::field).toList());
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
    MaturityComparison diff = MaturityRollup.compare(rollup(before), rollup(after));

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
    assertEquals(List.of(), diff.removed());
    assertTrue(a.isRegression());
    assertFalse(diff.advanced().get(0).isRegression());
    assertEquals(
        "Maturity changes: 1 regressed, 1 advanced, 0 unchanged, 1 account added, 0 removed\n"
            + "  Regressed: Account a (a): stage 4 (Strategic account plan) -> stage 3"
            + " (Coordinated team)\n"
            + "    lost [missing] The plan is being executed: The plan is draft: get it approved;"
            + " 1 action under way or done\n"
            + "  Advanced: Account b (b): stage 2 (Aligned roles) -> stage 3 (Coordinated team)",
        diff.explain());
    Explanation e = diff.explanation();
    assertEquals(
        Message.of(
            MaturityCode.COMPARISON_MEMBERSHIP,
            Arg.of(1),
            Arg.of(1),
            Arg.of(0),
            Arg.of(1),
            Arg.of(0)),
        e.line());
    Message change =
        Message.of(
            MaturityCode.CHANGE,
            Arg.of(AccountId.of("a"), "Account a"),
            Arg.text("a"),
            Arg.of(MaturityStage.STRATEGIC_PLAN.label()),
            Arg.of(MaturityStage.COORDINATED_TEAM.label()));
    assertEquals(change, a.headline());
    assertEquals(
        Message.of(MaturityCode.COMPARISON_REGRESSED, Arg.of(change)), e.details().get(0).line());
    assertEquals(
        List.of(
            Explanation.of(Message.of(MaturityCode.CHANGE_LOST, Arg.of(a.lost().get(0).line())))),
        e.details().get(0).details());
    assertEquals(a.explanation().details(), e.details().get(0).details());
    assertEquals(
        Message.of(MaturityCode.COMPARISON_ADVANCED, Arg.of(diff.advanced().get(0).headline())),
        e.details().get(1).line());
    assertEquals(List.of(), e.details().get(1).details());
    // on its own, a change is its headline with what was lost below it
    assertEquals(
        "Account a (a): stage 4 (Strategic account plan) -> stage 3 (Coordinated team)\n"
            + "  lost [missing] The plan is being executed: The plan is draft: get it approved;"
            + " 1 action under way or done",
        a.explain());
  }

  @Test
  void anAccountMissingFromTheLaterSnapshotIsRemoved() {
    List<MaturityResult> before = snapshot(riversideAt(2, "a"), riversideAt(2, "b"));
    MaturityComparison diff =
        MaturityRollup.compare(rollup(before), rollup(snapshot(riversideAt(2, "a"))));
    assertEquals(List.of(AccountId.of("b")), diff.removed());
    assertEquals(List.of(AccountId.of("a")), diff.unchanged());
    assertEquals(
        "Maturity changes: 0 regressed, 0 advanced, 1 unchanged, 0 accounts added, 1 removed",
        diff.explain());
    // nothing joined or left: no word of it
    assertEquals(
        "Maturity changes: 0 regressed, 0 advanced, 2 unchanged",
        MaturityRollup.compare(rollup(before), rollup(before)).explain());
    assertEquals(
        Explanation.of(Message.of(MaturityCode.COMPARISON, Arg.of(0), Arg.of(0), Arg.of(2))),
        MaturityRollup.compare(rollup(before), rollup(before)).explanation());
  }

  @Test
  void rollupAndComparisonDoNotDependOnOrder() {
    List<MaturityResult> before =
        new ArrayList<>(snapshot(riversideAt(0, "a"), riversideAt(2, "b"), riversideAt(5, "c")));
    List<MaturityResult> after =
        new ArrayList<>(snapshot(riversideAt(1, "a"), riversideAt(1, "b"), riversideAt(5, "c")));
    PortfolioMaturity summary = classifier.summarise(before, AS_OF);
    MaturityComparison diff = MaturityRollup.compare(rollup(before), rollup(after));
    Random random = new Random(42);
    for (int i = 0; i < 5; i++) {
      Collections.shuffle(before, random);
      Collections.shuffle(after, random);
      assertEquals(summary, classifier.summarise(before, AS_OF));
      assertEquals(diff, MaturityRollup.compare(rollup(before), rollup(after)));
    }
  }

  @Test
  void twoResultsForOneAccountAreRefused() {
    List<MaturityResult> twice = snapshot(riversideAt(1, "a"), riversideAt(2, "a"));
    assertThrows(IllegalArgumentException.class, () -> classifier.summarise(twice, AS_OF));
  }

  @Test
  void resultsOfAnotherDayOrPolicyAreNotRolledUp() {
    List<MaturityResult> results = snapshot(riversideAt(1, "a"));
    IllegalArgumentException day =
        assertThrows(
            IllegalArgumentException.class, () -> classifier.summarise(results, AS_OF.plusDays(1)));
    assertTrue(day.getMessage().contains("as of " + AS_OF), day.getMessage());
    MaturityClassifier other =
        MaturityClassifier.of(MaturityPolicy.defaults().withVersion("acme-maturity-2"));
    assertThrows(IllegalArgumentException.class, () -> other.summarise(results, AS_OF));
  }

  @Test
  void snapshotsUnderDifferentPoliciesOrInReverseAreNotCompared() {
    PortfolioMaturity now = rollup(snapshot(riversideAt(2, "a")));
    MaturityClassifier other =
        MaturityClassifier.of(MaturityPolicy.defaults().withVersion("acme-maturity-2"));
    PortfolioMaturity underOther =
        other.summarise(List.of(other.classify(riversideAt(2, "a"), AS_OF)), AS_OF);
    assertThrows(IllegalArgumentException.class, () -> MaturityRollup.compare(now, underOther));
    PortfolioMaturity earlier =
        classifier.summarise(
            List.of(classifier.classify(riversideAt(2, "a"), AS_OF.minusDays(1))),
            AS_OF.minusDays(1));
    assertThrows(IllegalArgumentException.class, () -> MaturityRollup.compare(now, earlier));
    MaturityComparison forward = MaturityRollup.compare(earlier, now);
    assertEquals(AS_OF.minusDays(1), forward.since());
    assertEquals(AS_OF, forward.asOf());
    assertEquals(MaturityPolicy.DEFAULT_VERSION, forward.policyVersion());
  }
}
