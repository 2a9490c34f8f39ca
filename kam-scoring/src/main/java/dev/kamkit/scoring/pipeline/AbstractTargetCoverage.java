package dev.kamkit.scoring.pipeline;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.ObjectiveId;
import org.immutables.value.Value;

/**
 * One revenue objective against the pipeline serving it: its target, what is already won, and the
 * open pipeline, weighted, expected to close by the objective's due date. All in the target's
 * currency.
 */
@Value.Immutable
public abstract class AbstractTargetCoverage {
  // Only the generated TargetCoverage extends this: no host subclass.
  AbstractTargetCoverage() {}

  /** The objective. */
  public abstract ObjectiveId objective();

  /** Its revenue target. */
  public abstract Money target();

  /**
   * The won opportunities serving it, closed on or before the day of the analysis and not before
   * the objective's start.
   */
  public abstract Money won();

  /**
   * The open opportunities serving it that are expected to close by its due date, each weighted by
   * its probability (the policy's for its stage where none is recorded).
   */
  public abstract Money weighted();

  /** What the target still lacks after won and weighted pipeline: zero when it is covered. */
  public Money gap() {
    Money backed = won().plus(weighted());
    return backed.isLessThan(target()) ? target().minus(backed) : Money.zero(target().currency());
  }

  /** True when won and weighted pipeline together reach the target. */
  public boolean isCovered() {
    return gap().isZero();
  }
}
