package dev.kamkit.archfixtures;

import java.time.Clock;
import java.time.LocalDate;

/** Fixture: reads only the clock it is given, which pure code may. */
public final class PassesAClock {
  private PassesAClock() {}

  /** Keeps the rule. */
  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock);
  }
}
