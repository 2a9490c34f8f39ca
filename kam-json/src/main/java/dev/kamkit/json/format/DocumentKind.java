package dev.kamkit.json.format;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a kamkit JSON document holds, named by its {@code "kamkit"} property.
 *
 * <p>More kinds will be added in later minor versions of the format, so code that switches over
 * this enum should keep a default branch.
 */
public enum DocumentKind {
  /** One key account: {@code "kamkit": "account"}. */
  ACCOUNT("account"),
  /** Many key accounts with shared product and team catalogues: {@code "kamkit": "portfolio"}. */
  PORTFOLIO("portfolio"),
  /**
   * Scores, classifications and findings of some accounts on one day: {@code "kamkit": "results"}.
   */
  RESULTS("results");

  private final String wireName;

  DocumentKind(String wireName) {
    this.wireName = wireName;
  }

  /** The value of the {@code "kamkit"} property for this kind, for example {@code "account"}. */
  public String wireName() {
    return wireName;
  }

  /** The kind whose {@link #wireName()} is {@code name}, if there is one; case matters. */
  public static Optional<DocumentKind> fromWireName(String name) {
    return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
  }
}
