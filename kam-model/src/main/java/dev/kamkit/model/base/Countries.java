package dev.kamkit.model.base;

import java.util.Locale;
import java.util.Set;

/** The ISO 3166-1 alpha-2 country codes the JDK knows, looked up without regular expressions. */
final class Countries {
  private static final Set<String> CODES = Set.of(Locale.getISOCountries());

  private Countries() {}

  static boolean isCode(String code) {
    return CODES.contains(code);
  }
}
