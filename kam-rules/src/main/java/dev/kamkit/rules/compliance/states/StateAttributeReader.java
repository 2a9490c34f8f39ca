package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a transfer's {@link StatesAttributes}. A value of the wrong kind or outside its documented
 * values is a problem, as a message, and counts as absent; it is never replaced by a default.
 */
final class StateAttributeReader {
  private StateAttributeReader() {}

  private static final Arg SERVICE_KINDS =
      Arg.list(Arrays.asList(NjServiceKind.values()), k -> Arg.text(k.code()));
  private static final Arg KEYS = Arg.list(StatesAttributes.KEYS, Arg::text);

  /** What a transfer without attributes says: no exception, mark or problem. */
  private static final StateFacts NONE =
      new StateFacts(Optional.empty(), false, Optional.empty(), Optional.empty(), false, List.of());

  static StateFacts read(Map<String, AttributeValue> attributes) {
    if (attributes.isEmpty()) {
      return NONE; // most transfers: read once per transfer, so spare the work
    }
    List<String> unknownKeys = new ArrayList<>();
    for (String k : attributes.keySet()) {
      if (k.startsWith(StatesAttributes.PREFIX) && !StatesAttributes.KEYS.contains(k)) {
        unknownKeys.add(k);
      }
    }
    Collections.sort(unknownKeys);
    List<Message> problems = new ArrayList<>();
    for (String k : unknownKeys) {
      problems.add(Message.of(UsStatesCode.ATTRIBUTE_UNKNOWN_KEY, Arg.text(k), KEYS));
    }
    Optional<NjServiceKind> kind =
        text(attributes, StatesAttributes.NJ_SERVICE_KIND, problems)
            .flatMap(
                code -> {
                  Optional<NjServiceKind> known = NjServiceKind.ofCode(code);
                  if (known.isEmpty()) {
                    problems.add(
                        Message.of(
                            UsStatesCode.ATTRIBUTE_UNKNOWN_SERVICE_KIND,
                            Arg.text(StatesAttributes.NJ_SERVICE_KIND),
                            Arg.text(code),
                            SERVICE_KINDS));
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
      Map<String, AttributeValue> attributes, String key, List<Message> problems) {
    AttributeValue value = attributes.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof AttributeValue.Text t && !t.value().isBlank()) {
      return Optional.of(t.value().strip());
    }
    problems.add(
        Message.of(UsStatesCode.ATTRIBUTE_NOT_TEXT, Arg.text(key), Arg.of(describe(value))));
    return Optional.empty();
  }

  /** A flag; absent or unreadable is false, and unreadable is a problem. */
  private static boolean flag(
      Map<String, AttributeValue> attributes, String key, List<Message> problems) {
    AttributeValue value = attributes.get(key);
    if (value == null) {
      return false;
    }
    if (value instanceof AttributeValue.Flag f) {
      return f.value();
    }
    problems.add(
        Message.of(UsStatesCode.ATTRIBUTE_NOT_FLAG, Arg.text(key), Arg.of(describe(value))));
    return false;
  }

  private static Message describe(AttributeValue value) {
    if (value instanceof AttributeValue.Text t) {
      return Message.of(UsStatesCode.VALUE_TEXT, Arg.text(t.value()));
    }
    if (value instanceof AttributeValue.Number n) {
      return Message.of(UsStatesCode.VALUE_NUMBER, Arg.of(n.value()));
    }
    if (value instanceof AttributeValue.Flag f) {
      return Message.of(f.value() ? UsStatesCode.VALUE_TRUE : UsStatesCode.VALUE_FALSE);
    }
    return Message.of(UsStatesCode.VALUE_DATE, Arg.of(((AttributeValue.Date) value).value()));
  }
}
