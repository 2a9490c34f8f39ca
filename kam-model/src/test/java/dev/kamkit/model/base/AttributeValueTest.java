package dev.kamkit.model.base;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.NOT_A_DECIMAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AttributeValueTest {

  @Test
  void numbersEqualRegardlessOfTrailingZeros() {
    assertEquals(AttributeValue.number("1.5"), AttributeValue.number("1.50"));
    assertEquals(AttributeValue.number("100"), AttributeValue.number(new BigDecimal("100.000")));
    assertEquals(
        AttributeValue.number("1.5").hashCode(), AttributeValue.number("1.500").hashCode());
    assertEquals(AttributeValue.number("0"), AttributeValue.number("0.00"));
  }

  @Test
  void differentNumbersDiffer() {
    assertNotEquals(AttributeValue.number("1.5"), AttributeValue.number("1.05"));
  }

  @Test
  void keepsNumbersExactWithTrailingZerosStripped() {
    assertEquals(new BigDecimal("0.1"), AttributeValue.number("0.100").value());
    assertEquals(new BigDecimal("1E+2"), AttributeValue.number("100").value());
  }

  @Test
  void rejectsANumberThatIsNotDecimalTextNamingTheText() {
    ModelViolation v =
        assertSingleViolation(
            () -> AttributeValue.number("12,5"), NOT_A_DECIMAL, path("number"), "\"12,5\"");
    assertEquals(ModelSubject.of("AttributeValue"), v.subject());
  }

  @Test
  void kindsOfValueNeverEqualEachOther() {
    assertNotEquals(AttributeValue.text("1"), AttributeValue.number("1"));
    assertNotEquals(AttributeValue.text("true"), AttributeValue.flag(true));
  }

  @Test
  void wrapsTextFlagsAndDates() {
    assertEquals("Tier A", AttributeValue.text("Tier A").value());
    assertEquals(true, AttributeValue.flag(true).value());
    LocalDate day = LocalDate.of(2026, 3, 1);
    assertEquals(day, AttributeValue.date(day).value());
    assertEquals(AttributeValue.date(day), AttributeValue.date(LocalDate.parse("2026-03-01")));
  }

  @Test
  void refusesNulls() {
    assertThrows(NullPointerException.class, () -> new AttributeValue.Text(nullOf(String.class)));
    assertThrows(
        NullPointerException.class, () -> new AttributeValue.Number(nullOf(BigDecimal.class)));
    assertThrows(
        NullPointerException.class, () -> new AttributeValue.Date(nullOf(LocalDate.class)));
  }

  @Test
  void letsAHostSwitchOverEveryKind() {
    assertEquals("text", kindOf(AttributeValue.text("x")));
    assertEquals("number", kindOf(AttributeValue.number("2")));
    assertEquals("flag", kindOf(AttributeValue.flag(false)));
    assertEquals("date", kindOf(AttributeValue.date(LocalDate.of(2026, 1, 1))));
  }

  private static String kindOf(AttributeValue value) {
    if (value instanceof AttributeValue.Text) {
      return "text";
    } else if (value instanceof AttributeValue.Number) {
      return "number";
    } else if (value instanceof AttributeValue.Flag) {
      return "flag";
    } else if (value instanceof AttributeValue.Date) {
      return "date";
    }
    throw new AssertionError(value);
  }

  private static <T> T nullOf(Class<T> type) {
    return type.cast(null);
  }
}
