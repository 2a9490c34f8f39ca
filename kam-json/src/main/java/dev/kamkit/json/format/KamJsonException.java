package dev.kamkit.json.format;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.exc.StreamReadException;

/**
 * Thrown when a JSON document cannot be read: malformed JSON, a limit exceeded, the wrong kind or
 * version, wrong types, missing or unknown properties, unknown enum values, invalid values, rules
 * of the model broken, broken references, or a failing input stream. It is the only exception a
 * kamkit reader throws for bad input.
 *
 * <p>It carries every problem found, object by object in document order (the reader goes on after
 * the first one so a producer can fix its export in one pass), up to {@link
 * JsonLimits#maxProblems()}. Broken references and rules of the model are checked once every value
 * in the document is well-formed. The accessors {@link #kind()}, {@link #pointer()}, {@link
 * #expected()} and {@link #found()} describe the first problem.
 *
 * <p>A Jackson {@link StreamReadException} (unchecked, like all of Jackson 3's), so frameworks
 * treat it as bad input: Spring, for one, answers a request body that fails with it with HTTP 400,
 * not 500. When Jackson reads a kamkit value nested in a host's own type, it adds the host's path
 * to {@link #getMessage()} (see {@link #getPathReference()}); {@link #pointer()} stays relative to
 * the kamkit value.
 */
public final class KamJsonException extends StreamReadException {
  private static final long serialVersionUID = 1L;

  /**
   * @serial the problems, in the order found; never empty
   */
  @SuppressWarnings("serial") // always a List.copyOf of serializable problems, so serializable
  private final List<JsonProblem> problems;

  /**
   * @serial true if the reader stopped at the problem limit and more may exist
   */
  private final boolean truncated;

  /**
   * Creates the exception.
   *
   * @param problems the problems; must not be empty
   * @param truncated true if the reader stopped at {@link JsonLimits#maxProblems()}
   * @param cause the underlying exception, if any (a Jackson parse error, an I/O error)
   */
  public KamJsonException(
      List<JsonProblem> problems, boolean truncated, @Nullable Throwable cause) {
    super(null, render(problems, truncated), cause);
    this.problems = List.copyOf(problems);
    this.truncated = truncated;
  }

  /** Creates the exception for one problem. */
  public KamJsonException(JsonProblem problem, @Nullable Throwable cause) {
    this(List.of(problem), false, cause);
  }

  /** Every problem found, object by object in document order; never empty. */
  public List<JsonProblem> problems() {
    return problems;
  }

  /** True if the reader stopped reporting at {@link JsonLimits#maxProblems()}. */
  public boolean truncated() {
    return truncated;
  }

  /** The first problem's kind. */
  public ProblemKind kind() {
    return problems.get(0).kind();
  }

  /** The first problem's JSON Pointer. */
  public String pointer() {
    return problems.get(0).pointer();
  }

  /** What the first problem expected. */
  public String expected() {
    return problems.get(0).expected();
  }

  /** What the first problem found. */
  public String found() {
    return problems.get(0).found();
  }

  /**
   * The problems, then the host's path to the kamkit value when Jackson read it nested in a host's
   * type; never Jackson's "at [No location information]": every problem has its pointer.
   */
  @Override
  protected String _buildMessage() {
    String message = getOriginalMessage();
    return getPath().isEmpty()
        ? message
        : message + " (through reference chain: " + getPathReference() + ")";
  }

  private static String render(List<JsonProblem> problems, boolean truncated) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a KamJsonException needs at least one problem");
    }
    if (problems.size() == 1 && !truncated) {
      return problems.get(0).message();
    }
    StringBuilder out = new StringBuilder(problems.size() + " problems");
    if (truncated) {
      out.append(" (reading stopped there; JsonLimits.maxProblems)");
    }
    out.append(':');
    for (JsonProblem problem : problems) {
      out.append("\n  - ").append(problem.message());
    }
    return out.toString();
  }
}
