package dev.kamkit.scoring;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explainable;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * A score from 0 to 100 that explains itself: its value is exactly the sum of its components'
 * contributions, and every component says what moved it.
 *
 * <p>Build one with {@link WeightedScore}, which shares out weights and rounds so that the parts
 * always add up to the whole.
 */
@Value.Immutable
public abstract class AbstractScore implements Explainable {
  // Only the generated Score extends this: no host subclass.
  AbstractScore() {}

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** What is scored, for example "Relationship coverage", as a message worded on demand. */
  public abstract Message title();

  /** The components, in the order the scorer lists them. */
  public abstract List<ScoreComponent> components();

  /** The score: the sum of the components' contributions, 0 to 100, two decimals. */
  @Value.Derived
  public BigDecimal value() {
    return components().stream()
        .map(ScoreComponent::contribution)
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  /** Every reason of every component, strengths, gaps and risks alike, in component order. */
  public List<Reason> reasons() {
    List<Reason> all = new ArrayList<>();
    for (ScoreComponent c : components()) {
      all.addAll(c.reasons());
    }
    return all;
  }

  /** The reasons with the given effect, in component order. */
  public List<Reason> reasons(Effect effect) {
    List<Reason> found = new ArrayList<>();
    for (ScoreComponent c : components()) {
      for (Reason r : c.reasons()) {
        if (r.effect() == effect) {
          found.add(r);
        }
      }
    }
    return found;
  }

  /** The component with the given key. @throws IllegalArgumentException if there is none */
  public ScoreComponent component(String key) {
    return components().stream()
        .filter(c -> c.key().equals(key))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no component \"" + key + "\" in " + title()));
  }

  /**
   * The explanation as data: the value, then one line per component with its contribution and
   * weight (or that it does not apply), each followed by its reasons.
   */
  @Override
  public Explanation explanation() {
    List<Explanation> lines = new ArrayList<>(components().size());
    for (ScoreComponent c : components()) {
      lines.add(c.explanation());
    }
    return Explanation.of(Message.of(ScoreCode.HEADLINE, Arg.of(title()), Arg.of(value())), lines);
  }

  @Value.Check
  protected void check() {
    BigDecimal weights =
        components().stream().map(ScoreComponent::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    ModelCheck.of("Score", title().code().code())
        .nonEmpty("components", components())
        .require(
            weights.compareTo(HUNDRED) == 0,
            "components",
            weights,
            ModelCode.TOTAL,
            Arg.of(HUNDRED),
            Arg.of(weights))
        .unique("components.key", components(), ScoreComponent::key)
        .throwIfInvalid();
  }
}
