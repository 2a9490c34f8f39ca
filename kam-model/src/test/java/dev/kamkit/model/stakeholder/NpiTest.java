package dev.kamkit.model.stakeholder;

import static dev.kamkit.model.base.ModelAssertions.assertArgs;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.NPI_CHECK_DIGIT;
import static dev.kamkit.model.base.ModelCode.NPI_DIGITS;
import static dev.kamkit.model.base.ModelCode.REQUIRED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelSubject;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpiTest {

  /** NPIs whose check digit is right: CMS's own example and a few computed by hand. */
  @ParameterizedTest
  @ValueSource(strings = {"1234567893", "1245319599", "1003000126", "1932102084", "2000000002"})
  void acceptsTenDigitsWithTheRightCheckDigit(String npi) {
    assertTrue(Npi.isValid(npi));
    assertEquals(npi, Npi.of(npi).value());
    assertEquals(npi, Npi.of(npi).toString());
  }

  @Test
  void computesTheCheckDigitOverThe80840Prefix() {
    // Luhn over 80840123456789 gives 3, so 123456789 + 3 is valid and every other digit is not
    for (int digit = 0; digit <= 9; digit++) {
      assertEquals(digit == 3, Npi.isValid("123456789" + digit), "check digit " + digit);
    }
  }

  @Test
  void rejectsAWrongCheckDigitSayingWhichWasExpected() {
    ModelViolation v =
        assertSingleViolation(
            () -> Npi.of("1234567890"), NPI_CHECK_DIGIT, path("value"), "\"1234567890\"");
    assertEquals(ModelSubject.of("Npi"), v.subject());
    assertArgs(v, Arg.of(3));
  }

  @Test
  void catchesTwoAdjacentDigitsSwapped() {
    assertFalse(Npi.isValid("1243567893"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "123456789", "12345678931", "123456789 3", "12345678a3", "+234567893"})
  void rejectsAnythingButTenDigits(String npi) {
    assertFalse(Npi.isValid(npi));
    ModelViolation v =
        assertSingleViolation(() -> Npi.of(npi), NPI_DIGITS, path("value"), ModelCheck.show(npi));
    assertArgs(v);
  }

  @Test
  void rejectsDigitsOfOtherScripts() {
    String arabicIndic = "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0663";
    assertFalse(Npi.isValid(arabicIndic));
  }

  @Test
  void rejectsNull() {
    assertFalse(Npi.isValid(null));
    ModelViolation v =
        assertSingleViolation(() -> Npi.of(null), REQUIRED, path("value"), ModelCheck.MISSING);
    assertArgs(v);
  }

  @Test
  void equalNumbersAreEqualValues() {
    assertEquals(Npi.of("1234567893"), new Npi("1234567893"));
  }
}
