package dev.kamkit.scoring.health;

import static dev.kamkit.scoring.health.Fixtures.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.committee.CommitteeSubmission;
import dev.kamkit.model.committee.SubmissionDecision;
import dev.kamkit.model.id.CommitteeSubmissionId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.pipeline.Opportunity;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.scoring.ScoreComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of committee progression and revenue trajectory in health, over accounts drawn from a
 * seed: revenue objectives in two currencies, won and open opportunities serving them, committee
 * submissions open, stalled or decided around the window. Fixed seeds keep runs repeatable.
 */
class HealthFeedsPropertiesTest {
  private static final long SEED = 20261206L;
  private static final String[] CURRENCIES = {"USD", "EUR"};
  private static final SubmissionDecision[] DECISIONS = SubmissionDecision.values();

  private final HealthScorer scorer = HealthScorer.withDefaults();

  /** An account drawn from {@code seed}. */
  static KeyAccount account(long seed) {
    Random r = new Random(seed);
    List<Objective> objectives = new ArrayList<>();
    objectives.add(HealthFeedsTest.grow(CURRENCIES[r.nextInt(2)]).build());
    Objective.Builder eu =
        HealthFeedsTest.grow(CURRENCIES[r.nextInt(2)])
            .id(HealthFeedsTest.EU)
            .title("Grow in Europe");
    // the second objective has a revenue target or not
    objectives.add(r.nextBoolean() ? eu.build() : eu.revenueTarget(Optional.empty()).build());
    List<Opportunity> opportunities = new ArrayList<>();
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      opportunities.add(opportunity(r, "o" + i));
    }
    List<CommitteeSubmission> submissions = new ArrayList<>();
    int m = r.nextInt(4);
    for (int i = 0; i < m; i++) {
      String id = "cs" + i;
      submissions.add(
          r.nextBoolean()
              ? HealthFeedsTest.submission(AS_OF.plusDays(r.nextInt(5) - 2L))
                  .id(CommitteeSubmissionId.of(id))
                  .name(id)
                  .build()
              : HealthFeedsTest.decided(
                  id, AS_OF.minusDays(170L + r.nextInt(20)), DECISIONS[r.nextInt(3)]));
    }
    StakeholderStatus chen =
        r.nextInt(4) == 0 ? StakeholderStatus.RETIRING : StakeholderStatus.ACTIVE;
    return HealthFeedsTest.riverside(
            chen, submissions, AccountPlan.builder().name("Plan").objectives(objectives).build())
        .withOpportunities(opportunities);
  }

  private static Opportunity opportunity(Random r, String id) {
    ObjectiveId serves = r.nextBoolean() ? HealthFeedsTest.GROW : HealthFeedsTest.EU;
    String amount = String.valueOf(100_000 * (1 + r.nextInt(10)));
    String currency = CURRENCIES[r.nextInt(2)];
    return r.nextBoolean()
        ? HealthFeedsTest.won(id, amount, currency, serves)
        : HealthFeedsTest.open(id, amount, r.nextInt(101), currency, serves);
  }

  private BigDecimal trajectory(KeyAccount a) {
    ScoreComponent c = scorer.score(a, AS_OF).component(HealthIndicator.REVENUE_TRAJECTORY);
    return c.applicable() ? c.fulfilment() : BigDecimal.ZERO;
  }

  @Test
  void aWonOpportunityNeverLowersTheRevenueTrajectory() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(longs().all(), longs().all())
        .checkAssert(
            (seed, more) -> {
              KeyAccount a = account(seed);
              Random r = new Random(more);
              List<Opportunity> added = new ArrayList<>(a.opportunities());
              added.add(
                  HealthFeedsTest.won(
                      "added",
                      String.valueOf(1 + r.nextInt(2_000_000)),
                      CURRENCIES[r.nextInt(2)],
                      r.nextBoolean() ? HealthFeedsTest.GROW : HealthFeedsTest.EU));
              BigDecimal before = trajectory(a);
              BigDecimal after = trajectory(a.withOpportunities(added));
              assertTrue(after.compareTo(before) >= 0, () -> before + " > " + after);
              assertTrue(after.compareTo(BigDecimal.ONE) <= 0);
            });
  }

  @Test
  void theOrderOfOpportunitiesObjectivesAndSubmissionsChangesNothing() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(longs().all(), longs().all())
        .checkAssert(
            (seed, shuffle) -> {
              KeyAccount a = account(seed);
              Random r = new Random(shuffle);
              KeyAccount b =
                  a.withOpportunities(shuffled(a.opportunities(), r))
                      .withCommitteeSubmissions(shuffled(a.committeeSubmissions(), r))
                      .withPlan(
                          a.plan()
                              .orElseThrow()
                              .withObjectives(shuffled(a.plan().orElseThrow().objectives(), r)));
              assertEquals(scorer.score(a, AS_OF), scorer.score(b, AS_OF));
            });
  }

  @Test
  void scoringIsDeterministicAndBothIndicatorsStayBetweenZeroAndOne() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              HealthResult once = scorer.score(account(seed), AS_OF);
              assertEquals(once, scorer.score(KeyAccount.copyOf(account(seed)), AS_OF));
              for (HealthIndicator i :
                  List.of(
                      HealthIndicator.COMMITTEE_PROGRESSION, HealthIndicator.REVENUE_TRAJECTORY)) {
                BigDecimal f = once.component(i).fulfilment();
                assertTrue(f.signum() >= 0 && f.compareTo(BigDecimal.ONE) <= 0);
              }
            });
  }

  private static <T> List<T> shuffled(List<T> list, Random r) {
    List<T> out = new ArrayList<>(list);
    Collections.shuffle(out, r);
    return out;
  }
}
