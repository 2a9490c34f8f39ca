package dev.kamkit.rules.maturity;

/**
 * The shape of the active contacts between our people and the account's: the main evidence for the
 * Cranfield relationship stage (CRM-MAPPING.md section 5).
 */
public enum ContactStructure {
  /** No active contact at all. */
  NONE("none"),
  /** Every active link runs through one person on at least one side: the bow-tie. */
  BOW_TIE("bow-tie"),
  /** Several people on each side, but not yet a diamond across functions. */
  MULTI_CONTACT("multi-contact"),
  /** Many peer-to-peer links across several functions on both sides: the diamond. */
  DIAMOND("diamond");

  private final String label;

  ContactStructure(String label) {
    this.label = label;
  }

  /** {@code "bow-tie"}, {@code "diamond"}, ... */
  public String label() {
    return label;
  }
}
