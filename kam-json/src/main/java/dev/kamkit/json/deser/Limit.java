package dev.kamkit.json.deser;

import dev.kamkit.json.format.JsonLimits;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The limits of {@link JsonLimits}, with the words problems use for them. Jackson enforces most of
 * them while parsing ({@code StreamReadConstraints}); {@code Cursor} enforces all of them again so
 * that they hold on a host's own mapper too. Both report the same way.
 */
enum Limit {
  DOCUMENT_LENGTH(
      "maxDocumentLength",
      "characters in the document",
      "getMaxDocumentLength",
      JsonLimits::maxDocumentLength),
  NESTING_DEPTH(
      "maxNestingDepth", "levels of nesting", "getMaxNestingDepth", JsonLimits::maxNestingDepth),
  STRING_LENGTH(
      "maxStringLength",
      "characters in a string",
      "getMaxStringLength",
      JsonLimits::maxStringLength),
  NAME_LENGTH(
      "maxPropertyNameLength",
      "characters in a property name",
      "getMaxNameLength",
      JsonLimits::maxPropertyNameLength),
  NUMBER_LENGTH(
      "maxNumberLength",
      "characters in a number",
      "getMaxNumberLength",
      JsonLimits::maxNumberLength),
  ELEMENTS(
      "maxElements", "JSON values in the document", "getMaxTokenCount", JsonLimits::maxElements);

  private static final Pattern JACKSON_NUMBERS = Pattern.compile("\\((\\d+)\\)[^(]*\\((\\d+)");

  private final String property;
  private final String unit;
  private final String jacksonGetter;
  private final ToLongFunction<JsonLimits> max;

  Limit(String property, String unit, String jacksonGetter, ToLongFunction<JsonLimits> max) {
    this.property = property;
    this.unit = unit;
    this.jacksonGetter = jacksonGetter;
    this.max = max;
  }

  long max(JsonLimits limits) {
    return max.applyAsLong(limits);
  }

  /** For example {@code at most 64 levels of nesting (JsonLimits.maxNestingDepth)}. */
  String expected(long maxValue) {
    return "at most " + maxValue + " " + unit + " (JsonLimits." + property + ")";
  }

  /**
   * For a limit the parser's own {@code StreamReadConstraints} set lower than {@code limits} do (a
   * host's mapper), for example {@code at most 5 levels of nesting (the parser's
   * StreamReadConstraints; JsonLimits.maxNestingDepth is 64)}.
   */
  String expectedByParser(long maxValue, JsonLimits limits) {
    return "at most "
        + maxValue
        + " "
        + unit
        + " (the parser's StreamReadConstraints; JsonLimits."
        + property
        + " is "
        + max(limits)
        + ")";
  }

  /** For example {@code at least 65 levels of nesting}. */
  String found(long actual) {
    return "at least " + actual + " " + unit;
  }

  /** The limit and the value Jackson's constraint exception names, if it names a known one. */
  static Optional<Exceeded> of(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    for (Limit limit : values()) {
      if (message.contains(limit.jacksonGetter)) {
        Matcher m = JACKSON_NUMBERS.matcher(message);
        if (m.find()) {
          return Optional.of(
              new Exceeded(limit, Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
        }
      }
    }
    return Optional.empty();
  }

  /** A limit exceeded: the value found and the maximum allowed. */
  record Exceeded(Limit limit, long actual, long max) {}
}
