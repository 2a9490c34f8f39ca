package dev.kamkit.rules.compliance.openpayments;

import static dev.kamkit.rules.compliance.openpayments.OpFixture.expected;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.message;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.nested;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.programYears;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.reason;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.rules.compliance.Finding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The small-payment rule at its boundaries, for every verified program year: excluded only when
 * strictly less than the minimum, reportable once the aggregate strictly exceeds the trigger.
 */
class ThresholdBoundaryTest {
  private static final OpenPaymentsPack PACK = OpenPaymentsPack.withDefaults();
  private static final BigDecimal CENT = new BigDecimal("0.01");

  static Stream<ThresholdRow> verifiedYears() {
    return VerifiedThresholds.ROWS.stream();
  }

  private static String minus(Money m, BigDecimal d) {
    return m.amount().subtract(d).toPlainString();
  }

  private static LocalDate asOf(ThresholdRow row) {
    return LocalDate.of(row.programYear(), 12, 31);
  }

  private static String day(ThresholdRow row, String monthDay) {
    return row.programYear() + "-" + monthDay;
  }

  @ParameterizedTest(name = "PY{0}")
  @MethodSource("verifiedYears")
  void exactlyTheMinimumIsReportableOneCentLessIsNot(ThresholdRow row) {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .physician("q")
            .pay("at", "p", day(row, "09-01"), row.minimum().amount().toPlainString())
            .pay("below", "q", day(row, "09-01"), minus(row.minimum(), CENT))
            .build();
    AggregateSpend spend = PACK.aggregateSpend(account, asOf(row));
    assertEquals(ReportabilityReason.AT_OR_ABOVE_MINIMUM, reason(spend, "at", "p"));
    assertEquals(ReportabilityReason.BELOW_MINIMUM, reason(spend, "below", "q"));
  }

  @ParameterizedTest(name = "PY{0}")
  @MethodSource("verifiedYears")
  void anAggregateExactlyAtTheTriggerDoesNotExceedIt(ThresholdRow row) {
    String small = minus(row.minimum(), CENT);
    // the rest of the year brings the total to exactly the trigger
    String rest = row.aggregateTrigger().amount().subtract(new BigDecimal(small)).toPlainString();
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .pay("small", "p", day(row, "09-01"), small)
            .pay("rest", "p", day(row, "10-01"), rest)
            .build();
    AggregateSpend spend = PACK.aggregateSpend(account, asOf(row));
    RecipientYear ry = spend.of(StakeholderId.of("p"), row.programYear()).orElseThrow();
    assertEquals(row.aggregateTrigger(), ry.aggregate());
    assertFalse(ry.aggregateExceeded());
    assertEquals(ReportabilityReason.BELOW_MINIMUM, reason(spend, "small", "p"));
    assertEquals(ReportabilityReason.AT_OR_ABOVE_MINIMUM, reason(spend, "rest", "p"));
  }

  @ParameterizedTest(name = "PY{0}")
  @MethodSource("verifiedYears")
  void oneCentOverTheTriggerMakesTheSmallPaymentReportable(ThresholdRow row) {
    String small = minus(row.minimum(), CENT);
    String rest =
        row.aggregateTrigger().amount().subtract(new BigDecimal(small)).add(CENT).toPlainString();
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .pay("small", "p", day(row, "09-01"), small)
            .pay("rest", "p", day(row, "10-01"), rest)
            .build();
    AggregateSpend spend = PACK.aggregateSpend(account, asOf(row));
    assertTrue(
        spend.of(StakeholderId.of("p"), row.programYear()).orElseThrow().aggregateExceeded());
    assertEquals(ReportabilityReason.AGGREGATE_EXCEEDED, reason(spend, "small", "p"));
  }

