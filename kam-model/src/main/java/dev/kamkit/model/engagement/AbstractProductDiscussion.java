package dev.kamkit.model.engagement;

import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.ProductId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A product discussed in an interaction and, where recorded, for which indication: what off-label
 * checks read.
 */
@Value.Immutable
public abstract class AbstractProductDiscussion {
  // Only the generated ProductDiscussion extends this: no host subclass.
  AbstractProductDiscussion() {}

  /** The product. */
  @Value.Parameter
  public abstract ProductId product();

  /** The indication discussed, where recorded. */
  @Value.Parameter
  public abstract Optional<IndicationId> indication();
}
