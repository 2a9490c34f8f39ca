package dev.kamkit.scoring.health;

import dev.kamkit.model.explain.Arg;
import java.time.LocalDate;

/**
 * The days a look-back covers: from {@code start} (that many days before the scoring day) up to and
 * including {@code end}, the scoring day. Both edges belong to the window, as in coverage's "active
 * within" window.
 */
record Window(int days, LocalDate start, LocalDate end) {

  /** The window of {@code days} days looking back from {@code asOf}. */
  static Window lookingBack(LocalDate asOf, int days) {
    return new Window(days, asOf.minusDays(days), asOf);
  }

  /** True if {@code date} lies within the window, edges included. */
  boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /** For messages: the window's length, the {@code days} argument. */
  Arg daysArg() {
    return Arg.of(days);
  }

  /** For messages: the scoring day, the {@code end} argument. */
  Arg endArg() {
    return Arg.of(end);
  }
}
