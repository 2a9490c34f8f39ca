package dev.kamkit.json.format;

/** How a reader treats what it does not know. */
public enum ReadMode {
  /**
   * The default: an unknown property, or a document of a newer minor version, is an error. Nothing
   * in the input is silently dropped.
   */
  STRICT,
  /**
   * Unknown properties are kept in the document's {@link UnknownProperties} and written back
   * unchanged, and documents of a newer minor version of the format are accepted. Everything else
   * (types, enum values, model rules, references) is checked as strictly as in {@link #STRICT}.
   */
  LENIENT
}
