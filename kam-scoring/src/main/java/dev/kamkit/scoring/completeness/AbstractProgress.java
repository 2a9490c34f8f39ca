package dev.kamkit.scoring.completeness;

import dev.kamkit.model.id.KamId;
import dev.kamkit.scoring.Percent;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Execution progress of one item of the plan: completed children out of all children, the way Veeva
 * rolls call objectives up into tactics and tactics up into the plan. An item without children has
 * no progress of its own ({@link #percent()} is empty).
 */
@Value.Immutable
public abstract class AbstractProgress {
  // Only the generated Progress extends this: no host subclass.
  AbstractProgress() {}

  /** The objective or action; empty for the plan as a whole. */
  @Value.Parameter
  public abstract Optional<KamId> item();

  /** Children completed. */
  @Value.Parameter
  public abstract int completed();

  /** Children counted (cancelled ones are not). */
  @Value.Parameter
  public abstract int total();

  /** Completed out of total, 0-100 with one decimal; empty when there are no children. */
  public Optional<BigDecimal> percent() {
    return Percent.of(completed(), total());
  }

  /** True when every child is completed and there is at least one. */
  public boolean isComplete() {
    return total() > 0 && completed() == total();
  }
}
