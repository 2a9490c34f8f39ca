package dev.kamkit.model.explain;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;

/**
 * How a result explains itself, as data: a headline {@link Message} and the explanations below it,
 * such as a score's value with one detail per component and, under each, its reasons.
 *
 * <p>{@link Messages#explain(Explanation)} words it as indented lines, two spaces per level.
 *
 * @param line the headline
 * @param details what stands below it, in order
 */
public record Explanation(Message line, List<Explanation> details) {

  public Explanation {
    requireNonNull(line, "line");
    details = List.copyOf(details);
  }

  /** A headline with the given details. */
  public static Explanation of(Message line, List<Explanation> details) {
    return new Explanation(line, details);
  }

  /** A headline with the given details. */
  public static Explanation of(Message line, Explanation... details) {
    return new Explanation(line, Arrays.asList(details));
  }

  /** A line with nothing below it. */
  public static Explanation of(Message line) {
    return new Explanation(line, List.of());
  }
}
