package dev.kamkit.json.format;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the kamkit JSON format a document is written in, {@code "MAJOR.MINOR"}. Each
 * {@link DocumentKind kind} of document is versioned on its own ({@link
 * DocumentKind#currentVersion()}).
 *
 * <p>A minor version adds optional properties or enum values and never changes the meaning of what
 * exists; a major version may. A reader accepts every version with its own major and a minor up to
 * its own; a newer minor only in lenient mode, where the properties it does not know are kept (see
 * {@code docs/json-format.md}, "Versioning").
 *
 * @param major the major version; at least 1
 * @param minor the minor version; at least 0
 */
public record FormatVersion(int major, int minor) implements Comparable<FormatVersion> {
  /**
   * The version of account and portfolio documents this library writes and fully understands: 1.4.
   * Results documents are at 2.0; ask {@link DocumentKind#currentVersion()} for any kind.
   */
  public static final FormatVersion CURRENT = new FormatVersion(1, 4);

  private static final Pattern TEXT = Pattern.compile("([1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");

  /**
   * @throws IllegalArgumentException if {@code major} is below 1 or {@code minor} below 0
   */
  public FormatVersion {
    if (major < 1 || minor < 0) {
      throw new IllegalArgumentException("not a format version: " + major + "." + minor);
    }
  }

  /**
   * Reads {@code "MAJOR.MINOR"}, for example {@code "1.0"}; each part has at most four digits and
   * no leading zero.
   */
  public static Optional<FormatVersion> parse(String text) {
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new FormatVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
  }

  /**
   * True if this reader understands every property of a document of {@code kind} and this version.
   */
  public boolean isFullyUnderstood(DocumentKind kind) {
    FormatVersion current = kind.currentVersion();
    return major == current.major && minor <= current.minor;
  }

  /** Orders by major, then minor. */
  @Override
  public int compareTo(FormatVersion other) {
    return major != other.major
        ? Integer.compare(major, other.major)
        : Integer.compare(minor, other.minor);
  }

  /** The version as it appears in a document, for example {@code "1.0"}. */
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