  @Test
  void py2025WorkedExampleInWords() {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .pay("small", "p", "2025-09-01", "13.45")
            .pay("rest", "p", "2025-10-01", "121.09")
            .build();
    AggregateSpend spend = PACK.aggregateSpend(account, LocalDate.of(2025, 12, 31));
    TransferAssessment small =
        spend.assessment(TransferOfValueId.of("small"), StakeholderId.of("p")).orElseThrow();
    assertEquals(
        message(
            OpenPaymentsCode.ASSESSMENT_BELOW_MINIMUM,
            usd("13.45"),
            Arg.year(2025),
            usd("13.46"),
            usd("134.54"),
            usd("134.54")),
        small.why());
    assertEquals(
        "13.45\u00a0USD is below the PY2025 minimum of 13.46\u00a0USD and the year's aggregate of"
            + " 134.54\u00a0USD does not exceed 134.54\u00a0USD",
        small.why().toString());
    assertEquals(
        "13,45\u00a0USD liegt unter dem Mindestbetrag für PY2025 von 13,46\u00a0USD, und die"
            + " Jahressumme von 134,54\u00a0USD überschreitet 134,54\u00a0USD nicht",
        Messages.in(Locale.GERMAN).format(small.why()));
    assertEquals(
        "13,45\u00a0USD est inférieur au montant minimal de PY2025, soit 13,46\u00a0USD, et le"
            + " cumul annuel de 134,54\u00a0USD ne dépasse pas 134,54\u00a0USD",
        Messages.in(Locale.FRENCH).format(small.why()));
    assertEquals(
        small.why(),
        spend.assessment(TransferOfValueId.of("small"), StakeholderId.of("p")).orElseThrow().why());
  }

  @Test
  void smallOnlyBasisCountsOnlyThePaymentsBelowTheMinimum() {
    // PY2026: ten payments of $13.81 and one of $0.03 make exactly $138.13 of small payments
    OpFixture fixture = OpFixture.account().physician("p");
    for (int i = 0; i < 10; i++) {
      fixture.pay("s" + i, "p", "2026-03-1" + i, "13.81");
    }
    fixture.pay("tiny", "p", "2026-04-01", "0.03").pay("big", "p", "2026-05-01", "500.00");
    OpenPaymentsPack smallOnly =
        OpenPaymentsPack.of(
            OpenPaymentsPolicy.builder().aggregateBasis(AggregateBasis.SMALL_ONLY).build());
    LocalDate asOf = LocalDate.of(2026, 12, 31);

    AggregateSpend atTrigger = smallOnly.aggregateSpend(fixture.build(), asOf);
    assertEquals(Money.of("138.13", "USD"), atTrigger.recipientYears().get(0).aggregate());
    assertEquals(ReportabilityReason.BELOW_MINIMUM, reason(atTrigger, "tiny", "p"));
    assertEquals(
        ReportabilityReason.AGGREGATE_EXCEEDED,
        reason(PACK.aggregateSpend(fixture.build(), asOf), "tiny", "p"));

    fixture.pay("one-more-cent", "p", "2026-06-01", "0.01");
    assertEquals(
        ReportabilityReason.AGGREGATE_EXCEEDED,
        reason(smallOnly.aggregateSpend(fixture.build(), asOf), "tiny", "p"));
  }

