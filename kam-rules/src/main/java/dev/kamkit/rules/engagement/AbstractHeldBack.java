package dev.kamkit.rules.engagement;

import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import org.immutables.value.Value;

/** A SAM candidate the cap held back: where it ranked, what it gets instead, and why. */
@Value.Immutable
public abstract class AbstractHeldBack {
  // Only the generated HeldBack extends this: no host subclass.
  AbstractHeldBack() {}

  /** The account. */
  public abstract AccountId account();

  /** Its rank among the SAM candidates, from 1. */
  public abstract int rank();

  /** The model it is served with instead. */
  public abstract EngagementModel instead();

  /**
   * Why it was held back: {@code engagement.sam.held-back.ranked} or {@code
   * engagement.sam.held-back.none-allowed}.
   */
  public abstract Message why();
}
