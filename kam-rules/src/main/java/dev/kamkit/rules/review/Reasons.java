package dev.kamkit.rules.review;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.scoring.Reason;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reasons compared across two reviews. A reason is the same at both when it has the same code, the
 * same subjects and names the same things (ids, host text, enum values); its counts, amounts and
 * days may differ, as "last contact 40 days ago" becomes "130 days ago", and it is still the same
 * reason.
 */
final class Reasons {
  private Reasons() {}

  /** The reasons of {@code of} that {@code against} does not hold, in {@code of}'s order. */
  static List<Reason> missingFrom(List<Reason> of, List<Reason> against) {
    Set<List<Object>> held = new HashSet<>();
    against.forEach(r -> held.add(identity(r)));
    List<Reason> missing = new ArrayList<>();
    for (Reason r : of) {
      if (!held.contains(identity(r))) {
        missing.add(r);
      }
    }
    return missing;
  }

  /** Adds a line for each reason that appeared, then for each that disappeared. */
  static void lines(List<Reason> appeared, List<Reason> disappeared, List<Explanation> lines) {
    appeared.forEach(
        r -> lines.add(Explanation.of(Message.of(ReviewCode.REASON_APPEARED, Arg.of(r.line())))));
    disappeared.forEach(
        r -> lines.add(Explanation.of(Message.of(ReviewCode.REASON_GONE, Arg.of(r.line())))));
  }

  private static List<Object> identity(Reason r) {
    List<Object> key = new ArrayList<>();
    key.add(r.effect());
    key.add(r.subjects());
    key.add(identity(r.message()));
    return key;
  }

  private static List<Object> identity(Message m) {
    List<Object> key = new ArrayList<>();
    key.add(m.code().code());
    m.args().forEach(a -> key.add(identity(a)));
    return key;
  }

  private static Object identity(Arg a) {
    if (a instanceof Arg.Ref ref) {
      return ref.id();
    } else if (a instanceof Arg.Text text) {
      return text.text();
    } else if (a instanceof Arg.Choice choice) {
      return choice.value();
    } else if (a instanceof Arg.Nested nested) {
      return identity(nested.value());
    } else if (a instanceof Arg.Many many) {
      return many.values().stream().map(Reasons::identity).toList();
    }
    return a.kind();
  }
}
