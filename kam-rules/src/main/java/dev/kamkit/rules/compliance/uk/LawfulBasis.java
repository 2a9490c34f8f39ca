package dev.kamkit.rules.compliance.uk;

import dev.kamkit.model.base.FactCode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The lawful basis for disclosing an individual's transfers on Disclosure UK (ABPI, Disclosure UK):
 * consent, or legitimate interests, which the ABPI has encouraged since December 2021.
 */
public enum LawfulBasis implements FactCode {
  /** The individual consented. */
  CONSENT("consent"),
  /** The company's legitimate interests. */
  LEGITIMATE_INTERESTS("legitimate-interests");

  private final String code;

  LawfulBasis(String code) {
    this.code = code;
  }

  /** The code of the fact {@link UkFacts#LAWFUL_BASIS}. */
  @Override
  public String code() {
    return code;
  }

  /** The basis with {@code code}, if any. */
  public static Optional<LawfulBasis> ofCode(String code) {
    return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
  }

  /** Every code, in order. */
  public static List<String> codes() {
    return Arrays.stream(values()).map(LawfulBasis::code).toList();
  }
}
