package dev.kamkit.rules.review;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.KamId;
import java.util.List;
import org.immutables.value.Value;

/**
 * One change in an account between two reviews, as data: what it says (a {@link ReviewCode} with
 * typed arguments), the part of the account it concerns, which way it moves the account, and the
 * ids it concerns.
 */
@Value.Immutable
public abstract class AbstractReviewChange {
  // Only the generated ReviewChange extends this: no host subclass.
  AbstractReviewChange() {}

  /** The part of the account it concerns. */
  public abstract ReviewTopic topic();

  /** What it says: a {@link ReviewCode} and typed arguments. */
  public abstract Message message();

  /** Which way it moves the account. */
  public abstract Movement movement();

  /** The ids it concerns, in the order its message names them. */
  public abstract List<KamId> subjects();

  /** The stable dotted code, for example {@code "review.stakeholder.added"}. */
  public String code() {
    return message().code().code();
  }

  /** The change as an explanation shows it: its movement, then what it says. */
  public Message line() {
    return Message.of(ReviewCode.CHANGE, Arg.of(movement()), Arg.of(message()));
  }

  /** Renders as the English {@link #line()}, for logs and debugging. */
  @Override
  public String toString() {
    return line().toString();
  }
}
