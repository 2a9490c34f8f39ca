package dev.kamkit.json.deser;

import dev.kamkit.json.format.JsonLimits;
import dev.kamkit.json.format.JsonProblem;
import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.json.format.ReadMode;
import dev.kamkit.json.format.UnknownProperties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The state of one read: the settings, every problem found so far and the unknown properties kept.
 * Readers record problems here and go on, so one failed read reports all it can.
 */
final class ReadContext {
  private final ReadMode mode;
  private final JsonLimits limits;
  private final boolean keepUnknown;
  private final List<JsonProblem> problems = new ArrayList<>();
  private final Map<String, JsonNode> unknown = new LinkedHashMap<>();

  /**
   * @param keepUnknown false when the caller asked for a bare model value, which has nowhere to
   *     keep unknown properties: they stay errors even in lenient mode
   */
  ReadContext(ReadMode mode, JsonLimits limits, boolean keepUnknown) {
    this.mode = mode;
    this.limits = limits;
    this.keepUnknown = keepUnknown;
  }

  ReadMode mode() {
    return mode;
  }

  JsonLimits limits() {
    return limits;
  }

  /** Records a problem; stops the read once {@link JsonLimits#maxProblems()} are recorded. */
  void problem(ProblemKind kind, Pointer pointer, String expected, String found) {
    problems.add(new JsonProblem(kind, pointer.toString(), expected, found));
    if (problems.size() >= limits.maxProblems()) {
      throw new KamJsonException(problems, true, null);
    }
  }

  void wrongType(Pointer pointer, String expected, @Nullable JsonNode found) {
    problem(ProblemKind.WRONG_TYPE, pointer, expected, Describe.found(found));
  }

  void invalid(Pointer pointer, String expected, @Nullable JsonNode found) {
    problem(ProblemKind.INVALID_VALUE, pointer, expected, Describe.found(found));
  }

  void missing(Pointer pointer, String expected) {
    problem(ProblemKind.MISSING_PROPERTY, pointer, expected, "nothing");
  }

  /** An unknown property: kept in lenient mode, a problem otherwise. */
  void unknown(Pointer pointer, String name, JsonNode value, List<String> known) {
    if (keepUnknown && mode == ReadMode.LENIENT) {
      unknown.put(pointer.toString(), value);
    } else {
      problem(
          ProblemKind.UNKNOWN_PROPERTY,
          pointer,
          known.isEmpty() ? "no properties here" : "one of " + String.join(", ", known),
          Describe.quote(name));
    }
  }

  /** How many problems have been recorded; compare later to see if a part read cleanly. */
  int mark() {
    return problems.size();
  }

  /** The problems recorded since {@code mark}, for a check that depends on what they concern. */
  List<JsonProblem> problemsSince(int mark) {
    return List.copyOf(problems.subList(mark, problems.size()));
  }

  boolean cleanSince(int mark) {
    return problems.size() == mark;
  }

  /** Throws every problem recorded so far, if there is any. */
  void throwIfProblems() {
    if (!problems.isEmpty()) {
      throw new KamJsonException(problems, false, null);
    }
  }

  UnknownProperties unknownProperties() {
    return UnknownProperties.of(unknown);
  }
}
