package dev.kamkit.rules.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
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
  void serviceFees() {
    assertTrue(ServiceFees.isFee(NatureOfPayment.HONORARIA));
    assertTrue(ServiceFees.isFee(NatureOfPayment.SPEAKER_ACCREDITED_CONTINUING_EDUCATION));
    assertFalse(ServiceFees.isFee(NatureOfPayment.TRAVEL_AND_LODGING));
    assertFalse(ServiceFees.isFee(NatureOfPayment.GRANT));
  }
}
