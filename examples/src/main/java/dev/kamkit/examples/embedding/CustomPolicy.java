package dev.kamkit.examples.embedding;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.scoring.coverage.CoveragePolicy;
import dev.kamkit.scoring.coverage.CoverageResult;
import dev.kamkit.scoring.coverage.CoverageScorer;
import java.time.LocalDate;

/**
 * Scoring with a custom policy: a programme that counts a relationship as active only with an
 * interaction in the last 30 days, instead of the default 90. Policies are immutable values; start
 * from the defaults and change what you measure differently.
 */
public final class CustomPolicy {
  private CustomPolicy() {}

  /** A coverage scorer for a programme that expects monthly contact. */
  public static CoverageScorer monthlyContact() {
    return CoverageScorer.of(CoveragePolicy.defaults().withActiveWithinDays(30));
  }

  /** Scores {@code account} as of {@code asOf} under {@link #monthlyContact()}. */
  public static CoverageResult score(KeyAccount account, LocalDate asOf) {
    return monthlyContact().score(account, asOf);
  }
}
