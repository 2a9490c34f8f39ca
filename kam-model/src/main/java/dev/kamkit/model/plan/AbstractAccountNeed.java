package dev.kamkit.model.plan;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.NeedId;
import org.immutables.value.Value;

/**
 * A need of the account the plan responds to; tactics and initiatives name the needs they serve.
 */
@Value.Immutable
public abstract class AbstractAccountNeed {
  // Only the generated AccountNeed extends this: no host subclass.
  AbstractAccountNeed() {}

  /** The need's id. */
  public abstract NeedId id();

  /** What the account needs, in its own terms. */
  public abstract String description();

  /** The kind of need. */
  public abstract NeedCategory category();

  @Value.Check
  protected void check() {
    ModelCheck.of("AccountNeed", id()).nonBlank("description", description()).throwIfInvalid();
  }
}
