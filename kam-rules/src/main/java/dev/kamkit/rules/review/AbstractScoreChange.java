package dev.kamkit.rules.review;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explainable;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A score that moved between two reviews, with what moved it: the components whose contribution
 * changed, and the reasons that appeared or disappeared.
 */
@Value.Immutable
public abstract class AbstractScoreChange implements Explainable {
  // Only the generated ScoreChange extends this: no host subclass.
  AbstractScoreChange() {}

  /** Which score. */
  public abstract ReviewedScore score();

  /** Its title, as the score words it. */
  public abstract Message title();

  /** Its value at the last review; empty when the account had no such score then. */
  public abstract Optional<BigDecimal> previous();

  /** Its value now; empty when the account has no such score now. */
  public abstract Optional<BigDecimal> current();

  /** The components whose contribution changed, in the score's component order. */
  public abstract List<ComponentChange> components();

  /** Reasons that hold now and did not at the last review, in the score's order. */
  public abstract List<Reason> appeared();

  /** Reasons that held at the last review and do not now, in the score's order then. */
  public abstract List<Reason> disappeared();

  /** The move in points; empty unless the account has the score at both reviews. */
  public Optional<BigDecimal> change() {
    return previous().flatMap(f -> current().map(t -> t.subtract(f)));
  }

  /** Better when the score rose, worse when it fell or was lost, noted when it is new. */
  public Movement movement() {
    if (current().isEmpty()) {
      return Movement.WORSE;
    }
    return change()
        .map(c -> c.signum() >= 0 ? Movement.BETTER : Movement.WORSE)
        .orElse(Movement.NOTED);
  }

  /** The headline of the move. */
  public Message headline() {
    if (previous().isPresent() && current().isPresent()) {
      return Message.of(
          ReviewCode.SCORE_MOVED,
          Arg.of(title()),
          Arg.of(previous().get()),
          Arg.of(current().get()),
          Arg.of(change().orElseThrow()));
    }
    return current().isPresent()
        ? Message.of(ReviewCode.SCORE_NEW, Arg.of(title()), Arg.of(current().get()))
        : Message.of(ReviewCode.SCORE_GONE, Arg.of(title()), Arg.of(previous().orElseThrow()));
  }

  /** The headline as a change line, then each component that moved, then the reasons. */
  @Override
  public Explanation explanation() {
    List<Explanation> lines = new ArrayList<>();
    components().forEach(c -> lines.add(Explanation.of(c.line())));
    Reasons.lines(appeared(), disappeared(), lines);
    return Explanation.of(
        Message.of(ReviewCode.CHANGE, Arg.of(movement()), Arg.of(headline())), lines);
  }
}
