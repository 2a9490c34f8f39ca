package dev.kamkit.scoring;

import dev.kamkit.model.base.ModelCheck;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A score from 0 to 100 that explains itself: its value is exactly the sum of its components'
 * contributions, and every component says what moved it.
 *
 * <p>Build one with {@link WeightedScore}, which shares out weights and rounds so that the parts
 * always add up to the whole.
 */
@Value.Immutable
public abstract class AbstractScore {
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** What is scored, for example {@code "relationship coverage"}. */
  public abstract String name();

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
  public Stream<Reason> reasons() {
    return components().stream().flatMap(c -> c.reasons().stream());
  }

  /** The reasons with the given effect, in component order. */
  public List<Reason> reasons(Effect effect) {
    return reasons().filter(r -> r.effect() == effect).toList();
  }

  /** The component with the given key. @throws IllegalArgumentException if there is none */
  public ScoreComponent component(String key) {
    return components().stream()
        .filter(c -> c.key().equals(key))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no component \"" + key + "\" in " + name()));
  }

  /**
   * A plain-text explanation: the value, then one line per component with its contribution and
   * weight, each followed by its reasons.
   */
  public String explain() {
    StringBuilder text = new StringBuilder();
    text.append(capitalised(name()))
        .append(": ")
        .append(value().setScale(1, java.math.RoundingMode.HALF_EVEN))
        .append(" / 100\n");
    for (ScoreComponent c : components()) {
      text.append("  ").append(c.label()).append(": ");
      if (c.applicable()) {
        text.append(c.contribution().setScale(1, java.math.RoundingMode.HALF_EVEN))
            .append(" of ")
            .append(c.weight().setScale(1, java.math.RoundingMode.HALF_EVEN));
      } else {
        text.append("does not apply");
      }
      text.append('\n');
      for (Reason r : c.reasons()) {
        text.append("    ").append(r).append('\n');
      }
    }
    return text.toString().stripTrailing();
  }

  @Value.Check
  protected void check() {
    BigDecimal weights =
        components().stream().map(ScoreComponent::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    ModelCheck.of("Score", name())
        .nonBlank("name", name())
        .require(
            !components().isEmpty(),
            "components",
            components(),
            "a score needs at least one component")
        .require(
            weights.compareTo(HUNDRED) == 0,
            "components.weight",
            weights,
            "weights must add up to 100")
        .unique("components.key", components(), ScoreComponent::key)
        .throwIfInvalid();
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
