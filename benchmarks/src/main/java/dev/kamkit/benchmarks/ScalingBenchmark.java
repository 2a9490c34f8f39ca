package dev.kamkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One clinic grown 10, 100 and 1,000 times (stakeholders, relationships, interactions, transfers of
 * value): time and, with {@code -prof gc}, allocation per account as it grows. A step that grows
 * faster than the floor by more than a log factor is a super-linear defect.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalingBenchmark extends OneAccount {
  /** How many times the clinic is grown. */
  @Param({"1", "10", "100", "1000"})
  public int factor = 1;

  /** Grows the clinic once per trial. */
  @Setup
  public void setUp() {
    account = SyntheticPortfolios.grown(SyntheticPortfolios.clinic(), factor);
  }
}
