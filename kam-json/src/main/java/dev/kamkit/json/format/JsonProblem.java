package dev.kamkit.json.format;

import static java.util.Objects.requireNonNull;

/**
 * One problem with a JSON document: what kind of problem, where, what was expected and what was
 * found.
 *
 * @param kind the kind of problem
 * @param pointer the RFC 6901 JSON Pointer of the offending value, {@code ""} for the whole
 *     document; for a missing property, the pointer the property would have
 * @param expected what the format or the model requires there; for a {@link
 *     ProblemKind#MODEL_VIOLATION} or {@link ProblemKind#BROKEN_REFERENCE}, the rule as the model
 *     states it, for example {@code "must not be before startDate 2027-01-01"}
 * @param found what the document holds there, for example {@code "text \"IDN\""}
 */
public record JsonProblem(ProblemKind kind, String pointer, String expected, String found)
    implements java.io.Serializable {

  /** Checks that no component is null. */
  public JsonProblem {
    requireNonNull(kind, "kind");
    requireNonNull(pointer, "pointer");
    requireNonNull(expected, "expected");
    requireNonNull(found, "found");
  }

  /**
   * The problem as one line a person can act on, for example {@code /account/kind: unknown value;
   * expected one of HOSPITAL, CLINIC, found text "IDN"} or, for a rule of the model, {@code
   * /plan/actions/0/dueDate: must not be before startDate 2027-01-01; found 2026-12-01}.
   */
  public String message() {
    String where = pointer.isEmpty() ? "(document root)" : pointer;
    if (kind == ProblemKind.MODEL_VIOLATION || kind == ProblemKind.BROKEN_REFERENCE) {
      return where + ": " + expected + "; found " + found;
    }
    return where + ": " + kind.label() + "; expected " + expected + ", found " + found;
  }

  /** Same as {@link #message()}. */
  @Override
  public String toString() {
    return message();
  }
}
