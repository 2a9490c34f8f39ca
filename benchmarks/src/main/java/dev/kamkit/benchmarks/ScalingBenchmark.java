package dev.kamkit.benchmarks;

import dev.kamkit.model.KeyAccount;
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
 * One clinic grown 10, 100 and 1,000 times (stakeholders, relationships, interactions, transfers of
 * value): time and, with {@code -prof gc}, allocation per account as it grows. A step that grows
 * faster than the floor by more than a log factor is a super-linear defect.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalingBenchmark {
  private static final LocalDate AS_OF = SyntheticPortfolios.AS_OF;

  /** How many times the clinic is grown. */
  @Param({"1", "10", "100", "1000"})
  public int factor = 1;

  private final Evaluation eval = new Evaluation();
  private KeyAccount account = SyntheticPortfolios.clinic();

  /** Grows the clinic once per trial. */
  @Setup
  public void setUp() {
    account = SyntheticPortfolios.grown(SyntheticPortfolios.clinic(), factor);
  }

  /** Baseline: one pass that reads every element once. */
  @Benchmark
  public long floor() {
    return SinglePass.touch(account, AS_OF);
  }

  /** Everything the example program runs on the account. */
  @Benchmark
  public void everything(Blackhole bh) {
    eval.account(account, AS_OF, bh);
  }

  /** Rebuilds the aggregate: invariants and reference checks. */
  @Benchmark
  public KeyAccount build() {
    return KeyAccount.builder().from(account).build();
  }
}
