package dev.kamkit.scoring.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.util.List;

/** Assertions the health tests share. */
final class Checks {
  private Checks() {}

  /** Asserts that {@code actual} equals {@code expected} numerically, whatever the scale. */
  static void assertNumber(String expected, BigDecimal actual) {
    assertEquals(
        0,
        new BigDecimal(expected).compareTo(actual),
        () -> "expected " + expected + " but was " + actual);
  }

  /** The codes of the reasons, in order. */
  static List<String> codes(List<Reason> reasons) {
    return reasons.stream().map(Reason::code).toList();
  }

  /** The subjects' ids of a reason, as text. */
  static List<String> subjects(Reason reason) {
    return reason.subjects().stream().map(Object::toString).toList();
  }
}
