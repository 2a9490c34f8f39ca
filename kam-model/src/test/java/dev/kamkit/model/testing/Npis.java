package dev.kamkit.model.testing;

import dev.kamkit.model.stakeholder.Npi;

/** Valid US National Provider Identifiers: nine digits and a Luhn check digit over 80840. */
final class Npis {
  private Npis() {}

  /** A valid NPI; real ones start with 1 (individuals) or 2 (organisations). */
  static Npi npi(Rng rng) {
    String body = (rng.chance(0.9) ? "1" : "2") + rng.digits(8);
    return Npi.of(body + checkDigit(body));
  }

  /** An NPI not handed out before in {@code scene}. */
  static Npi fresh(Scene scene) {
    while (true) {
      Npi npi = npi(scene.rng);
      if (scene.claimNpi(npi.value())) {
        return npi;
      }
    }
  }

  /** The check digit of the first nine digits, with the prefix 80840 worth 24 (45 CFR 162.406). */
  static int checkDigit(String nineDigits) {
    int sum = 24;
    for (int i = 8; i >= 0; i--) {
      int digit = nineDigits.charAt(i) - '0';
      if ((8 - i) % 2 == 0) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return (10 - sum % 10) % 10;
  }
}
