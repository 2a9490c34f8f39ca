package dev.kamkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.KamGenerator;
import dev.kamkit.rules.compliance.ComplianceValidator;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsPack;
import dev.kamkit.scoring.completeness.CompletenessScorer;
import dev.kamkit.scoring.coverage.CoverageScorer;
import dev.kamkit.scoring.health.HealthScorer;
import dev.kamkit.scoring.whitespace.WhitespaceScorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;

/**
 * One set of scorers, one validator and one portfolio shared by many threads give exactly what a
 * single thread gives: nothing in the library keeps state between calls.
 */
class ConcurrencyTest {
  private static final LocalDate AS_OF = KamGenerator.DEFAULT_REFERENCE_DATE;
  private static final Portfolio PORTFOLIO =
      KamGenerator.seeded(42)
          .portfolio(
              List.of(
                  AccountSize.SMALL_CLINIC,
                  AccountSize.COMMUNITY_HOSPITAL,
                  AccountSize.ACADEMIC_MEDICAL_CENTRE,
                  AccountSize.COMMUNITY_HOSPITAL,
                  AccountSize.SMALL_CLINIC,
                  AccountSize.ACADEMIC_MEDICAL_CENTRE));
  private static final CoverageScorer COVERAGE = CoverageScorer.withDefaults();
  private static final CompletenessScorer COMPLETENESS = CompletenessScorer.withDefaults();
  private static final WhitespaceScorer WHITESPACE = WhitespaceScorer.withDefaults();
  private static final HealthScorer HEALTH = HealthScorer.withDefaults();
  private static final ComplianceValidator COMPLIANCE =
      ComplianceValidator.of(List.of(OpenPaymentsPack.withDefaults()));

  private static List<Object> evaluate(KeyAccount account) {
    return List.of(
        COVERAGE.score(account, AS_OF),
        COMPLETENESS.score(account, AS_OF),
        WHITESPACE.score(account, AS_OF),
        HEALTH.score(account, AS_OF),
        COMPLIANCE.validate(account, AS_OF));
  }

  @RepeatedTest(3)
  void manyThreadsGiveWhatOneThreadGives() throws Exception {
    List<List<Object>> expected =
        PORTFOLIO.accounts().stream().map(ConcurrencyTest::evaluate).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Object>>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (KeyAccount account : PORTFOLIO.accounts()) {
          futures.add(pool.submit(() -> evaluate(account)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % expected.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
