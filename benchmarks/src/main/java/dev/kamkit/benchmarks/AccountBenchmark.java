package dev.kamkit.benchmarks;

import dev.kamkit.benchmarks.SyntheticPortfolios.Shape;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.rules.engagement.EngagementInputs;
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
 * Each scorer, classifier and compliance pack on one account, the whole per-account evaluation, and
 * building the account aggregate (invariants and reference checks included), next to the
 * single-pass floor over the same account.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AccountBenchmark {
  private static final LocalDate AS_OF = SyntheticPortfolios.AS_OF;

  /** The account's shape. */
  @Param({"TYPICAL", "IDN_1000"})
  public String shape = "TYPICAL";

  private final Evaluation eval = new Evaluation();
  private KeyAccount account = SyntheticPortfolios.clinic();
  private EngagementInputs inputs = EngagementInputs.none();

  /** Generates the account once per trial. */
  @Setup
  public void setUp() {
    account = SyntheticPortfolios.account(Shape.valueOf(shape));
    inputs = EngagementInputs.fromAttributes(account.account().attributes());
  }

  /** Baseline: one pass that reads every element once. */
  @Benchmark
  public long floor() {
    return SinglePass.touch(account, AS_OF);
  }

  /** Everything the example program runs on one account. */
  @Benchmark
  public void everything(Blackhole bh) {
    eval.account(account, AS_OF, bh);
  }

  /** Coverage score. */
  @Benchmark
  public Object coverage() {
    return eval.coverage.score(account, AS_OF);
  }

  /** Next stakeholders to engage. */
  @Benchmark
  public Object nextStakeholders() {
    return eval.coverage.nextStakeholders(account, AS_OF);
  }

  /** Plan completeness. */
  @Benchmark
  public Object completeness() {
    return eval.completeness.score(account, AS_OF);
  }

  /** Whitespace. */
  @Benchmark
  public Object whitespace() {
    return eval.whitespace.score(account, AS_OF);
  }

  /** Account health. */
  @Benchmark
  public Object health() {
    return eval.health.score(account, AS_OF);
  }

  /** KAM maturity stage. */
  @Benchmark
  public Object maturity() {
    return eval.maturity.classify(account, AS_OF);
  }

  /** Relationship stage. */
  @Benchmark
  public Object relationshipStage() {
    return eval.relationship.classify(account, AS_OF);
  }

  /** Engagement model assessment. */
  @Benchmark
  public Object engagement() {
    return eval.engagement.assess(account, inputs, AS_OF);
  }

  /** Open Payments compliance pack. */
  @Benchmark
  public Object openPayments() {
    return eval.openPayments.check(account, AS_OF);
  }

  /** Off-label compliance pack. */
  @Benchmark
  public Object offLabel() {
    return eval.offLabel.check(account, AS_OF);
  }

  /** Rationale compliance pack. */
  @Benchmark
  public Object rationale() {
    return eval.rationale.check(account, AS_OF);
  }

  /** Rebuilds the aggregate from its parts: every invariant and reference check runs. */
  @Benchmark
  public KeyAccount build() {
    return KeyAccount.builder().from(account).build();
  }
}
