package dev.kamkit.rules.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.Messages;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The helpers the European packs share: typed attributes, host rates, service fees. */
class SharedHelpersTest {
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void ratesConvertOnlyWithinTheirYearAndFromTheirDay() {
    List<ExchangeRate> rates =
        List.of(
            ExchangeRate.of("GBP", "EUR", LocalDate.of(2025, 1, 1), "1.2"),
            ExchangeRate.of("GBP", "EUR", LocalDate.of(2025, 6, 1), "1.1"),
            ExchangeRate.of("GBP", "USD", LocalDate.of(2025, 1, 1), "9"));
    Money gbp = Money.of("10.00", "GBP");
    assertEquals(
        Optional.of(Money.of("12.00", "EUR")),
        ExchangeRate.convert(gbp, EUR, LocalDate.of(2025, 5, 31), rates, RoundingMode.HALF_UP));
    assertEquals(
        Optional.of(Money.of("11.00", "EUR")),
        ExchangeRate.convert(gbp, EUR, LocalDate.of(2025, 6, 1), rates, RoundingMode.HALF_UP));
    assertEquals(
        Optional.empty(),
        ExchangeRate.convert(gbp, EUR, LocalDate.of(2026, 1, 1), rates, RoundingMode.HALF_UP));
    assertEquals(
        Optional.empty(),
        ExchangeRate.convert(
            Money.of("1.00", "CHF"), EUR, LocalDate.of(2025, 7, 1), rates, RoundingMode.HALF_UP));
    assertEquals(
        Optional.of(Money.of("3.00", "EUR")),
        ExchangeRate.convert(
            Money.of("3.00", "EUR"),
            EUR,
            LocalDate.of(2025, 7, 1),
            List.of(),
            RoundingMode.HALF_UP));
    // a currency without minor units converts to whole units
    assertEquals(
        Optional.of(Money.of("1235", "JPY")),
        ExchangeRate.convert(
            Money.of("10.00", "EUR"),
            Currency.getInstance("JPY"),
            LocalDate.of(2025, 7, 1),
            List.of(ExchangeRate.of("EUR", "JPY", LocalDate.of(2025, 1, 1), "123.45")),
            RoundingMode.HALF_UP));
  }

  @Test
  void aRateIsBetweenTwoCurrenciesAndPositive() {
    InvalidModelException same =
        assertThrows(
            InvalidModelException.class,
            () -> ExchangeRate.of("EUR", "EUR", LocalDate.of(2025, 1, 1), "1"));
    assertTrue(same.getMessage().contains("must differ"), same.getMessage());
    InvalidModelException zero =
        assertThrows(
            InvalidModelException.class,
            () -> ExchangeRate.of("GBP", "EUR", LocalDate.of(2025, 1, 1), "0"));
    assertTrue(zero.getMessage().contains("must be positive"), zero.getMessage());
  }

  @Test
  void attributesOfTheWrongKindAreProblemsAndReadAsAbsent() {
    PackAttributes a =
        PackAttributes.read(
            Map.of(
                "x.text", AttributeValue.text("  padded  "),
                "x.blank", AttributeValue.text(" "),
                "x.date", AttributeValue.date(LocalDate.of(2025, 1, 2)),
                "x.flag", AttributeValue.flag(true),
                "x.number", AttributeValue.number("-1"),
                "y.other", AttributeValue.text("ignored")),
            "x.",
            List.of("x.text", "x.blank", "x.date", "x.flag", "x.number", "x.missing"));
    assertEquals(Optional.of("padded"), a.text("x.text"));
    assertEquals(Optional.empty(), a.text("x.blank"));
    assertEquals(Optional.empty(), a.flag("x.date"));
    assertEquals(Optional.empty(), a.positiveNumber("x.flag"));
    assertEquals(Optional.empty(), a.positiveNumber("x.number"));
    assertEquals(Optional.empty(), a.text("x.missing"));
    assertEquals(Optional.empty(), a.flag("x.missing"));
    assertEquals(Optional.empty(), a.positiveNumber("x.missing"));
    assertEquals(Optional.empty(), a.oneOf("x.missing", List.of("a")));
    assertEquals(Optional.of(true), a.flag("x.flag"));
    assertEquals(
        List.of(
            Message.of(
                ComplianceCode.ATTRIBUTE_NOT_TEXT,
                Arg.text("x.blank"),
                Arg.of(Message.of(ComplianceCode.VALUE_TEXT, Arg.text(" ")))),
            Message.of(
                ComplianceCode.ATTRIBUTE_NOT_FLAG,
                Arg.text("x.date"),
                Arg.of(Message.of(ComplianceCode.VALUE_DATE, Arg.of(LocalDate.of(2025, 1, 2))))),
            Message.of(
                ComplianceCode.ATTRIBUTE_NOT_POSITIVE_NUMBER,
                Arg.text("x.flag"),
                Arg.of(Message.of(ComplianceCode.VALUE_FLAG, Arg.text("true")))),
            Message.of(
                ComplianceCode.ATTRIBUTE_NOT_POSITIVE_NUMBER,
                Arg.text("x.number"),
                Arg.of(Message.of(ComplianceCode.VALUE_NUMBER, Arg.text("-1"))))),
        a.messages());
    // and their English words
    assertEquals(
        List.of(
            "x.blank must be non-blank text, was the text \" \"",
            "x.date must be a flag, was the date 2025-01-02",
            "x.flag must be a positive number, was the flag true",
            "x.number must be a positive number, was the number -1"),
        a.messages().stream().map(Message::toString).toList());
  }

  @Test
  void unknownKeysAndValuesOutsideTheDocumentedOnesAreProblems() {
    PackAttributes a =
        PackAttributes.read(
            Map.of("x.kind", AttributeValue.text("b"), "x.kinds", AttributeValue.text("a")),
            "x.",
            List.of("x.kind", "x.other"));
    assertEquals(Optional.empty(), a.oneOf("x.kind", List.of("a", "c")));
    assertEquals(
        List.of(
            Message.of(
                ComplianceCode.ATTRIBUTE_UNKNOWN_KEY,
                Arg.text("x.kinds"),
                Arg.list(Arg.text("x.kind"), Arg.text("x.other"))),
            Message.of(
                ComplianceCode.ATTRIBUTE_NOT_ONE_OF,
                Arg.text("x.kind"),
                Arg.text("b"),
                Arg.list(Arg.text("a"), Arg.text("c")))),
        a.messages());
    assertEquals(
        List.of(
            "x.kinds is not a key read here; known keys are x.kind, x.other",
            "x.kind \"b\" is not one of a, c"),
        a.messages().stream().map(Message::toString).toList());
    assertEquals(
        "x.kind „b“ ist keiner der zulässigen Werte a, c",
        Messages.in(Locale.GERMAN).format(a.messages().get(1)));
  }

  @Test
  void serviceFees() {
    assertTrue(ServiceFees.isFee(NatureOfPayment.HONORARIA));
    assertTrue(ServiceFees.isFee(NatureOfPayment.SPEAKER_ACCREDITED_CONTINUING_EDUCATION));
    assertFalse(ServiceFees.isFee(NatureOfPayment.TRAVEL_AND_LODGING));
    assertFalse(ServiceFees.isFee(NatureOfPayment.GRANT));
  }
}
