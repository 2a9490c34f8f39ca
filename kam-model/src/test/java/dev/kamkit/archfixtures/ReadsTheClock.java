package dev.kamkit.archfixtures;

import java.time.Clock;
import java.time.LocalDate;

/** Fixture: reads the clock implicitly, which pure code must not. */
public final class ReadsTheClock {
  private ReadsTheClock() {}

  /** Breaks the rule. */
  public static LocalDate today() {
    return LocalDate.now();
  }

  /** Keeps the rule: the caller chose the clock. */
  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock);
  }
}
