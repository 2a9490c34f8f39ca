package dev.kamkit.rules.compliance.france;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the France keys of one transfer's custom attributes exactly as the shared {@code
 * PackAttributes} reads a pack's keys, but records each value it cannot read as a {@link
 * FranceCode} message rather than English words: a value of the wrong kind or outside its
 * documented values is a problem and read as absent, never a default; so is an unknown key that
 * starts with {@link FranceAttributes#PREFIX}.
 *
 * <p>One reader per record and per call: it collects problems as it reads.
 */
final class FrenchAttributeReader {
  private final Map<String, AttributeValue> attributes;
  private final List<Message> problems = new ArrayList<>();

  private FrenchAttributeReader(Map<String, AttributeValue> attributes) {
    this.attributes = attributes;
  }

  /** Starts reading; every key with the France prefix that is not a transfer key is a problem. */
  static FrenchAttributeReader read(Map<String, AttributeValue> attributes) {
    FrenchAttributeReader reader = new FrenchAttributeReader(attributes);
    attributes.keySet().stream()
        .filter(
            k ->
                k.startsWith(FranceAttributes.PREFIX)
                    && !FranceAttributes.TRANSFER_KEYS.contains(k))
        .sorted()
        .forEach(
            k ->
                reader.problems.add(
                    Message.of(
                        FranceCode.ATTRIBUTE_UNKNOWN_KEY,
                        Arg.text(k),
                        Arg.list(FranceAttributes.TRANSFER_KEYS, Arg::text))));
    return reader;
  }

  /** The trimmed text of {@code key}; absent when missing, a problem when blank or not text. */
  Optional<String> text(String key) {
    AttributeValue value = attributes.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof AttributeValue.Text text && !text.value().isBlank()) {
      return Optional.of(text.value().strip());
    }
    problems.add(Message.of(FranceCode.ATTRIBUTE_NOT_TEXT, Arg.text(key), Arg.of(shown(value))));
    return Optional.empty();
  }

  /** The text of {@code key} if it is one of {@code allowed}; anything else is a problem. */
  Optional<String> oneOf(String key, List<String> allowed) {
    Optional<String> text = text(key);
    if (text.isPresent() && !allowed.contains(text.get())) {
      problems.add(
          Message.of(
              FranceCode.ATTRIBUTE_NOT_ONE_OF,
              Arg.text(key),
              Arg.text(text.get()),
              Arg.list(allowed, Arg::text)));
      return Optional.empty();
    }
    return text;
  }

  /** The number of {@code key} if it is positive; zero, negative or not a number is a problem. */
  Optional<BigDecimal> positiveNumber(String key) {
    AttributeValue value = attributes.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof AttributeValue.Number number && number.value().signum() > 0) {
      return Optional.of(number.value());
    }
    problems.add(
        Message.of(FranceCode.ATTRIBUTE_NOT_POSITIVE_NUMBER, Arg.text(key), Arg.of(shown(value))));
    return Optional.empty();
  }

  /** Records a problem the caller found in a value this reader read. */
  void problem(Message problem) {
    problems.add(problem);
  }

  /** Every problem found so far, in the order found. */
  List<Message> problems() {
    return List.copyOf(problems);
  }

  /** The value an unreadable attribute had, as the attribute findings quote it. */
  static Message shown(AttributeValue value) {
    if (value instanceof AttributeValue.Text text) {
      return Message.of(FranceCode.VALUE_TEXT, Arg.text(text.value()));
    }
    if (value instanceof AttributeValue.Number number) {
      return Message.of(FranceCode.VALUE_NUMBER, Arg.of(number.value()));
    }
    if (value instanceof AttributeValue.Flag flag) {
      return Message.of(FranceCode.VALUE_FLAG, Arg.text(Boolean.toString(flag.value())));
    }
    return Message.of(FranceCode.VALUE_DATE, Arg.of(((AttributeValue.Date) value).value()));
  }
}
