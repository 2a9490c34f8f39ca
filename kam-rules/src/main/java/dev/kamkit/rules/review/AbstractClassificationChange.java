package dev.kamkit.rules.review;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explainable;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.scoring.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A classification that changed between two reviews (a tier, a KAM maturity stage, a relationship
 * stage, the primary engagement model), with the reasons that appeared or disappeared.
 */
@Value.Immutable
public abstract class AbstractClassificationChange implements Explainable {
  // Only the generated ClassificationChange extends this: no host subclass.
  AbstractClassificationChange() {}

  /** Which classification. */
  public abstract ReviewedClassification classification();

  /** Its value at the last review; empty when it had none. */
  public abstract Optional<Enum<?>> previous();

  /** Its value now; empty when it has none. */
  public abstract Optional<Enum<?>> current();

  /** Which way the account moved: up a maturity or relationship stage is better. */
  public abstract Movement movement();

  /** Reasons that hold now and did not at the last review. */
  public abstract List<Reason> appeared();

  /** Reasons that held at the last review and do not now. */
  public abstract List<Reason> disappeared();

  /** The headline of the move. */
  public Message headline() {
    Arg which = Arg.of(classification());
    if (previous().isPresent() && current().isPresent()) {
      return Message.of(
          ReviewCode.CLASSIFICATION_MOVED,
          which,
          Arg.of(previous().get()),
          Arg.of(current().get()));
    }
    return current().isPresent()
        ? Message.of(ReviewCode.CLASSIFICATION_SET, which, Arg.of(current().get()))
        : Message.of(ReviewCode.CLASSIFICATION_CLEARED, which, Arg.of(previous().orElseThrow()));
  }

  /** The headline as a change line, then the reasons that appeared and disappeared. */
  @Override
  public Explanation explanation() {
    List<Explanation> lines = new ArrayList<>();
    Reasons.lines(appeared(), disappeared(), lines);
    return Explanation.of(
        Message.of(ReviewCode.CHANGE, Arg.of(movement()), Arg.of(headline())), lines);
  }
}
