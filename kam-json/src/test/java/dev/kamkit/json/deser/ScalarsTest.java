package dev.kamkit.json.deser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The hand-written date and decimal scanners accept exactly what the format's patterns (the ones
 * the JSON schema states) and {@code LocalDate.parse} accept.
 */
class ScalarsTest {
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  @Test
  void datesAtTheEdgesOfTheCalendar() {
    assertEquals(LocalDate.of(2028, 2, 29), Scalars.isoDate("2028-02-29"));
    assertEquals(LocalDate.of(0, 1, 1), Scalars.isoDate("0000-01-01"));
    assertEquals(LocalDate.of(9999, 12, 31), Scalars.isoDate("9999-12-31"));
    assertNull(Scalars.isoDate("2027-02-29"));
    assertNull(Scalars.isoDate("2027-13-01"));
    assertNull(Scalars.isoDate("2027-00-10"));
    assertNull(Scalars.isoDate("2027-04-31"));
    assertNull(Scalars.isoDate("2027-4-30"));
    assertNull(Scalars.isoDate("+2027-04-30"));
    assertNull(Scalars.isoDate("2027/04/30"));
    assertNull(Scalars.isoDate("2027-04-3٠")); // an Arabic-Indic zero is a digit, not an ASCII one
  }

  @Test
  void decimalsArePlainText() {
    assertTrue(Scalars.isPlainDecimal("0"));
    assertTrue(Scalars.isPlainDecimal("-12.50"));
    assertFalse(Scalars.isPlainDecimal(""));
    assertFalse(Scalars.isPlainDecimal("-"));
    assertFalse(Scalars.isPlainDecimal("12."));
    assertFalse(Scalars.isPlainDecimal(".5"));
    assertFalse(Scalars.isPlainDecimal("+1"));
    assertFalse(Scalars.isPlainDecimal("1e3"));
    assertFalse(Scalars.isPlainDecimal("1.2.3"));
    assertFalse(Scalars.isPlainDecimal(" 1"));
    assertFalse(Scalars.isPlainDecimal("--1"));
  }

  @Test
  void theDateScannerAgreesWithThePatternAndTheJdkParser() {
    qt().withFixedSeed(20_261_123L)
        .withExamples(20_000)
        .forAll(dateLike())
        .checkAssert(text -> assertEquals(reference(text), Scalars.isoDate(text), text));
  }

  @Test
  void theDecimalScannerAgreesWithThePattern() {
    qt().withFixedSeed(20_261_123L)
        .withExamples(20_000)
        .forAll(textOf("0123456789.-+e "))
        .checkAssert(
            text ->
                assertEquals(DECIMAL.matcher(text).matches(), Scalars.isPlainDecimal(text), text));
  }

  private static @Nullable LocalDate reference(String text) {
    try {
      return DATE.matcher(text).matches() ? LocalDate.parse(text) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Mostly well-formed dates, some with a character swapped or the length off by one. */
  private static Gen<String> dateLike() {
    Gen<String> wellFormed =
        SourceDSL.integers()
            .between(0, 9999)
            .zip(
                SourceDSL.integers().between(0, 13),
                SourceDSL.integers().between(0, 32),
                (y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
    return Generate.oneOf(wellFormed, wellFormed, textOf("0123456789-+/x"));
  }

  private static Gen<String> textOf(String alphabet) {
    return SourceDSL.lists()
        .of(SourceDSL.integers().between(0, alphabet.length() - 1))
        .ofSizeBetween(0, 12)
        .map(
            indices -> {
              StringBuilder b = new StringBuilder();
              indices.forEach(i -> b.append(alphabet.charAt(i)));
              return b.toString();
            });
  }
}
