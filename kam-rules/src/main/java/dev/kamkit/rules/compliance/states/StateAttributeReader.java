package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.base.AttributeValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a transfer's {@link StatesAttributes}. A value of the wrong kind or outside its documented
 * values is a problem in words and counts as absent; it is never replaced by a default.
 */
final class StateAttributeReader {
  private StateAttributeReader() {}

  private static final String SERVICE_KINDS =
      Arrays.stream(NjServiceKind.values())
          .map(NjServiceKind::code)
          .collect(Collectors.joining(", "));

  static StateFacts read(Map<String, AttributeValue> attributes) {
    List<String> problems = new ArrayList<>();
    attributes.keySet().stream()
        .filter(k -> k.startsWith(StatesAttributes.PREFIX) && !StatesAttributes.KEYS.contains(k))
        .sorted()
        .forEach(
            k ->
                problems.add(
                    k
                        + " is not a key the state pack reads; known keys are "
                        + String.join(", ", StatesAttributes.KEYS)));
    Optional<NjServiceKind> kind =
        text(attributes, StatesAttributes.NJ_SERVICE_KIND, problems)
            .flatMap(
                code -> {
                  Optional<NjServiceKind> known = NjServiceKind.ofCode(code);
                  if (known.isEmpty()) {
                    problems.add(
                        StatesAttributes.NJ_SERVICE_KIND
                            + " \""
                            + code
                            + "\" is not a known service kind; use one of "
                            + SERVICE_KINDS);
                  }
                  return known;
                });
    return new StateFacts(
        text(attributes, StatesAttributes.MN_EXCEPTION, problems),
        flag(attributes, StatesAttributes.MA_NON_CME_PRESENTATION, problems),
        kind,
        text(attributes, StatesAttributes.VT_PERMITTED_GIFT, problems),
        flag(attributes, StatesAttributes.VT_SAMPLE, problems),
        problems);
  }

  private static Optional<String> text(
      Map<String, AttributeValue> attributes, String key, List<String> problems) {
    AttributeValue value = attributes.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof AttributeValue.Text t && !t.value().isBlank()) {
      return Optional.of(t.value().strip());
    }
    problems.add(key + " must be non-blank text, was " + describe(value));
    return Optional.empty();
  }

  /** A flag; absent or unreadable is false, and unreadable is a problem. */
  private static boolean flag(
      Map<String, AttributeValue> attributes, String key, List<String> problems) {
    AttributeValue value = attributes.get(key);
    if (value == null) {
      return false;
    }
    if (value instanceof AttributeValue.Flag f) {
      return f.value();
    }
    problems.add(key + " must be a flag, was " + describe(value));
    return false;
  }

  private static String describe(AttributeValue value) {
    if (value instanceof AttributeValue.Text t) {
      return "the text \"" + t.value() + "\"";
    }
    if (value instanceof AttributeValue.Number n) {
      return "the number " + n.value().toPlainString();
    }
    if (value instanceof AttributeValue.Flag f) {
      return "the flag " + f.value();
    }
    return "the date " + ((AttributeValue.Date) value).value();
  }
}
