package dev.kamkit.rules.compliance.efpia;

import java.util.Set;

/**
 * The countries where the pack applies by default: the EU member states, the other EEA states
 * (Iceland, Liechtenstein, Norway) and the United Kingdom, where the ABPI Code implements the EFPIA
 * Disclosure Code. ISO 3166-1 alpha-2 codes, so Greece is {@code GR}. A host adds other countries
 * whose association applies the Code through {@link EfpiaPolicy#additionalCountries()}.
 */
public final class EfpiaCountries {
  private EfpiaCountries() {}

  /** The EU member states. */
  public static final Set<String> EU =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  /** The EEA states outside the EU. */
  public static final Set<String> EEA_NON_EU = Set.of("IS", "LI", "NO");

  /** The United Kingdom. */
  public static final String UK = "GB";

  /** True if {@code country} is in the EU, the EEA or the UK. */
  public static boolean isDefault(String country) {
    return EU.contains(country) || EEA_NON_EU.contains(country) || UK.equals(country);
  }
}
