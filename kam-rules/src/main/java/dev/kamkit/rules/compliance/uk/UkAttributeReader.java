package dev.kamkit.rules.compliance.uk;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the UK keys of one stakeholder's custom attributes, as {@code PackAttributes} reads other
 * packs' keys, but records each value it cannot read as a coded {@link Message}: a value of the
 * wrong kind or outside its documented values is a problem and read as absent, never a default; so
 * is an unknown key that starts with {@link UkAttributes#PREFIX}.
 *
 * <p>One reader per record and per call: it collects problems as it reads.
 */
final class UkAttributeReader {
  private final Map<String, AttributeValue> attributes;
  private final List<Message> problems = new ArrayList<>();

  private UkAttributeReader(Map<String, AttributeValue> attributes) {
    this.attributes = attributes;
  }

  /** Starts reading; every key with the UK prefix that is not a stakeholder key is a problem. */
  static UkAttributeReader read(Map<String, AttributeValue> attributes) {
    UkAttributeReader reader = new UkAttributeReader(attributes);
    attributes.keySet().stream()
        .filter(
            k -> k.startsWith(UkAttributes.PREFIX) && !UkAttributes.STAKEHOLDER_KEYS.contains(k))
        .sorted()
        .forEach(
            k ->
                reader.problems.add(
                    Message.of(
                        UkCode.ATTRIBUTE_UNKNOWN_KEY,
                        Arg.text(k),
                        Arg.list(UkAttributes.STAKEHOLDER_KEYS, Arg::text))));
    return reader;
  }

  /** The trimmed text of {@code key} if it is one of {@code allowed}; anything else a problem. */
  Optional<String> oneOf(String key, List<String> allowed) {
    AttributeValue value = attributes.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof AttributeValue.Text text) || text.value().isBlank()) {
      problems.add(Message.of(UkCode.ATTRIBUTE_NOT_TEXT, Arg.text(key), Arg.of(shown(value))));
      return Optional.empty();
    }
    String stripped = text.value().strip();
    if (!allowed.contains(stripped)) {
      problems.add(
          Message.of(
              UkCode.ATTRIBUTE_NOT_ALLOWED,
              Arg.text(key),
              Arg.text(stripped),
              Arg.list(allowed, Arg::text)));
      return Optional.empty();
    }
    return Optional.of(stripped);
  }

  /** The flag of {@code key}; a value that is not a flag is a problem. */
  Optional<Boolean> flag(String key) {
    AttributeValue value = attributes.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof AttributeValue.Flag flag) {
      return Optional.of(flag.value());
    }
    problems.add(Message.of(UkCode.ATTRIBUTE_NOT_FLAG, Arg.text(key), Arg.of(shown(value))));
    return Optional.empty();
  }

  /** Every problem found so far, in the order found. */
  List<Message> problems() {
    return List.copyOf(problems);
  }

  private static Message shown(AttributeValue value) {
    if (value instanceof AttributeValue.Text text) {
      return Message.of(UkCode.VALUE_TEXT, Arg.text(text.value()));
    }
    if (value instanceof AttributeValue.Number number) {
      return Message.of(UkCode.VALUE_NUMBER, Arg.of(number.value()));
    }
    if (value instanceof AttributeValue.Flag flag) {
      return Message.of(UkCode.VALUE_FLAG, Arg.text(Boolean.toString(flag.value())));
    }
    return Message.of(UkCode.VALUE_DATE, Arg.of(((AttributeValue.Date) value).value()));
  }
}
