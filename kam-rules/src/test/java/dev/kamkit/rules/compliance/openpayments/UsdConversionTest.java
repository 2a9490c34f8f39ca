package dev.kamkit.rules.compliance.openpayments;

import static dev.kamkit.rules.compliance.openpayments.OpFixture.reason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.StakeholderId;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Amounts are judged in US dollars, at rates only the host supplies. */
class UsdConversionTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

  private static OpenPaymentsPolicy eur(String rate) {
    return OpenPaymentsPolicy.builder()
        .addUsdRate(UsdRate.of("EUR", LocalDate.of(2025, 1, 1), rate))
        .build();
  }

  @Test
  void aRateConvertsExactlyAndRoundsToCentsAsThePolicySays() {
    assertEquals(
        Optional.of(Money.of("108.42", "USD")),
        eur("1.0842").toUsd(Money.of("100.00", "EUR"), DAY));
    // 12.41 x 1.0845 = 13.458645: half up gives 13.46, at the PY2025 minimum
    assertEquals(
        Optional.of(Money.of("13.46", "USD")), eur("1.0845").toUsd(Money.of("12.41", "EUR"), DAY));
    assertEquals(
        Optional.of(Money.of("13.45", "USD")),
        OpenPaymentsPolicy.copyOf(eur("1.0845"))
            .withUsdRounding(RoundingMode.DOWN)
            .toUsd(Money.of("12.41", "EUR"), DAY));
    assertTrue(eur("1.0842").toUsd(Money.of("1500", "JPY"), DAY).isEmpty(), "no JPY rate");
  }

  @Test
  void theLatestRateOfTheSameYearApplies() {
    OpenPaymentsPolicy policy =
        OpenPaymentsPolicy.builder()
            .addUsdRate(UsdRate.of("EUR", LocalDate.of(2024, 6, 1), "1.05"))
            .addUsdRate(UsdRate.of("EUR", LocalDate.of(2025, 2, 1), "1.10"))
            .addUsdRate(UsdRate.of("EUR", LocalDate.of(2025, 4, 1), "1.20"))
            .build();
    assertEquals(
        "1.10",
        policy
            .usdRate(Money.of("1", "EUR").currency(), DAY)
            .orElseThrow()
            .usdPerUnit()
            .toPlainString());
    // January 2025 has no 2025 rate yet, and the 2024 rate does not carry over
    assertTrue(policy.toUsd(Money.of("10.00", "EUR"), LocalDate.of(2025, 1, 20)).isEmpty());
  }

  @Test
  void aPaymentWithoutARateIsUndeterminedAndLeavesSmallOnesUndetermined() {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .pay("small", "p", "2025-01-10", "10.00")
            .transfer(
                OpFixture.tov("eur", "2025-02-10", "90.00 EUR").recipient(StakeholderId.of("p")))
            .build();
    AggregateSpend spend =
        OpenPaymentsPack.withDefaults().aggregateSpend(account, LocalDate.of(2025, 12, 31));
    assertEquals(ReportabilityReason.NO_USD_RATE, reason(spend, "eur", "p"));
    assertEquals(ReportabilityReason.AGGREGATE_INCOMPLETE, reason(spend, "small", "p"));
    assertFalse(spend.recipientYears().get(0).complete());

    // once the known total alone exceeds the trigger, the unknown one cannot change the answer
    KeyAccount more =
        OpFixture.account()
            .physician("p")
            .pay("small", "p", "2025-01-10", "10.00")
            .pay("fee", "p", "2025-01-11", "130.00")
            .transfer(
                OpFixture.tov("eur", "2025-02-10", "90.00 EUR").recipient(StakeholderId.of("p")))
            .build();
    assertEquals(
        ReportabilityReason.AGGREGATE_EXCEEDED,
        reason(
            OpenPaymentsPack.withDefaults().aggregateSpend(more, LocalDate.of(2025, 12, 31)),
            "small",
            "p"));
  }

  @Test
  void convertedAmountsMeetTheThresholdInDollars() {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .transfer(
                OpFixture.tov("eur", "2025-03-14", "12.41 EUR").recipient(StakeholderId.of("p")))
            .build();
    assertEquals(
        ReportabilityReason.AT_OR_ABOVE_MINIMUM,
        reason(
            OpenPaymentsPack.of(eur("1.0845")).aggregateSpend(account, LocalDate.of(2025, 12, 31)),
            "eur",
            "p"));
  }

  @Test
  void ratesAreCheckedWhenThePolicyIsBuilt() {
    assertThrows(InvalidModelException.class, () -> UsdRate.of("USD", DAY, "1"));
    assertThrows(InvalidModelException.class, () -> UsdRate.of("EUR", DAY, "0"));
    assertThrows(
        InvalidModelException.class,
        () ->
            OpenPaymentsPolicy.builder()
                .addUsdRate(UsdRate.of("EUR", DAY, "1.1"))
                .addUsdRate(UsdRate.of("EUR", DAY, "1.2"))
                .build());
    assertThrows(
        InvalidModelException.class,
        () -> OpenPaymentsPolicy.builder().usdRounding(RoundingMode.UNNECESSARY).build());
  }
}
