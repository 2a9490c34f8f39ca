package dev.kamkit.scoring.health;

import static dev.kamkit.scoring.health.Fixtures.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the under-served ranking over generated portfolios, with fixed seeds. */
class UnderServedPropertiesTest {
  private static final long SEED = 20261122L;

  private final UnderServedAccounts assessor = UnderServedAccounts.withDefaults();

  @Test
  void theReportDoesNotDependOnTheOrderOfAccounts() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(HealthGens.portfolios(), longs().all())
        .checkAssert(
            (portfolio, seed) -> {
              List<KeyAccount> accounts = new ArrayList<>(portfolio.accounts());
              Collections.shuffle(accounts, new Random(seed));
              Portfolio reordered = Portfolio.builder().accounts(accounts).build();
              assertEquals(assessor.assess(portfolio, AS_OF), assessor.assess(reordered, AS_OF));
            });
  }

  @Test
  void flaggedAccountsAreHighValueAndWellBelowTheirShareRankedByFocus() {
    BigDecimal half = UnderServedPolicy.defaults().underServedBelow();
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(HealthGens.portfolios())
        .checkAssert(
            p -> {
              UnderServedReport report = assessor.assess(p, AS_OF);
              BigDecimal potential = report.totalPotential().amount();
              BigDecimal activity = BigDecimal.valueOf(report.totalInteractions());
              for (AccountFocus a : report.accounts()) {
                // share of activity below half the share of potential, compared exactly
                boolean below =
                    BigDecimal.valueOf(a.interactions())
                            .multiply(potential)
                            .compareTo(half.multiply(a.potential().amount()).multiply(activity))
                        < 0;
                // high-value: potential at least the average over the accounts judged
                boolean highValue =
                    a.potential().isPositive()
                        && a.potential()
                                .amount()
                                .multiply(BigDecimal.valueOf(report.accounts().size()))
                                .compareTo(potential)
                            >= 0;
                assertEquals(highValue, a.highValue());
                assertEquals(
                    highValue && below, a.underServed(), a.reasons().get(0).message().toString());
              }
              List<AccountFocus> ranked = report.underServed();
              for (int i = 1; i < ranked.size(); i++) {
                assertTrue(
                    ranked
                            .get(i - 1)
                            .focus()
                            .orElseThrow()
                            .compareTo(ranked.get(i).focus().orElseThrow())
                        <= 0);
              }
              assertEquals(
                  report.accounts().stream().filter(AccountFocus::underServed).count(),
                  ranked.size());
              assertEquals(
                  p.accounts().size(), report.accounts().size() + report.notAssessed().size());
            });
  }

  @Test
  void sharesOfPotentialAndActivityAddUpToOne() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(HealthGens.portfolios())
        .checkAssert(
            p -> {
              UnderServedReport report = assessor.assess(p, AS_OF);
              BigDecimal tolerance = new BigDecimal("0.00001").multiply(BigDecimal.valueOf(10));
              if (report.totalPotential().isPositive()) {
                BigDecimal potential =
                    report.accounts().stream()
                        .map(AccountFocus::potentialShare)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertTrue(potential.subtract(BigDecimal.ONE).abs().compareTo(tolerance) <= 0);
              }
              if (report.totalInteractions() > 0) {
                BigDecimal activity =
                    report.accounts().stream()
                        .map(AccountFocus::activityShare)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertTrue(activity.subtract(BigDecimal.ONE).abs().compareTo(tolerance) <= 0);
              }
            });
  }
}
