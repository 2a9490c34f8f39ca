package dev.kamkit.rules.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Small text helpers that keep explanations short and the same whatever order the host's lists came
 * in.
 */
public final class Texts {
  private Texts() {}

  /** {@code "1 stakeholder"}, {@code "3 stakeholders"}. */
  public static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /** The texts sorted and joined with commas: {@code "a, b, c"}; {@code "none"} when empty. */
  public static String sortedList(Collection<String> texts) {
    return texts.isEmpty() ? "none" : texts.stream().sorted().collect(Collectors.joining(", "));
  }

  /** An enum constant as lower-case words: {@code MARKET_ACCESS} reads "market access". */
  public static String words(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** A 0-100 number with one decimal, for explanations: {@code 72.5}. */
  public static String points(BigDecimal value) {
    return value.setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** The text with its first letter in upper case. */
  public static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
