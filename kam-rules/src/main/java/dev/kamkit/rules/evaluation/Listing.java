package dev.kamkit.rules.evaluation;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A part of an evaluation that is a list: a heading that counts the items (who to engage next, what
 * a leaver takes away, the policy settings to review), each item's line below it.
 */
final class Listing {
  private Listing() {}

  static <T> Explanation of(EvaluationCode heading, List<T> items, Function<T, Message> line) {
    List<Explanation> lines = new ArrayList<>(items.size());
    for (T item : items) {
      lines.add(Explanation.of(line.apply(item)));
    }
    return Explanation.of(Message.of(heading, Arg.of(items.size())), lines);
  }
}
