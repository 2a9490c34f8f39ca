package dev.kamkit.json.format;

/**
 * A kamkit JSON document as read or to be written: the model value it carries, the format version
 * it is in, and (after a lenient read) the properties the reader did not know.
 *
 * <p>Kinds will be added in later minor versions; code that branches over the implementations
 * should keep a fallback branch.
 */
public sealed interface KamDocument permits AccountDocument, PortfolioDocument, ResultsDocument {

  /** What the document holds. */
  DocumentKind kind();

  /**
   * The format version: the one read, or {@link DocumentKind#currentVersion()} of its kind for a
   * new document. It is written back as is, so a lenient round trip of a newer minor version keeps
   * its number.
   */
  FormatVersion version();

  /** What a lenient read kept; {@link UnknownProperties#none()} otherwise. */
  UnknownProperties unknownProperties();
}
