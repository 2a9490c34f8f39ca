package dev.kamkit.rules.compliance;

import dev.kamkit.model.base.AttributeValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one record's custom attributes for a rule pack that documents its keys (the EFPIA, France
 * and UK packs). A value of the wrong kind or outside its documented values is recorded as a
 * problem in words and read as absent, never replaced by a default; so is an unknown key with the
 * pack's prefix, which catches misspelt keys. The pack turns {@link #problems()} into its {@code
 * *.attribute.invalid} findings.
 *
 * <p>One reader per record and per call: it collects problems as it reads, so it is not shared.
 */
public final class PackAttributes {
  private final Map<String, AttributeValue> attributes;
  private final List<String> problems = new ArrayList<>();

  private PackAttributes(Map<String, AttributeValue> attributes) {
    this.attributes = attributes;
  }

  /**
   * Starts reading {@code attributes}; every key that starts with {@code prefix} and is not in
   * {@code known} is a problem naming the known keys.
   */
  public static PackAttributes read(
      Map<String, AttributeValue> attributes, String prefix, List<String> known) {
    PackAttributes reader = new PackAttributes(attributes);
    attributes.keySet().stream()
        .filter(k -> k.startsWith(prefix) && !known.contains(k))
        .sorted()
        .forEach(
            k ->
                reader.problems.add(
                    k + " is not a key read here; known keys are " + String.join(", ", known)));
    return reader;
  }

  /** The trimmed text of {@code key}; absent when missing, a problem when blank or not text. */
  public Optional<String> text(String key) {
    AttributeValue value = attributes.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof AttributeValue.Text text && !text.value().isBlank()) {
      return Optional.of(text.value().strip());
    }
    problems.add(key + " must be non-blank text, was " + show(value));
    return Optional.empty();
  }

  /** The text of {@code key} if it is one of {@code allowed}; anything else is a problem. */
  public Optional<String> oneOf(String key, List<String> allowed) {
    Optional<String> text = text(key);
    if (text.isPresent() && !allowed.contains(text.get())) {
      problems.add(key + " \"" + text.get() + "\" is not one of " + String.join(", ", allowed));
      return Optional.empty();
    }
    return text;
  }

  /** The number of {@code key} if it is positive; zero, negative or not a number is a problem. */
  public Optional<BigDecimal> positiveNumber(String key) {
    AttributeValue value = attributes.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof AttributeValue.Number number && number.value().signum() > 0) {
      return Optional.of(number.value());
    }
    problems.add(key + " must be a positive number, was " + show(value));
    return Optional.empty();
  }

  /** The flag of {@code key}; a value that is not a flag is a problem. */
  public Optional<Boolean> flag(String key) {
    AttributeValue value = attributes.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof AttributeValue.Flag flag) {
      return Optional.of(flag.value());
    }
    problems.add(key + " must be a flag, was " + show(value));
    return Optional.empty();
  }

  /** Every problem found so far, in the order found. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  private static String show(AttributeValue value) {
    if (value instanceof AttributeValue.Text text) {
      return "the text \"" + text.value() + "\"";
    }
    if (value instanceof AttributeValue.Number number) {
      return "the number " + number.value().toPlainString();
    }
    if (value instanceof AttributeValue.Flag flag) {
      return "the flag " + flag.value();
    }
    return "the date " + ((AttributeValue.Date) value).value();
  }
}
