package dev.kamkit.rules.compliance.openpayments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.TrainingStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties of the small-payment rule over random years of transfers (fixed seeds): adding a
 * transfer never makes another unreportable, order never matters, and sums are exact.
 */
class ReportabilityPropertiesTest {
  private static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);
  private static final ThresholdRow PY2025 = VerifiedThresholds.row(2025).orElseThrow();

  private static OpenPaymentsPack pack(boolean smallOnly) {
    return OpenPaymentsPack.of(
        OpenPaymentsPolicy.builder()
            .aggregateBasis(smallOnly ? AggregateBasis.SMALL_ONLY : AggregateBasis.ALL_PAYMENTS)
            .addUsdRate(UsdRate.of("EUR", LocalDate.of(2025, 1, 1), "1.0842"))
            .build());
  }

  /**
   * One PY2025 transfer from one random seed: up to $200.00 on any day, as a meal to a physician, a
   * meal shared with a resident, a euro payment, or a large-conference item.
   */
  private static TransferOfValue transfer(int index, int seed) {
    String cents = BigDecimal.valueOf(1 + seed % 20_000L, 2).toPlainString();
    LocalDate day = LocalDate.of(2025, 1, 1).plusDays((seed / 20_000) % 365);
    String id = "t" + index;
    switch ((seed / 7_300_000) % 4) {
      case 1:
        return OpFixture.tov(id, day.toString(), cents + " USD")
            .addAttendees(StakeholderId.of("p"), StakeholderId.of("r"))
            .headcount(2 + seed % 4)
            .build();
      case 2:
        return OpFixture.tov(id, day.toString(), cents + " EUR")
            .recipient(StakeholderId.of("p"))
            .build();
      case 3:
        return OpFixture.excluded(StatutoryExclusion.LARGE_CONFERENCE_ITEM)
            .apply(
                OpFixture.tov(id, day.toString(), cents + " USD").recipient(StakeholderId.of("p")))
            .build();
      default:
        return OpFixture.tov(id, day.toString(), cents + " USD")
            .recipient(StakeholderId.of("p"))
            .nature(NatureOfPayment.FOOD_AND_BEVERAGE)
            .build();
    }
  }

  private static List<TransferOfValue> transfers(List<Integer> seeds) {
    List<TransferOfValue> out = new ArrayList<>();
    for (int i = 0; i < seeds.size(); i++) {
      out.add(transfer(i, seeds.get(i)));
    }
    return out;
  }

  private static KeyAccount account(List<TransferOfValue> transfers) {
    return OpFixture.account()
        .physician("p")
        .hcp("r", HcpProfession.PHYSICIAN, TrainingStatus.RESIDENT)
        .build()
        .withTransfersOfValue(transfers);
  }

  @Test
  void addingATransferNeverMakesAnotherUnreportable() {
    qt().withFixedSeed(20_250_101L)
        .withExamples(200)
        .forAll(
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 12),
            integers().between(0, Integer.MAX_VALUE),
            booleans().all())
        .checkAssert(
            (seeds, extra, smallOnly) -> {
              List<TransferOfValue> before = transfers(seeds);
              List<TransferOfValue> after = new ArrayList<>(before);
              after.add(transfer(seeds.size(), extra));
              OpenPaymentsPack pack = pack(smallOnly);
              AggregateSpend was = pack.aggregateSpend(account(before), YEAR_END);
              AggregateSpend is = pack.aggregateSpend(account(after), YEAR_END);
              for (TransferAssessment a : was.assessments()) {
                if (a.isReportable()) {
                  assertTrue(
                      is.assessment(a.transfer(), a.recipient()).orElseThrow().isReportable(),
                      a + " became unreportable after adding " + after.get(after.size() - 1));
                }
              }
            });
  }

  @Test
  void theOrderOfTransfersNeverChangesTheResult() {
    qt().withFixedSeed(31L)
        .withExamples(200)
        .forAll(
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 12),
            integers().between(0, 11),
            booleans().all())
        .checkAssert(
            (seeds, rotation, smallOnly) -> {
              List<TransferOfValue> forwards = transfers(seeds);
              List<TransferOfValue> shuffled = new ArrayList<>(forwards);
              Collections.reverse(shuffled);
              Collections.rotate(shuffled, rotation);
              OpenPaymentsPack pack = pack(smallOnly);
              assertEquals(
                  pack.aggregateSpend(account(forwards), YEAR_END),
                  pack.aggregateSpend(account(shuffled), YEAR_END));
              assertEquals(
                  pack.check(account(forwards), YEAR_END), pack.check(account(shuffled), YEAR_END));
              assertEquals(
                  pack.generalPaymentRecords(account(forwards), YEAR_END),
                  pack.generalPaymentRecords(account(shuffled), YEAR_END));
            });
  }

  @Test
  void centsThatAddUpToExactlyTheTriggerDoNotExceedIt() {
    // Amounts such as 0.10 + 0.20 drift in binary floating point; exact sums never do.
    qt().withFixedSeed(13_454L)
        .withExamples(200)
        .forAll(lists().of(integers().between(1, 1_345)).ofSizeBetween(2, 40))
        .assuming(cents -> cents.stream().mapToLong(Integer::longValue).sum() < 13_454)
        .checkAssert(
            cents -> {
              long sum = cents.stream().mapToLong(Integer::longValue).sum();
              OpFixture fixture = OpFixture.account().physician("p");
              for (int i = 0; i < cents.size(); i++) {
                fixture.pay(
                    "s" + i,
                    "p",
                    "2025-03-01",
                    BigDecimal.valueOf(cents.get(i), 2).toPlainString());
              }
              fixture.pay(
                  "fill", "p", "2025-04-01", BigDecimal.valueOf(13_454 - sum, 2).toPlainString());
              OpenPaymentsPack pack = OpenPaymentsPack.withDefaults();
              RecipientYear exact =
                  pack.aggregateSpend(fixture.build(), YEAR_END).recipientYears().get(0);
              assertEquals(PY2025.aggregateTrigger(), exact.aggregate());
              assertTrue(
                  exact.assessments().stream()
                      .filter(a -> a.transfer().value().startsWith("s"))
                      .allMatch(a -> a.reason() == ReportabilityReason.BELOW_MINIMUM));

              fixture.pay("cent", "p", "2025-05-01", "0.01");
              RecipientYear over =
                  pack.aggregateSpend(fixture.build(), YEAR_END).recipientYears().get(0);
              assertEquals(Money.of("134.55", "USD"), over.aggregate());
              assertTrue(
                  over.assessments().stream()
                      .filter(a -> a.transfer().value().startsWith("s"))
                      .allMatch(a -> a.reason() == ReportabilityReason.AGGREGATE_EXCEEDED));
            });
  }
}
