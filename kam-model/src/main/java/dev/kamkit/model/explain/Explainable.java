package dev.kamkit.model.explain;

import java.util.Locale;

/**
 * A result that explains itself: its {@link #explanation()} as data, and the words on demand.
 *
 * <p>Scores, classifications, compliance reports and evaluations implement it, so a host shows any
 * of them the same way: {@code result.explain(Locale.GERMAN)}.
 */
public interface Explainable {

  /** The explanation as data: codes and typed arguments, no words. */
  Explanation explanation();

  /** The explanation in English, as indented lines. */
  default String explain() {
    return Messages.english().explain(explanation());
  }

  /**
   * The explanation in {@code locale}'s language where kamkit has it (English, German, French),
   * else in English.
   */
  default String explain(Locale locale) {
    return Messages.in(locale).explain(explanation());
  }
}
