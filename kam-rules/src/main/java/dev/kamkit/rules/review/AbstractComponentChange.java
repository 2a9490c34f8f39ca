package dev.kamkit.rules.review;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import java.math.BigDecimal;
import org.immutables.value.Value;

/** A component of a score whose contribution moved between two reviews. */
@Value.Immutable
public abstract class AbstractComponentChange {
  // Only the generated ComponentChange extends this: no host subclass.
  AbstractComponentChange() {}

  /** The component's key, for example {@code "buying-roles"}. */
  public abstract String key();

  /** What it measures, as the score labels it now. */
  public abstract Message label();

  /** Its contribution in points at the last review; 0 where it was not part of the score. */
  public abstract BigDecimal previous();

  /** Its contribution in points now; 0 where it is no longer part of the score. */
  public abstract BigDecimal current();

  /** The move in points: {@code current - previous}. */
  public BigDecimal change() {
    return current().subtract(previous());
  }

  /** The line that states it. */
  public Message line() {
    return Message.of(
        ReviewCode.COMPONENT_MOVED, Arg.of(label()), Arg.of(previous()), Arg.of(current()));
  }
}
