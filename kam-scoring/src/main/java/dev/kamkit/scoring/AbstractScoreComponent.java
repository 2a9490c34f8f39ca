package dev.kamkit.scoring;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * One part of a score: what it measures, how much it weighs, how well the account does on it, what
 * it contributes to the total, and why.
 *
 * <p>{@link #weight()} is the effective weight in points out of 100 (weights of components that do
 * not apply to an account are shared out among the others); {@link #fulfilment()} runs from 0 to 1;
 * {@link #contribution()} is weight times fulfilment, rounded to two decimals, and never more than
 * the weight.
 */
@Value.Immutable
public abstract class AbstractScoreComponent {
  // Only the generated ScoreComponent extends this: no host subclass.
  AbstractScoreComponent() {}

  /** Stable identifier, for example {@code "buying-roles"}. */
  public abstract String key();

  /**
   * What it measures, for example "Key buying roles mapped and held", as a message worded on
   * demand.
   */
  public abstract Message label();

  /** False when the component does not apply to this account; its weight is then 0. */
  @Value.Default
  public boolean applicable() {
    return true;
  }

  /** Effective weight in points; the weights of a score's components add up to 100. */
  public abstract BigDecimal weight();

  /** How fully the account meets this component, from 0 to 1. */
  public abstract BigDecimal fulfilment();

  /** Points contributed to the score: weight times fulfilment, rounded to two decimals. */
  public abstract BigDecimal contribution();

  /** Why the component stands where it does. */
  public abstract List<Reason> reasons();

  /** The component's line (contribution of weight, or that it does not apply) and its reasons. */
  public Explanation explanation() {
    Message line =
        applicable()
            ? Message.of(
                ScoreCode.COMPONENT, Arg.of(label()), Arg.of(contribution()), Arg.of(weight()))
            : Message.of(ScoreCode.COMPONENT_NOT_APPLICABLE, Arg.of(label()));
    List<Explanation> why = new ArrayList<>(reasons().size());
    for (Reason r : reasons()) {
      why.add(Explanation.of(r.line()));
    }
    return Explanation.of(line, why);
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("ScoreComponent", key())
        .between("weight", weight(), BigDecimal.ZERO, Score.HUNDRED)
        .between("fulfilment", fulfilment(), BigDecimal.ZERO, BigDecimal.ONE)
        .between("contribution", contribution(), BigDecimal.ZERO, weight())
        .require(
            applicable() || weight().signum() == 0,
            "weight",
            weight(),
            ScoreCode.COMPONENT_WEIGHT_NOT_APPLICABLE)
        .throwIfInvalid();
  }
}
