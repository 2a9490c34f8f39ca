package dev.kamkit.rules.compliance;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one record's custom attributes for a rule pack that documents its keys (the EFPIA, France
 * and UK packs). A value of the wrong kind or outside its documented values is recorded as a
 * problem ({@link ComplianceCode} {@code compliance.attribute.*}) and read as absent, never
 * replaced by a default; so is an unknown key with the pack's prefix, which catches misspelt keys.
 * The pack turns {@link #messages()} into its {@code *.attribute.invalid} findings.
 *
 * <p>One reader per record and per call: it collects problems as it reads, so it is not shared.
 */
public final class PackAttributes {
  private final Map<String, AttributeValue> attributes;
  private final List<Message> problems = new ArrayList<>();

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
                    Message.of(
                        ComplianceCode.ATTRIBUTE_UNKNOWN_KEY,
                        Arg.text(k),
                        Arg.list(known, Arg::text))));
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
    problems.add(Message.of(ComplianceCode.ATTRIBUTE_NOT_TEXT, Arg.text(key), shown(value)));
    return Optional.empty();
  }

  /** The text of {@code key} if it is one of {@code allowed}; anything else is a problem. */
  public Optional<String> oneOf(String key, List<String> allowed) {
    Optional<String> text = text(key);
    if (text.isPresent() && !allowed.contains(text.get())) {
      problems.add(
          Message.of(
              ComplianceCode.ATTRIBUTE_NOT_ONE_OF,
              Arg.text(key),
              Arg.text(text.get()),
              Arg.list(allowed, Arg::text)));
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
    problems.add(
        Message.of(ComplianceCode.ATTRIBUTE_NOT_POSITIVE_NUMBER, Arg.text(key), shown(value)));
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
    problems.add(Message.of(ComplianceCode.ATTRIBUTE_NOT_FLAG, Arg.text(key), shown(value)));
    return Optional.empty();
  }

  /** Every problem found so far, in the order found: codes with the key and value concerned. */
  public List<Message> messages() {
    return List.copyOf(problems);
  }

  /**
   * The value an unreadable attribute had, as the argument of a {@code compliance.attribute.*}
   * message: its kind and what the host gave ({@code the text " "}, {@code the number -1}).
   */
  public static Arg shown(AttributeValue value) {
    if (value instanceof AttributeValue.Text text) {
      return Arg.of(Message.of(ComplianceCode.VALUE_TEXT, Arg.text(text.value())));
    }
    if (value instanceof AttributeValue.Number number) {
      return Arg.of(
          Message.of(ComplianceCode.VALUE_NUMBER, Arg.text(number.value().toPlainString())));
    }
    if (value instanceof AttributeValue.Flag flag) {
      return Arg.of(Message.of(ComplianceCode.VALUE_FLAG, Arg.text(String.valueOf(flag.value()))));
    }
    return Arg.of(
        Message.of(ComplianceCode.VALUE_DATE, Arg.of(((AttributeValue.Date) value).value())));
  }
}
