package dev.kamkit.benchmarks;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The full evaluation of a portfolio of mixed accounts (everything the example program runs, the
 * portfolio-level results included) against the single pass over the same accounts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PortfolioBenchmark {
  private static final LocalDate AS_OF = SyntheticPortfolios.AS_OF;

  /** How many accounts. */
  @Param({"10", "1000"})
  public int accounts = 10;

  private final Evaluation eval = new Evaluation();
  private Portfolio portfolio = SyntheticPortfolios.portfolio(1);

  /** Generates the portfolio once per trial. */
  @Setup
  public void setUp() {
    portfolio = SyntheticPortfolios.portfolio(accounts);
  }

  /** Baseline: one pass over every account that reads every element once. */
  @Benchmark
  public long floor() {
    long h = 0;
    for (KeyAccount a : portfolio.accounts()) {
      h = h * 31 + SinglePass.touch(a, AS_OF);
    }
    return h;
  }

  /** Everything the example program runs. */
  @Benchmark
  public void everything(Blackhole bh) {
    eval.portfolio(portfolio, AS_OF, bh);
  }
}
