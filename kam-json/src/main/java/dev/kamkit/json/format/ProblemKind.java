package dev.kamkit.json.format;

/** What is wrong with a JSON document, one value per kind of {@link JsonProblem}. */
public enum ProblemKind {
  /** The input is not well-formed JSON (RFC 8259), is empty, or has content after the document. */
  MALFORMED_JSON("malformed JSON"),
  /** The input exceeds one of the reader's {@link JsonLimits}. */
  LIMIT_EXCEEDED("limit exceeded"),
  /** The {@code "kamkit"} property is missing, unknown, or names another kind than asked for. */
  DOCUMENT_KIND("not a kamkit document of the expected kind"),
  /** The {@code "version"} property is missing, malformed, or newer than this reader reads. */
  VERSION("unsupported format version"),
  /** A value has the wrong JSON type: text where an object is expected, null, ... */
  WRONG_TYPE("wrong type"),
  /** A required property is absent. */
  MISSING_PROPERTY("missing required property"),
  /** A property the format does not define (an error only in {@link ReadMode#STRICT}). */
  UNKNOWN_PROPERTY("unknown property"),
  /** An enum value the format does not define; the problem lists the allowed ones. */
  UNKNOWN_ENUM_VALUE("unknown value"),
  /**
   * A value of the right type that the format rejects: a malformed date, decimal, id, currency or
   * NPI, a duplicate in a set, an unused catalogue entry.
   */
  INVALID_VALUE("invalid value"),
  /** Well-formed data that breaks a rule of the kamkit model, as the model states it. */
  MODEL_VIOLATION("breaks a rule of the model"),
  /** An id that refers to something the account or portfolio does not hold. */
  BROKEN_REFERENCE("broken reference"),
  /** The input could not be read at all: the reader or stream failed. */
  IO_FAILURE("could not read the input");

  private final String label;

  ProblemKind(String label) {
    this.label = label;
  }

  /** A few words for messages, for example {@code "wrong type"}. */
  public String label() {
    return label;
  }
}
