package dev.kamkit.model.base;

import static dev.kamkit.model.base.ModelAssertions.assertArgs;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.AMOUNT_TOO_LARGE;
import static dev.kamkit.model.base.ModelCode.AMOUNT_TOO_PRECISE;
import static dev.kamkit.model.base.ModelCode.NOT_A_CURRENCY;
import static dev.kamkit.model.base.ModelCode.NOT_A_DECIMAL;
import static dev.kamkit.model.base.ModelCode.NOT_MONEY_TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.explain.Arg;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");

  @Test
  void keepsTheAmountAtTheCurrencysScale() {
    assertEquals(new BigDecimal("12.50"), Money.of("12.5", "USD").amount());
    assertEquals(new BigDecimal("12.00"), Money.of(BigDecimal.valueOf(12), USD).amount());
    assertEquals(new BigDecimal("1000"), Money.of("1000", "JPY").amount());
  }

  @Test
  void acceptsTrailingZerosBeyondTheCurrencysScale() {
    assertEquals(Money.of("12.50", "USD"), Money.of("12.5000", "USD"));
  }

  @Test
  void acceptsExponentNotation() {
    assertEquals(Money.of("1000.00", "USD"), Money.of("1E+3", "USD"));
  }

  @Test
  void equalAmountsWrittenDifferentlyAreEqualValues() {
    Money short1 = Money.of("12.5", "USD");
    Money long1 = Money.of("12.50", "USD");
    assertEquals(short1, long1);
    assertEquals(short1.hashCode(), long1.hashCode());
  }

  @Test
  void theSameAmountInDifferentCurrenciesIsNotEqual() {
    assertNotEquals(Money.of("12.50", "USD"), Money.of("12.50", "EUR"));
  }

  @Test
  void differentAmountsOrCurrenciesSpreadOverAHashTable() {
    // a constant hash code would keep equals consistent but turn every Money-keyed map into a list
    assertNotEquals(Money.of("12.50", "USD").hashCode(), Money.of("12.50", "EUR").hashCode());
    assertNotEquals(Money.of("12.50", "USD").hashCode(), Money.of("12.51", "USD").hashCode());
    // refunds and charges of a few cents, around zero, each in a bucket of their own
    Set<Integer> hashes = new HashSet<>();
    for (int cents = -100; cents <= 100; cents++) {
      hashes.add(Money.of(BigDecimal.valueOf(cents, 2), USD).hashCode());
    }
    assertEquals(201, hashes.size());
  }

  @Test
  void rejectsAnAmountFinerThanTheCurrencyAllowsNamingTheValue() {
    ModelViolation violation =
        assertSingleViolation(
            () -> Money.of("12.345", "USD"), AMOUNT_TOO_PRECISE, path("amount"), "12.345 USD");
    assertEquals(ModelSubject.of("Money"), violation.subject());
    assertArgs(violation, Arg.text("USD"), Arg.of(2));
    assertEquals(Optional.of(Arg.of(new BigDecimal("12.345"))), violation.value());
  }

  @Test
  void acceptsThirtyDigitsBeforeTheDecimalPoint() {
    String thirty = "9".repeat(30);
    assertEquals(new BigDecimal(thirty + ".00"), Money.of(thirty, "USD").amount());
    assertEquals(new BigDecimal("1" + "0".repeat(29) + ".00"), Money.of("1E+29", "USD").amount());
    assertEquals(new BigDecimal("0.00"), Money.of("0E+999999999", "USD").amount());
  }

  @Test
  void rejectsMoreThanThirtyDigitsBeforeTheDecimalPoint() {
    ModelViolation violation =
        assertSingleViolation(
            () -> Money.of("1" + "0".repeat(30), "USD"),
            AMOUNT_TOO_LARGE,
            path("amount"),
            "1" + "0".repeat(30) + " USD");
    assertArgs(violation, Arg.of(30));
    assertSingleViolation(
        () -> Money.of("-1E+30", "USD"),
        AMOUNT_TOO_LARGE,
        path("amount"),
        "-1000000000000000000000000000000 USD");
  }

  /** Found by fuzzing: exponents used to cost seconds, or escape as NegativeArraySizeException. */
  @ParameterizedTest
  @ValueSource(
      strings = {"1E+2147483647 USD", "1E+5000000 USD", "1E-2147483647 USD", "-1E+99999 JPY"})
  void refusesAbsurdExponentsQuickly(String text) {
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> Money.parse(text));
    assertTrue(e.getMessage().contains("E"), e.getMessage());
  }

  @Test
  void aRefusedAmountIsShownInPlainTextUpToSixtyDecimalPlaces() {
    assertSingleViolation(
        () -> Money.of("1E-60", "USD"),
        AMOUNT_TOO_PRECISE,
        path("amount"),
        "0." + "0".repeat(59) + "1 USD");
    assertSingleViolation(
        () -> Money.of("1E-61", "USD"), AMOUNT_TOO_PRECISE, path("amount"), "1E-61 USD");
  }

  @Test
  void rejectsFractionsOfAYen() {
    assertSingleViolation(
        () -> Money.of("100.5", "JPY"), AMOUNT_TOO_PRECISE, path("amount"), "100.5 JPY");
  }

  @Test
  void neverRoundsSilently() {
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> Money.of(new BigDecimal("0.005"), USD));
    assertTrue(e.getMessage().contains("0.005 USD"), e.getMessage());
  }

  @Test
  void rejectsAnUnknownCurrencyCode() {
    assertSingleViolation(() -> Money.of("10", "XYZ"), NOT_A_CURRENCY, path("currency"), "\"XYZ\"");
    assertSingleViolation(() -> Money.currency("usd"), NOT_A_CURRENCY, path("currency"), "\"usd\"");
  }

  @Test
  void rejectsTextThatIsNotANumber() {
    assertSingleViolation(() -> Money.of("ten", "USD"), NOT_A_DECIMAL, path("amount"), "\"ten\"");
  }

  @Test
  void looksUpCurrenciesByIsoCode() {
    assertSame(USD, Money.currency("USD"));
  }

  @Test
  void addsAndSubtractsInOneCurrency() {
    Money a = Money.of("100.25", "USD");
    Money b = Money.of("0.75", "USD");
    assertEquals(Money.of("101.00", "USD"), a.plus(b));
    assertEquals(Money.of("99.50", "USD"), a.minus(b));
    assertEquals(Money.of("-99.50", "USD"), b.minus(a));
  }

  @Test
  void refusesToAddOrCompareAcrossCurrencies() {
    Money dollars = Money.of("10.00", "USD");
    Money euros = Money.of("10.00", "EUR");
    CurrencyMismatchException e =
        assertThrows(CurrencyMismatchException.class, () -> dollars.plus(euros));
    assertEquals(dollars, e.left());
    assertEquals(euros, e.right());
    assertTrue(e.getMessage().contains("10.00 USD"), e.getMessage());
    assertTrue(e.getMessage().contains("10.00 EUR"), e.getMessage());
    assertThrows(CurrencyMismatchException.class, () -> dollars.minus(euros));
    assertThrows(CurrencyMismatchException.class, () -> dollars.compareTo(euros));
    assertThrows(CurrencyMismatchException.class, () -> dollars.isGreaterThan(euros));
    assertThrows(CurrencyMismatchException.class, () -> dollars.isLessThan(euros));
  }

  @Test
  void comparesAmountsOfOneCurrency() {
    Money small = Money.of("9.99", "USD");
    Money large = Money.of("10", "USD");
    assertTrue(small.compareTo(large) < 0);
    assertTrue(large.compareTo(small) > 0);
    assertEquals(0, large.compareTo(Money.of("10.00", "USD")));
    assertTrue(large.isGreaterThan(small));
    assertTrue(small.isLessThan(large));
    assertFalse(large.isGreaterThan(Money.of("10.00", "USD")));
    assertFalse(large.isLessThan(Money.of("10.00", "USD")));
    assertFalse(large.isLessThan(small));
  }

  @Test
  void multipliesExactly() {
    assertEquals(Money.of("37.50", "USD"), Money.of("12.50", "USD").multipliedBy(3));
    assertEquals(Money.of("-12.50", "USD"), Money.of("12.50", "USD").multipliedBy(-1));
  }

  @Test
  void dividesAGroupMealPerPersonRoundingToTheCurrencysScale() {
    Money meal = Money.of("100.00", "USD");
    assertEquals(Money.of("33.33", "USD"), meal.dividedBy(3, RoundingMode.HALF_EVEN));
    assertEquals(Money.of("33.34", "USD"), meal.dividedBy(3, RoundingMode.CEILING));
    assertEquals(Money.of("334", "JPY"), Money.of("1001", "JPY").dividedBy(3, RoundingMode.UP));
    assertEquals(new BigDecimal("12.50"), meal.dividedBy(8, RoundingMode.UNNECESSARY).amount());
  }

  @Test
  void refusesToDivideByZeroOrANegativeNumber() {
    Money meal = Money.of("100.00", "USD");
    assertThrows(IllegalArgumentException.class, () -> meal.dividedBy(0, RoundingMode.HALF_UP));
    assertThrows(IllegalArgumentException.class, () -> meal.dividedBy(-2, RoundingMode.HALF_UP));
  }

  @Test
  void refusesToRoundWhenTheCallerSaysRoundingIsUnnecessary() {
    Money meal = Money.of("100.00", "USD");
    assertThrows(ArithmeticException.class, () -> meal.dividedBy(3, RoundingMode.UNNECESSARY));
  }

  @Test
  void knowsItsSign() {
    assertTrue(Money.of("-0.01", "USD").isNegative());
    assertTrue(Money.zero(USD).isZero());
    assertTrue(Money.of("0.01", "USD").isPositive());
    assertFalse(Money.zero(USD).isPositive());
    assertFalse(Money.zero(USD).isNegative());
    assertFalse(Money.of("0.01", "USD").isZero());
    assertEquals(Money.of("0.00", "USD"), Money.zero(USD));
    assertEquals("0 JPY", Money.zero(JPY).toString());
  }

  @Test
  void printsAmountAndCurrencyCode() {
    assertEquals("12.50 USD", Money.of("12.5", "USD").toString());
    assertEquals("1500000.00 EUR", Money.of("1.5E+6", "EUR").toString());
    assertEquals("-3.00 GBP", Money.of("-3", "GBP").toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"12.50 USD", "0.00 EUR", "-3.10 GBP", "1000 JPY", "4200000.00 USD"})
  void parsesWhatItPrints(String text) {
    Money money = Money.parse(text);
    assertEquals(text, money.toString());
    assertEquals(money, Money.parse(money.toString()));
  }

  @Test
  void parsesShorterAmountsToTheCurrencysScale() {
    assertEquals(Money.of("12.50", "USD"), Money.parse("12.5 USD"));
  }

  @Test
  void textWithAnEmptyAmountIsRefusedForItsAmount() {
    // one space, so the form is right; what is before it is not a number
    assertSingleViolation(() -> Money.parse(" USD"), NOT_A_DECIMAL, path("amount"), "\"\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12.50USD", "12.50  USD", "USD", "12.50 US D", ""})
  void refusesTextThatIsNotAnAmountASpaceAndACode(String text) {
    assertSingleViolation(() -> Money.parse(text), NOT_MONEY_TEXT, path("text"), '"' + text + '"');
  }

  @Test
  void refusesToParseAnUnknownCurrency() {
    assertSingleViolation(
        () -> Money.parse("12.50 ABC"), NOT_A_CURRENCY, path("currency"), "\"ABC\"");
  }

  @Test
  void survivesSerialisation() throws IOException, ClassNotFoundException {
    Money money = Money.of("412.50", "USD");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(money);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(money, in.readObject());
    }
  }
}
