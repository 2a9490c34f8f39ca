package dev.kamkit.benchmarks;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.rules.engagement.EngagementInputs;
import java.time.LocalDate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What every one-account benchmark measures: the single-pass floor, everything the example program
 * runs, each scorer, classifier and compliance pack on its own, and rebuilding the aggregate (every
 * invariant and reference check). Subclasses say which account.
 */
public abstract class OneAccount {
  /** The day everything is evaluated for. */
  protected static final LocalDate AS_OF = SyntheticPortfolios.AS_OF;

  /** The scorers, classifiers and packs, with default policies. */
  protected final Evaluation eval = new Evaluation();

  /** The account under test; subclasses set it in their setup. */
  protected KeyAccount account = SyntheticPortfolios.clinic();

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

  /** Everything the example program runs on one account, and every explanation said in English. */
  @Benchmark
  public void everythingInEnglish(Blackhole bh) {
    eval.accountInEnglish(account, AS_OF, bh);
  }

  /** Rebuilds the aggregate from its parts: every invariant and reference check runs. */
  @Benchmark
  public KeyAccount build() {
    return KeyAccount.builder().from(account).build();
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
    return eval.engagement.assess(account, EngagementInputs.fromFacts(account.account()), AS_OF);
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

  /** US state law compliance pack. */
  @Benchmark
  public Object usStates() {
    return eval.usStates.check(account, AS_OF);
  }

  /** Code of conduct compliance pack. */
  @Benchmark
  public Object conduct() {
    return eval.conduct.check(account, AS_OF);
  }

  /** Commercial / medical firewall compliance pack. */
  @Benchmark
  public Object firewall() {
    return eval.firewall.check(account, AS_OF);
  }
}
