package dev.kamkit.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.kamkit.json.KamJson;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.KamGenerator;
import dev.kamkit.model.testing.KamGens;
import dev.kamkit.scoring.coverage.CoverageScorer;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * How a host tests its own code with kamkit's generators (the {@code kam-model} tests jar): a
 * seeded {@link KamGenerator} for one reproducible account, and the QuickTheories adapters in
 * {@link KamGens} for properties over many. Here the host's "code" is its export through {@link
 * KamJson} and its use of the coverage score.
 */
class GeneratorsInHostTests {
  private static final LocalDate AS_OF = KamGenerator.DEFAULT_REFERENCE_DATE;

  @Test
  void oneSeededAccountIsTheSameOnEveryRun() {
    KeyAccount first = KamGenerator.seeded(42).keyAccount(AccountSize.LARGE_IDN);
    KeyAccount again = KamGenerator.seeded(42).keyAccount(AccountSize.LARGE_IDN);
    assertTrue(first.equals(again));
  }

  @Test
  void everyGeneratedAccountSurvivesTheHostsExport() {
    KamJson json = KamJson.defaults();
    qt().withExamples(30)
        .forAll(KamGens.keyAccounts())
        .check(account -> json.readAccount(json.write(account)).keyAccount().equals(account));
  }

  @Test
  void coverageIsAlwaysBetweenZeroAndOneHundred() {
    CoverageScorer scorer = CoverageScorer.withDefaults();
    qt().withExamples(30)
        .forAll(KamGens.keyAccounts())
        .check(
            account -> {
              BigDecimal value = scorer.score(account, AS_OF).score().value();
              return value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
            });
  }
}
