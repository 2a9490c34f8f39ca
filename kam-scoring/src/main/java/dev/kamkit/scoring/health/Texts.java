package dev.kamkit.scoring.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** Small helpers that put numbers and names into plain words. */
final class Texts {
  private Texts() {}

  /** {@code 0.925} as {@code "92.5%"}. */
  static String percent(BigDecimal ratio) {
    return ratio.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  /** {@code "1 relationship"}, {@code "3 relationships"}. */
  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /** {@code "A"}, {@code "A and B"}, {@code "A, B and C"}. */
  static String and(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  /** An enum constant in lower-case words: {@code NON_FORMULARY} as {@code "non formulary"}. */
  static String words(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
