package dev.kamkit.scoring;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.id.KamId;
import java.util.List;
import org.immutables.value.Value;

/**
 * One reason behind a score or classification, as data: what it says ({@link #message()}, a stable
 * code with typed arguments), whether it raises or holds down the result, and the ids of the
 * stakeholders, actions or cells it concerns.
 *
 * <p>Hosts filter, count and store reasons by {@link #code()}; the words come on demand from {@link
 * dev.kamkit.model.explain.Messages}, in English, German or French. The codes are listed in {@code
 * docs/reason-catalogue.md}.
 */
@Value.Immutable
public abstract class AbstractReason {
  // Only the generated Reason extends this: no host subclass.
  AbstractReason() {}

  /** What it says: a code and typed arguments. */
  @Value.Parameter
  public abstract Message message();

  /** Whether it raises the result, holds it down, or warns of a danger. */
  @Value.Parameter
  public abstract Effect effect();

  /** The ids it concerns, in a stable order; empty when it concerns the account as a whole. */
  @Value.Parameter
  public abstract List<KamId> subjects();

  /** The stable dotted code of the kind of reason, for example {@code "coverage.role.unheld"}. */
  public String code() {
    return message().code().code();
  }

  /** A reason of {@code code} with {@code args} in the order of its parameters. */
  public static Reason of(
      MessageCode code, Effect effect, List<? extends KamId> subjects, Arg... args) {
    return Reason.of(Message.of(code, args), effect, List.copyOf(subjects));
  }

  /** The reason as an explanation shows it: its effect, then what it says ({@code [GAP] ...}). */
  public Message line() {
    return Message.of(ScoreCode.REASON, Arg.of(effect()), Arg.of(message()));
  }

  /** Renders as {@code [GAP] message} in English, for logs and debugging. */
  @Override
  public String toString() {
    return line().toString();
  }
}
