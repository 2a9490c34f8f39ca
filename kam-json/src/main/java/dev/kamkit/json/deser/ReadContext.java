package dev.kamkit.json.deser;

import dev.kamkit.json.format.JsonLimits;
import dev.kamkit.json.format.JsonProblem;
import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.json.format.ReadMode;
import dev.kamkit.json.format.UnknownProperties;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.team.TeamMember;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonPointer;
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
  private final Supplier<JsonNode> document;
  private @Nullable JsonNode documentTree;
  private @Nullable Catalogue<Product> products;
  private @Nullable Catalogue<TeamMember> team;

  /**
   * @param keepUnknown false when the caller asked for a bare model value, which has nowhere to
   *     keep unknown properties: they stay errors even in lenient mode
   * @param document reads the whole document again as a tree, for placing a model violation: only
   *     when one needs placing, so that a clean read builds no tree
   */
  ReadContext(ReadMode mode, JsonLimits limits, boolean keepUnknown, Supplier<JsonNode> document) {
    this.mode = mode;
    this.limits = limits;
    this.keepUnknown = keepUnknown;
    this.document = document;
  }

  /** The value at {@code pointer} in the document, read again as a tree (missing if none). */
  JsonNode reread(Pointer pointer) {
    JsonNode tree = documentTree;
    if (tree == null) {
      tree = document.get();
      documentTree = tree;
    }
    return tree.at(JsonPointer.compile(pointer.toString()));
  }

  /** The portfolio's products, which its accounts refer to by id. */
  Catalogue<Product> products() {
    return Objects.requireNonNull(products, "no product catalogue in this document");
  }

  /** The portfolio's team, which its accounts refer to by id. */
  Catalogue<TeamMember> team() {
    return Objects.requireNonNull(team, "no team catalogue in this document");
  }

  void catalogues(Catalogue<Product> productCatalogue, Catalogue<TeamMember> teamCatalogue) {
    this.products = productCatalogue;
    this.team = teamCatalogue;
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

  /** The value the cursor is at is not {@code expected}. */
  void wrongType(Cursor in, String expected) {
    problem(ProblemKind.WRONG_TYPE, in.pointer(), expected, Describe.found(in));
  }

  /** The value the cursor is at has the right type but is not {@code expected}. */
  void invalid(Cursor in, String expected) {
    problem(ProblemKind.INVALID_VALUE, in.pointer(), expected, Describe.found(in));
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

  /**
   * The property the cursor is at is unknown: kept in lenient mode, a problem otherwise (its value
   * is then left to the caller to skip).
   */
  void unknown(Cursor in, List<String> known) {
    if (keepUnknown && mode == ReadMode.LENIENT) {
      unknown.put(in.pointer().toString(), in.tree());
    } else {
      problem(
          ProblemKind.UNKNOWN_PROPERTY,
          in.pointer(),
          known.isEmpty() ? "no properties here" : "one of " + String.join(", ", known),
          Describe.quote(in.name()));
    }
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
