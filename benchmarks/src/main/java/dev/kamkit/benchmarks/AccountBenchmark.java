package dev.kamkit.benchmarks;

import dev.kamkit.benchmarks.SyntheticPortfolios.Shape;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Each scorer, classifier and compliance pack ({@link OneAccount}) on a typical account and on an
 * IDN grown past 1,000 stakeholders.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AccountBenchmark extends OneAccount {
  /** The account's shape. */
  @Param({"TYPICAL", "IDN_1000"})
  public String shape = "TYPICAL";

  /** Generates the account once per trial. */
  @Setup
  public void setUp() {
    account = SyntheticPortfolios.account(Shape.valueOf(shape));
  }
}
