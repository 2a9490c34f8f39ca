package dev.kamkit.rules.compliance.france;

import dev.kamkit.model.base.Money;

/**
 * How an avantage is compared with the €10 TTC publication threshold. Leem says "supérieurs à"
 * while the threshold is also quoted as "€10 or more"; which applies is not verified against a
 * published source, so the host chooses.
 */
public enum PublicationTest {
  /** Published at €10.00 or more. */
  AT_OR_ABOVE,
  /** Published above €10.00 only. */
  ABOVE;

  /** True if {@code eur} is published under this test. */
  boolean publishes(Money eur) {
    int c = eur.compareTo(FrenchThresholds.PUBLICATION);
    return this == AT_OR_ABOVE ? c >= 0 : c > 0;
  }
}
