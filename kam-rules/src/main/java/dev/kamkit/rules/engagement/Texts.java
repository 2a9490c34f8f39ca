package dev.kamkit.rules.engagement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Small text helpers that keep explanations short and the same whatever order the host's lists came
 * in.
 *
 * <p>A bridge: these English helpers were {@code dev.kamkit.rules.criteria.Texts}, which no longer
 * words anything. They stay here only until this package's explanations become messages; delete
 * them then.
 */
final class Texts {
  private Texts() {}

  /** {@code "1 stakeholder"}, {@code "3 stakeholders"}. */
  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /** The texts sorted and joined with commas: {@code "a, b, c"}; {@code "none"} when empty. */
  static String sortedList(Collection<String> texts) {
    return texts.isEmpty() ? "none" : texts.stream().sorted().collect(Collectors.joining(", "));
  }

  /** An enum constant as lower-case words: {@code MARKET_ACCESS} reads "market access". */
  static String words(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** A 0-100 number with one decimal, for explanations: {@code 72.5}. */
  static String points(BigDecimal value) {
    return value.setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** The text with its first letter in upper case. */
  static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