  @Test
  void yearsTheTableLacksAreNotJudgedAndNamedInAnError() {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .pay("t20", "p", "2020-06-01", "50.00")
            .pay("t22", "p", "2022-06-01", "50.00")
            .build();
    AggregateSpend spend = PACK.aggregateSpend(account, LocalDate.of(2026, 1, 1));
    assertEquals(ReportabilityReason.PROGRAM_YEAR_UNKNOWN, reason(spend, "t20", "p"));
    assertEquals(ReportabilityStatus.UNDETERMINED, reason(spend, "t22", "p").status());
    List<Finding> errors =
        OpFixture.of(
            PACK.check(account, LocalDate.of(2026, 1, 1)), OpenPaymentsRules.PROGRAM_YEAR_UNKNOWN);
    Arg years = programYears(2013, 2019, 2021, 2025, 2026);
    assertEquals(
        List.of(
            expected(
                OpenPaymentsRules.PROGRAM_YEAR_UNKNOWN,
                List.of(TransferOfValueId.of("t20")),
                OpenPaymentsCode.PROGRAM_YEAR_UNKNOWN,
                Arg.year(2020),
                years,
                Arg.of(1),
                nested(OpenPaymentsCode.ADVICE_THRESHOLD_ROW_2020, usd("109.69"))),
            expected(
                OpenPaymentsRules.PROGRAM_YEAR_UNKNOWN,
                List.of(TransferOfValueId.of("t22")),
                OpenPaymentsCode.PROGRAM_YEAR_UNKNOWN,
                Arg.year(2022),
                years,
                Arg.of(1),
                nested(OpenPaymentsCode.ADVICE_THRESHOLD_ROW, Arg.year(2022)))),
        errors);
    assertEquals(
        "ERROR openpayments.configuration.program-year-unknown [t20]: PY2020 is not in the"
            + " threshold table (it holds PY2013, PY2019, PY2021, PY2025, PY2026), so 1 transfer of"
            + " the year is not judged reportable or not. Supply the row with"
            + " OpenPaymentsPolicy.builder().addHostThreshold(VerifiedThresholds.programYear2020("
            + "minimum, source)), which adds the verified aggregate trigger of 109.69\u00a0USD to"
            + " the minimum you confirm. (42 U.S.C. 1320a-7h(e)(10)(B)(i); CMS yearly threshold"
            + " notices)",
        errors.get(0).toString());
  }

  @Test
  void theHostSuppliesAYearTheTableLacks() {
    OpenPaymentsPack pack =
        OpenPaymentsPack.of(
            OpenPaymentsPolicy.builder()
                .addHostThreshold(
                    VerifiedThresholds.programYear2020(Money.of("10.97", "USD"), "host"))
                .build());
    KeyAccount account =
        OpFixture.account().physician("p").pay("small", "p", "2020-06-01", "10.96").build();
    AggregateSpend spend = pack.aggregateSpend(account, LocalDate.of(2020, 12, 31));
    assertEquals(ReportabilityReason.BELOW_MINIMUM, reason(spend, "small", "p"));
    assertEquals(
        Money.of("109.69", "USD"),
        spend.recipientYears().get(0).threshold().orElseThrow().aggregateTrigger());
    assertTrue(
        OpFixture.findings(
                pack.check(account, LocalDate.of(2021, 1, 1)),
                OpenPaymentsRules.PROGRAM_YEAR_UNKNOWN.id())
            .isEmpty());
  }

  @Test
  void aVerifiedRowCannotBeReplacedAndRowsMustBeSane() {
    assertThrows(
        InvalidModelException.class,
        () ->
            OpenPaymentsPolicy.builder()
                .addHostThreshold(ThresholdRow.of(2025, "1.00", "10.00", "wishful"))
                .build());
    assertThrows(
        InvalidModelException.class,
        () -> ThresholdRow.of(2024, "13.07", "13.07", "minimum must be below the trigger"));
    assertThrows(
        InvalidModelException.class,
        () -> new ThresholdRow(2024, Money.of("13.07", "EUR"), Money.of("130.60", "USD"), "x"));
    assertThrows(
        InvalidModelException.class,
        () -> ThresholdRow.of(2012, "1.00", "10.00", "before the program"));
  }

  @Test
  void theDefaultsHoldExactlyTheVerifiedYears() {
    assertEquals(
        List.of(2013, 2019, 2021, 2025, 2026), OpenPaymentsPolicy.defaults().programYears());
    assertTrue(OpenPaymentsPolicy.defaults().threshold(2020).isEmpty());
  }

  @Test
  void eachYearTheHostSuppliesHasItsOwnRow() {
    ThresholdRow py2022 = ThresholdRow.of(2022, "11.40", "114.00", "host");
    ThresholdRow py2023 = ThresholdRow.of(2023, "12.22", "122.20", "host");
    OpenPaymentsPolicy policy =
        OpenPaymentsPolicy.builder().addHostThreshold(py2022).addHostThreshold(py2023).build();
    assertEquals(Optional.of(py2023), policy.threshold(2023));
    assertEquals(Optional.of(py2022), policy.threshold(2022));
    assertEquals(Optional.empty(), policy.threshold(2024));
  }
}
