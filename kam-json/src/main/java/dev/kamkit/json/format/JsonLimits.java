package dev.kamkit.json.format;

/**
 * Limits that keep a reader safe from hostile or runaway input. Every limit has a safe default (see
 * {@link #defaults()} and {@code docs/json-format.md}, "Limits"); raise one only for input you
 * trust. Exceeding a limit fails the read with a {@link ProblemKind#LIMIT_EXCEEDED} problem that
 * names the limit.
 *
 * <p>Immutable; build a changed copy with {@link #toBuilder()}.
 */
public final class JsonLimits {
  /** The deepest nesting a limit may allow: deeper would risk the reader's stack. */
  public static final int MAX_NESTING_DEPTH_CEILING = 1_000;

  private static final JsonLimits DEFAULTS = new Builder().build();

  private final long maxDocumentLength;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxPropertyNameLength;
  private final int maxNumberLength;
  private final long maxElements;
  private final int maxProblems;

  private JsonLimits(Builder b) {
    maxDocumentLength = b.maxDocumentLength;
    maxNestingDepth = b.maxNestingDepth;
    maxStringLength = b.maxStringLength;
    maxPropertyNameLength = b.maxPropertyNameLength;
    maxNumberLength = b.maxNumberLength;
    maxElements = b.maxElements;
    maxProblems = b.maxProblems;
  }

  /** The defaults: 16 MiB, depth 64, strings of 100 000 characters, 1 000 000 values. */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /** A builder that starts from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from these limits. */
  public Builder toBuilder() {
    return new Builder()
        .maxDocumentLength(maxDocumentLength)
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxPropertyNameLength(maxPropertyNameLength)
        .maxNumberLength(maxNumberLength)
        .maxElements(maxElements)
        .maxProblems(maxProblems);
  }

  /** The longest document, in characters (bytes for byte input). Default 16 MiB (16 777 216). */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /** The deepest nesting of objects and arrays. Default 64; the format itself needs about 12. */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** The longest string value, in characters. Default 100 000. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** The longest property name (custom attribute keys included), in characters. Default 256. */
  public int maxPropertyNameLength() {
    return maxPropertyNameLength;
  }

  /**
   * The longest number, in characters, whether a JSON number or a decimal written as a string
   * (money, units, KPI values). Default 100.
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * The most JSON values (objects, arrays, strings, numbers, booleans, nulls) in one document.
   * Default 1 000 000.
   */
  public long maxElements() {
    return maxElements;
  }

  /** The most problems one failed read reports before it stops. Default 100. */
  public int maxProblems() {
    return maxProblems;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonLimits l
        && maxDocumentLength == l.maxDocumentLength
        && maxNestingDepth == l.maxNestingDepth
        && maxStringLength == l.maxStringLength
        && maxPropertyNameLength == l.maxPropertyNameLength
        && maxNumberLength == l.maxNumberLength
        && maxElements == l.maxElements
        && maxProblems == l.maxProblems;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        maxDocumentLength,
        maxNestingDepth,
        maxStringLength,
        maxPropertyNameLength,
        maxNumberLength,
        maxElements,
        maxProblems);
  }

  @Override
  public String toString() {
    return "JsonLimits[maxDocumentLength="
        + maxDocumentLength
        + ", maxNestingDepth="
        + maxNestingDepth
        + ", maxStringLength="
        + maxStringLength
        + ", maxPropertyNameLength="
        + maxPropertyNameLength
        + ", maxNumberLength="
        + maxNumberLength
        + ", maxElements="
        + maxElements
        + ", maxProblems="
        + maxProblems
        + "]";
  }

  /** Builds {@link JsonLimits}; every setter rejects values below 1. */
  public static final class Builder {
    private long maxDocumentLength = 16L * 1024 * 1024;
    private int maxNestingDepth = 64;
    private int maxStringLength = 100_000;
    private int maxPropertyNameLength = 256;
    private int maxNumberLength = 100;
    private long maxElements = 1_000_000;
    private int maxProblems = 100;

    private Builder() {}

    /** See {@link JsonLimits#maxDocumentLength()}. */
    public Builder maxDocumentLength(long value) {
      maxDocumentLength = positive("maxDocumentLength", value);
      return this;
    }

    /** See {@link JsonLimits#maxNestingDepth()}; at most {@link #MAX_NESTING_DEPTH_CEILING}. */
    public Builder maxNestingDepth(int value) {
      if (value > MAX_NESTING_DEPTH_CEILING) {
        throw new IllegalArgumentException(
            "maxNestingDepth must be at most " + MAX_NESTING_DEPTH_CEILING + ", was " + value);
      }
      maxNestingDepth = (int) positive("maxNestingDepth", value);
      return this;
    }

    /** See {@link JsonLimits#maxStringLength()}. */
    public Builder maxStringLength(int value) {
      maxStringLength = (int) positive("maxStringLength", value);
      return this;
    }

    /** See {@link JsonLimits#maxPropertyNameLength()}. */
    public Builder maxPropertyNameLength(int value) {
      maxPropertyNameLength = (int) positive("maxPropertyNameLength", value);
      return this;
    }

    /** See {@link JsonLimits#maxNumberLength()}. */
    public Builder maxNumberLength(int value) {
      maxNumberLength = (int) positive("maxNumberLength", value);
      return this;
    }

    /** See {@link JsonLimits#maxElements()}. */
    public Builder maxElements(long value) {
      maxElements = positive("maxElements", value);
      return this;
    }

    /** See {@link JsonLimits#maxProblems()}. */
    public Builder maxProblems(int value) {
      maxProblems = (int) positive("maxProblems", value);
      return this;
    }

    /** The limits. */
    public JsonLimits build() {
      return new JsonLimits(this);
    }

    private static long positive(String name, long value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, was " + value);
      }
      return value;
    }
  }
}
