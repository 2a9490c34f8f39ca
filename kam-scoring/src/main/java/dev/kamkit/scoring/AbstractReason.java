package dev.kamkit.scoring;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.KamId;
import java.util.List;
import org.immutables.value.Value;

/**
 * One reason behind a score or classification, in words a KAM lead can act on, with the ids of the
 * stakeholders, actions or cells it concerns.
 *
 * <p>The {@link #code()} is stable across releases (for example {@code "coverage.role.unheld"}), so
 * hosts can translate, filter or count reasons; the {@link #message()} is English text for people.
 */
@Value.Immutable
public abstract class AbstractReason {

  /** Stable, dotted identifier of the kind of reason. */
  @Value.Parameter
  public abstract String code();

  /** Whether it raises the result, holds it down, or warns of a danger. */
  @Value.Parameter
  public abstract Effect effect();

  /** The reason in plain words. */
  @Value.Parameter
  public abstract String message();

  /** The ids it concerns, in a stable order; empty when it concerns the account as a whole. */
  @Value.Parameter
  public abstract List<KamId> subjects();

  @Value.Check
  protected void check() {
    ModelCheck.of("Reason", code())
        .dottedCode("code", code())
        .nonBlank("message", message())
        .throwIfInvalid();
  }

  /** Renders as {@code [GAP] message}. */
  @Override
  public String toString() {
    return "[" + effect() + "] " + message();
  }
}
