package dev.kamkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.scoring.completeness.CompletenessResult;
import dev.kamkit.scoring.completeness.CompletenessScorer;
import dev.kamkit.scoring.coverage.CoverageResult;
import dev.kamkit.scoring.coverage.CoverageScorer;
import dev.kamkit.scoring.health.HealthScorer;
import dev.kamkit.scoring.whitespace.WhitespaceScorer;
import org.junit.jupiter.api.Test;

/**
 * The KAM practice articles' own scenarios, as the shared seed accounts record them, judged by the
 * scorers.
 */
class SeedScenariosTest {
  private static final CoverageScorer COVERAGE = CoverageScorer.withDefaults();

  @Test
  void theSingleThreadedAccountOnARetiringPrescriberIsRedHoweverManyCallsWereLogged() {
    KeyAccount harborPoint = SeedAccounts.singleThreadedRetiringPrescriber();
    assertTrue(harborPoint.interactions().size() > 5, "the scenario logs many calls");
    CoverageResult coverage = COVERAGE.score(harborPoint, SeedAccounts.AS_OF);
    assertEquals(RagStatus.RED, coverage.status(), coverage.explain());
    assertTrue(
        coverage.risks().stream().anyMatch(r -> r.code().equals("coverage.champion.retiring")),
        coverage.explain());
  }

  @Test
  void strongClinicalAdvocacyWithNobodyHoldingTheCfoShowsTheEconomicBuyerGapFirst() {
    KeyAccount lakeview = SeedAccounts.cfoNobodyHolds();
    CoverageResult coverage = COVERAGE.score(lakeview, SeedAccounts.AS_OF);
    Reason first = coverage.gaps().get(0);
    assertEquals(
        Arg.of(BuyingRole.ECONOMIC_BUYER), first.message().arg("role"), coverage.explain());
    assertTrue(
        first.subjects().stream()
            .allMatch(
                id ->
                    lakeview.stakeholders().stream()
                        .anyMatch(s -> s.id().equals(id) && s.holds(BuyingRole.ECONOMIC_BUYER))),
        first.toString());
  }

  @Test
  void thePlanRefreshedOnlyBeforeQbrsIsRotten() {
    CompletenessResult plan =
        CompletenessScorer.withDefaults()
            .score(SeedAccounts.planRefreshedOnlyBeforeReviews(), SeedAccounts.AS_OF);
    assertTrue(plan.isRotten(), plan.score().explain());
    assertEquals(
        plan.score().component("currency").contribution().signum(),
        0,
        "a rotten plan earns nothing for currency");
  }

  @Test
  void everySeedAccountScoresWithinBoundsAndExplainsItself() {
    for (KeyAccount account : SeedAccounts.all()) {
      for (Score s :
          new Score[] {
            COVERAGE.score(account, SeedAccounts.AS_OF).score(),
            CompletenessScorer.withDefaults().score(account, SeedAccounts.AS_OF).score(),
            HealthScorer.withDefaults().score(account, SeedAccounts.AS_OF).score()
          }) {
        assertTrue(s.value().signum() >= 0 && s.value().intValue() <= 100, s.explain());
        assertFalse(s.explain().isBlank());
      }
      WhitespaceScorer.withDefaults().score(account, SeedAccounts.AS_OF);
    }
  }
}
