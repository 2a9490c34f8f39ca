package dev.kamkit.rules.criteria;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explainable;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.scoring.Reason;
import java.util.List;
import org.immutables.value.Value;

/**
 * One checkable criterion judged for one account: its stable id (for example {@code
 * "maturity.stage-2.shared-objectives"}), a title, the outcome, and the reasons: the evidence when
 * it is met, what is missing when it is not.
 */
@Value.Immutable
public abstract class AbstractCriterionResult implements Explainable {
  // Only the generated CriterionResult extends this: no host subclass.
  AbstractCriterionResult() {}

  /** Stable, dotted lower-case id; hosts may translate, filter or count by it. */
  public abstract String id();

  /**
   * The title for people, for example "Roles work to shared objectives", as a message worded on
   * demand; usually {@link #titleOf(Enum) the criterion's display name}.
   */
  public abstract Message title();

  /** Met, missing, not required or not assessed. */
  public abstract Outcome outcome();

  /** The evidence ({@code STRENGTH}) or what is missing ({@code GAP}), in a stable order. */
  public abstract List<Reason> reasons();

  /** True if the outcome holds nothing back (met, or not required by the policy). */
  public boolean counts() {
    return outcome().counts();
  }

  /** The title of a criterion that is a constant of an enum its package's bundle names. */
  public static Message titleOf(Enum<?> criterion) {
    return Message.of(CriteriaCode.TITLE, Arg.of(criterion));
  }

  /**
   * The criterion on one line, as data: outcome, title and reasons, which English words as {@code
   * "[met] Title: reason; reason"}.
   */
  public Message line() {
    if (reasons().isEmpty()) {
      return Message.of(CriteriaCode.LINE, Arg.of(outcome()), Arg.of(title()));
    }
    return Message.of(
        CriteriaCode.LINE_WITH_REASONS,
        Arg.of(outcome()),
        Arg.of(title()),
        Arg.of(Texts.inSequence(reasons().stream().map(Reason::message).toList())));
  }

  /** The explanation as data: the {@link #line()} alone. */
  @Override
  public Explanation explanation() {
    return Explanation.of(line());
  }

  /** Rejects an inconsistent value when it is built, naming every problem. */
  @Value.Check
  protected void check() {
    ModelCheck.of("CriterionResult", id()).dottedCode("id", id()).throwIfInvalid();
  }
}
