package dev.kamkit.scoring.health;

import static dev.kamkit.scoring.health.Fixtures.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.ScoreComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of account health over generated accounts; fixed seeds keep runs repeatable. */
class HealthPropertiesTest {
  private static final long SEED = 20261122L;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final HealthScorer scorer = HealthScorer.withDefaults();

  @Test
  void scoresStayWithinZeroAndHundredAndAddUp() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(HealthGens.accounts())
        .checkAssert(
            a -> {
              HealthResult result = scorer.score(a, AS_OF);
              Score score = result.score();
              assertTrue(score.value().signum() >= 0 && score.value().compareTo(HUNDRED) <= 0);
              assertEquals(0, sum(score, ScoreComponent::contribution).compareTo(score.value()));
              assertEquals(0, sum(score, ScoreComponent::weight).compareTo(HUNDRED));
              assertEquals(
                  0, result.leadingPoints().add(result.laggingPoints()).compareTo(score.value()));
              assertTrue(result.leading().value().compareTo(HUNDRED) <= 0);
              result.lagging().ifPresent(l -> assertTrue(l.value().compareTo(HUNDRED) <= 0));
              assertEquals(HealthIndicator.values().length, score.components().size());
            });
  }

  @Test
  void scoringIsDeterministic() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(HealthGens.accounts())
        .checkAssert(
            a -> assertEquals(scorer.score(a, AS_OF), scorer.score(KeyAccount.copyOf(a), AS_OF)));
  }

  @Test
  void theOrderOfTheAccountsListsChangesNothing() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(HealthGens.accounts(), longs().all())
        .checkAssert(
            (a, shuffle) ->
                assertEquals(scorer.score(a, AS_OF), scorer.score(shuffled(a, shuffle), AS_OF)));
  }

  @Test
  void aNewRelationshipStartedInTheWindowNeverLowersHealth() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(HealthGens.accounts(), integers().between(0, 7), integers().between(0, 180))
        .assuming((a, pair, daysAgo) -> !holds(a, pair))
        .checkAssert(
            (a, pair, daysAgo) -> {
              Relationship fresh =
                  Fixtures.relationship(
                      HealthGens.MEMBERS[pair % 2],
                      HealthGens.STAKEHOLDERS[pair / 2],
                      AS_OF.minusDays(daysAgo));
              List<Relationship> more = new ArrayList<>(a.relationships());
              more.add(fresh);
              HealthResult before = scorer.score(a, AS_OF);
              HealthResult after = scorer.score(a.withRelationships(more), AS_OF);
              assertTrue(
                  after.score().value().compareTo(before.score().value()) >= 0,
                  () -> before.explain() + "\n---\n" + after.explain());
              assertTrue(
                  after.status().compareTo(before.status()) <= 0,
                  () -> before.statusReason() + "\n---\n" + after.statusReason());
            });
  }

  private static boolean holds(KeyAccount a, int pair) {
    String member = HealthGens.MEMBERS[pair % 2];
    String stakeholder = HealthGens.STAKEHOLDERS[pair / 2];
    return a.relationships().stream()
        .anyMatch(
            r ->
                r.teamMember().value().equals(member)
                    && r.stakeholder().value().equals(stakeholder));
  }

  /** The account with every list the scorer reads in another order. */
  static KeyAccount shuffled(KeyAccount a, long seed) {
    Random random = new Random(seed);
    KeyAccount out =
        KeyAccount.builder()
            .from(a)
            .relationships(shuffle(a.relationships(), random))
            .formulary(shuffle(a.formulary(), random))
            .stakeholders(shuffle(a.stakeholders(), random))
            .team(shuffle(a.team(), random))
            .interactions(shuffle(a.interactions(), random))
            .build();
    if (a.plan().isPresent()) {
      AccountPlan plan = a.plan().get();
      out =
          out.withPlan(
              plan.withSharedValueInitiatives(shuffle(plan.sharedValueInitiatives(), random)));
    }
    return Fixtures.profile(
        out,
        p ->
            p.contracts(shuffle(a.account().profile().contracts(), random))
                .annualVolumes(shuffle(a.account().profile().annualVolumes(), random)));
  }

  private static <T> List<T> shuffle(List<T> items, Random random) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }

  private static BigDecimal sum(
      Score score, java.util.function.Function<ScoreComponent, BigDecimal> part) {
    return score.components().stream().map(part).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
