package dev.kamkit.rules.compliance.openpayments;

import static dev.kamkit.rules.compliance.openpayments.OpFixture.doctor;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.excluded;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.fact;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.message;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.nested;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.reason;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.TrainingStatus;
import dev.kamkit.rules.compliance.Finding;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Worked examples of reportability: the aggregate over the year, group meals, exclusions. */
class ReportabilityExamplesTest {
  private static final OpenPaymentsPack PACK = OpenPaymentsPack.withDefaults();
  private static final StatutoryExclusion CONFERENCE = StatutoryExclusion.LARGE_CONFERENCE_ITEM;

  @Test
  void reportableTotalsByNatureLeaveOutWhatIsNotReportable() {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .pay("small-meal", "p", "2025-01-15", "12.00")
            .pay("fee", "p", "2025-03-10", "30.00", t -> t.nature(NatureOfPayment.CONSULTING_FEE))
            .build();
    RecipientYear ry =
        PACK.aggregateSpend(account, LocalDate.of(2025, 12, 31))
            .of(StakeholderId.of("p"), 2025)
            .orElseThrow();
    assertEquals(
        Map.of(NatureOfPayment.CONSULTING_FEE, Money.of("30.00", "USD")),
        ry.reportableTotalsByNature());
  }

  @Test
  void aJanuaryMealBecomesReportableInNovember() {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .pay("jan-meal", "p", "2025-01-15", "12.00")
            .pay("mar-meal", "p", "2025-03-10", "50.00")
            .pay("jul-meal", "p", "2025-07-02", "50.00")
            .pay(
                "nov-fee",
                "p",
                "2025-11-20",
                "30.00",
                t -> t.nature(NatureOfPayment.CONSULTING_FEE))
            .build();

    AggregateSpend october = PACK.aggregateSpend(account, LocalDate.of(2025, 10, 31));
    assertEquals(ReportabilityReason.BELOW_MINIMUM, reason(october, "jan-meal", "p"));
    assertEquals(
        message(
            OpenPaymentsCode.ASSESSMENT_BELOW_MINIMUM_SO_FAR,
            usd("12.00"),
            Arg.year(2025),
            usd("13.46"),
            usd("112.00"),
            usd("134.54")),
        october
            .assessment(TransferOfValueId.of("jan-meal"), StakeholderId.of("p"))
            .orElseThrow()
            .why());

    AggregateSpend november = PACK.aggregateSpend(account, LocalDate.of(2025, 11, 30));
    assertEquals(ReportabilityReason.AGGREGATE_EXCEEDED, reason(november, "jan-meal", "p"));
    RecipientYear ry = november.of(StakeholderId.of("p"), 2025).orElseThrow();
    assertEquals(Money.of("142.00", "USD"), ry.reportableTotal());
    assertEquals(
        Map.of(
            NatureOfPayment.FOOD_AND_BEVERAGE,
            Money.of("112.00", "USD"),
            NatureOfPayment.CONSULTING_FEE,
            Money.of("30.00", "USD")),
        ry.totalsByNature());
    assertFalse(ry.yearEnded());
    assertTrue(
        PACK.aggregateSpend(account, LocalDate.of(2025, 12, 31))
            .recipientYears()
            .get(0)
            .yearEnded());
  }

  @Test
  void aGroupMealIsSharedByEveryoneWhoPartookAndReportedForCoveredPartakersOnly() {
    KeyAccount account =
        OpFixture.account()
            .physician("doc")
            .physician("fellow")
            .hcp("resident", HcpProfession.PHYSICIAN, TrainingStatus.RESIDENT)
            .hcp("pharmacist", HcpProfession.PHARMACIST, TrainingStatus.PRACTISING)
            .transfer(
                OpFixture.tov("lunch", "2025-04-02", "300.00 USD")
                    .addAttendees(
                        StakeholderId.of("doc"),
                        StakeholderId.of("fellow"),
                        StakeholderId.of("resident"),
                        StakeholderId.of("pharmacist"))
                    .headcount(12))
            .build();
    AggregateSpend spend = PACK.aggregateSpend(account, LocalDate.of(2025, 12, 31));

    for (TransferAssessment a : spend.assessments()) {
      assertEquals(Money.of("25.00", "USD"), a.usdValue().orElseThrow(), a.toString());
      assertEquals(12, a.partakers());
    }
    assertEquals(ReportabilityReason.AT_OR_ABOVE_MINIMUM, reason(spend, "lunch", "doc"));
    assertEquals(ReportabilityReason.RESIDENT, reason(spend, "lunch", "resident"));
    assertEquals(
        ReportabilityReason.NOT_A_COVERED_PROFESSION, reason(spend, "lunch", "pharmacist"));
    List<GeneralPaymentRecord> records =
        PACK.generalPaymentRecords(account, LocalDate.of(2025, 12, 31));
    assertEquals(
        List.of("doc", "fellow"), records.stream().map(r -> r.recipient().value()).toList());
    assertEquals("25.00", records.get(0).field(GeneralPaymentFields.TOTAL_AMOUNT_USD));
  }

  @Test
  void aPerPersonShareIsRoundedToCentsByThePolicy() {
    KeyAccount account =
        OpFixture.account()
            .physician("a")
            .physician("b")
            .transfer(
                OpFixture.tov("dinner", "2025-04-02", "100.00 USD")
                    .addAttendees(StakeholderId.of("a"), StakeholderId.of("b"))
                    .headcount(3))
            .build();
    assertEquals(
        Money.of("33.33", "USD"),
        PACK.aggregateSpend(account, LocalDate.of(2025, 12, 31))
            .assessments()
            .get(0)
            .usdValue()
            .orElseThrow());
    OpenPaymentsPack up =
        OpenPaymentsPack.of(OpenPaymentsPolicy.builder().usdRounding(RoundingMode.UP).build());
    assertEquals(
        Money.of("33.34", "USD"),
        up.aggregateSpend(account, LocalDate.of(2025, 12, 31))
            .assessments()
            .get(0)
            .usdValue()
            .orElseThrow());
  }

  @Test
  void aSmallGroupShareBelowTheMinimumIsNotReportable() {
    // $130 for 10 partakers is $13.00 each, below PY2025's $13.46
    KeyAccount account =
        OpFixture.account()
            .physician("a")
            .transfer(
                OpFixture.tov("coffee", "2025-04-02", "130.00 USD")
                    .addAttendees(StakeholderId.of("a"))
                    .headcount(10))
            .build();
    assertEquals(
        ReportabilityReason.BELOW_MINIMUM,
        reason(PACK.aggregateSpend(account, LocalDate.of(2025, 12, 31)), "coffee", "a"));
  }

  @ParameterizedTest
  @EnumSource(
      value = StatutoryExclusion.class,
      names = {"SHORT_TERM_DEVICE_LOAN", "LARGE_CONFERENCE_ITEM"},
      mode = EnumSource.Mode.EXCLUDE)
  void eachStatutoryExclusionIsAReasonAndLeavesTheAggregate(StatutoryExclusion exclusion) {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .pay("x", "p", "2025-02-01", "500.00", excluded(exclusion))
            .pay("small", "p", "2025-03-01", "5.00")
            .build();
    AggregateSpend spend = PACK.aggregateSpend(account, LocalDate.of(2025, 12, 31));
    TransferAssessment x =
        spend.assessment(TransferOfValueId.of("x"), StakeholderId.of("p")).orElseThrow();
    assertEquals(ReportabilityReason.STATUTORY_EXCLUSION, x.reason());
    assertEquals(exclusion, x.exclusion().orElseThrow());
    assertEquals(
        message(
            OpenPaymentsCode.ASSESSMENT_STATUTORY_EXCLUSION,
            Arg.of(exclusion),
            Arg.text(exclusion.source())),
        x.why());
    assertEquals(ReportabilityReason.BELOW_MINIMUM, reason(spend, "small", "p"));
  }

  @Test
  void aDeviceLoanOf90DaysIsExcludedAndOf91DaysIsNot() {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .pay("loan-90", "p", "2025-02-01", "900.00", loan("90"))
            .pay("loan-91", "p", "2025-02-01", "900.00", loan("91"))
            .build();
    AggregateSpend spend = PACK.aggregateSpend(account, LocalDate.of(2025, 12, 31));
    assertEquals(ReportabilityReason.STATUTORY_EXCLUSION, reason(spend, "loan-90", "p"));
    assertEquals(ReportabilityReason.AT_OR_ABOVE_MINIMUM, reason(spend, "loan-91", "p"));
  }

  /**
   * A 60-day device loan to a hospital is excluded whether or not the year's teaching hospital list
   * is at hand; with the list, a hospital not on it is simply not a covered recipient.
   */
  @Test
  void aShortTermLoanToAHospitalIsExcludedWithOrWithoutTheListUnlessTheListLeavesItOut() {
    KeyAccount account =
        OpFixture.account()
            .transfer(
                loan("60")
                    .apply(OpFixture.tov("pumps", "2025-02-01", "4800.00 USD"))
                    .organisation(OpFixture.HOSPITAL))
            .build();
    LocalDate asOf = LocalDate.of(2025, 12, 31);
    TransferOfValueId pumps = TransferOfValueId.of("pumps");
    assertEquals(
        ReportabilityReason.STATUTORY_EXCLUSION,
        PACK.aggregateSpend(account, asOf)
            .assessment(pumps, OpFixture.HOSPITAL)
            .orElseThrow()
            .reason());
    assertEquals(
        ReportabilityReason.STATUTORY_EXCLUSION,
        OpenPaymentsPack.of(OpFixture.withHospitalList(2025))
            .aggregateSpend(account, asOf)
            .assessment(pumps, OpFixture.HOSPITAL)
            .orElseThrow()
            .reason());
    KeyAccount community =
        OpFixture.account()
            .transfer(
                loan("60")
                    .apply(OpFixture.tov("pumps", "2025-02-01", "4800.00 USD"))
                    .organisation(AccountId.of("community-1")))
            .build();
    assertEquals(
        ReportabilityReason.NOT_A_TEACHING_HOSPITAL,
        OpenPaymentsPack.of(OpFixture.withHospitalList(2025))
            .aggregateSpend(community, asOf)
            .assessment(pumps, AccountId.of("community-1"))
            .orElseThrow()
            .reason());
  }

  private static UnaryOperator<TransferOfValue.Builder> loan(String days) {
    return t ->
        excluded(StatutoryExclusion.SHORT_TERM_DEVICE_LOAN)
            .apply(t)
            .nature(NatureOfPayment.LONG_TERM_MEDICAL_SUPPLY_OR_DEVICE_LOAN)
            .addFact(Fact.of(OpenPaymentsFacts.DEVICE_LOAN_DAYS, Long.parseLong(days)));
  }

  @Test
  void aLargeConferenceItemIsExcludedBelowTheMinimumAndCountsTowardTheAggregateByDefault() {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .pay("buffet", "p", "2025-05-01", "13.45", excluded(CONFERENCE))
            .pay("gala", "p", "2025-05-01", "13.46", excluded(CONFERENCE))
            .pay("small", "p", "2025-06-01", "10.00")
            .pay("fee", "p", "2025-06-02", "97.64", t -> t.nature(NatureOfPayment.CONSULTING_FEE))
            .build();
    LocalDate asOf = LocalDate.of(2025, 12, 31);
    // 13.45 + 13.46 + 10.00 + 97.64 = 134.55: exceeds $134.54 only if the buffet counts
    OpenPaymentsPolicy byDefault = OpenPaymentsPolicy.builder().build();
    assertEquals(byDefault, OpenPaymentsPack.of(byDefault).policy());
    AggregateSpend counted = OpenPaymentsPack.of(byDefault).aggregateSpend(account, asOf);
    assertEquals(ReportabilityReason.STATUTORY_EXCLUSION, reason(counted, "buffet", "p"));
    assertEquals(ReportabilityReason.AT_OR_ABOVE_MINIMUM, reason(counted, "gala", "p"));
    assertEquals(ReportabilityReason.AGGREGATE_EXCEEDED, reason(counted, "small", "p"));

    AggregateSpend left =
        OpenPaymentsPack.of(
                OpenPaymentsPolicy.builder().largeConferenceItemsInAggregate(false).build())
            .aggregateSpend(account, asOf);
    assertEquals(ReportabilityReason.BELOW_MINIMUM, reason(left, "small", "p"));
  }

  @Test
  void paymentsBeforeDataCollectionAndAfterAsOfAreLeftAlone() {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .pay("before", "p", "2013-07-31", "500.00")
            .pay("first-day", "p", "2013-08-01", "10.00")
            .pay("future", "p", "2026-02-01", "500.00")
            .build();
    AggregateSpend spend = PACK.aggregateSpend(account, LocalDate.of(2026, 1, 1));
    assertEquals(ReportabilityReason.BEFORE_DATA_COLLECTION, reason(spend, "before", "p"));
    assertEquals(ReportabilityReason.AT_OR_ABOVE_MINIMUM, reason(spend, "first-day", "p"));
    assertTrue(spend.assessment(TransferOfValueId.of("future"), StakeholderId.of("p")).isEmpty());
  }

  @Test
  void totalsAreKeptPerManufacturer() {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .pay("ours", "p", "2025-02-01", "13.00")
            .pay(
                "theirs",
                "p",
                "2025-02-01",
                "130.00",
                OpFixture.fact(OpenPaymentsFacts.MANUFACTURER, "Partner Devices LLC"))
            .build();
    OpenPaymentsPack pack =
        OpenPaymentsPack.of(
            OpenPaymentsPolicy.builder().manufacturerName("Acme Pharma Inc.").build());
    AggregateSpend spend = pack.aggregateSpend(account, LocalDate.of(2025, 12, 31));
    assertEquals(2, spend.of(StakeholderId.of("p")).size());
    // $143.00 in all, but only $13.00 from Acme: the small payment stays unreportable
    assertEquals(ReportabilityReason.BELOW_MINIMUM, reason(spend, "ours", "p"));
  }

  @Test
  void aPortfolioPoolsARecipientAcrossAccounts() {
    KeyAccount one =
        OpFixture.account().physician("p").pay("a", "p", "2025-02-01", "13.00").build();
    KeyAccount two =
        OpFixture.account()
            .physician("p")
            .pay("b", "p", "2025-03-01", "130.00")
            .build()
            .withAccount(one.account().withId(AccountId.of("acc-2")));
    LocalDate asOf = LocalDate.of(2025, 12, 31);
    assertEquals(
        ReportabilityReason.BELOW_MINIMUM, reason(PACK.aggregateSpend(one, asOf), "a", "p"));
    assertEquals(
        ReportabilityReason.AGGREGATE_EXCEEDED,
        reason(
            PACK.aggregateSpend(Portfolio.builder().addAccounts(one, two).build(), asOf),
            "a",
            "p"));
  }

  @Test
  void aNursePractitionersMealOn31December2020IsNotReportableAndOn1January2021ItIs() {
    KeyAccount account =
        OpFixture.account()
            .hcp("np", HcpProfession.NURSE_PRACTITIONER, TrainingStatus.PRACTISING)
            .pay("nye", "np", "2020-12-31", "50.00")
            .pay("nyd", "np", "2021-01-01", "50.00")
            .build();
    AggregateSpend spend =
        OpenPaymentsPack.withDefaults().aggregateSpend(account, LocalDate.of(2021, 12, 31));
    assertEquals(
        ReportabilityReason.NON_PHYSICIAN_PRACTITIONER_BEFORE_2021, reason(spend, "nye", "np"));
    assertEquals(ReportabilityReason.AT_OR_ABOVE_MINIMUM, reason(spend, "nyd", "np"));
  }

  @Test
  void theNotCoveredFindingGivesTheCoverageReasonEvenAfterAPreCollectionPayment() {
    KeyAccount account =
        OpFixture.account()
            .hcp("rx", HcpProfession.PHARMACIST, TrainingStatus.PRACTISING)
            .pay("july", "rx", "2013-07-01", "50.00")
            .pay("sept", "rx", "2013-09-01", "50.00")
            .build();
    List<Message> found =
        OpFixture.messages(
            PACK.check(account, LocalDate.of(2014, 1, 1)), OpenPaymentsRules.NOT_COVERED);
    assertEquals(
        List.of(
            message(
                OpenPaymentsCode.NOT_COVERED,
                doctor("rx"),
                Arg.year(2013),
                nested(OpenPaymentsCode.ASSESSMENT_NOT_A_COVERED_PROFESSION),
                Arg.of(2))),
        found);
  }

  @Test
  void eachRecipientYearIsFoundByItsOwnRecipientAndYear() {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .physician("q")
            .pay("p25", "p", "2025-05-01", "20.00")
            .pay("q25", "q", "2025-05-01", "30.00")
            .pay("q26", "q", "2026-01-05", "40.00")
            .build();
    AggregateSpend spend = PACK.aggregateSpend(account, LocalDate.of(2026, 6, 1));
    RecipientYear q25 = spend.of(StakeholderId.of("q"), 2025).orElseThrow();
    assertEquals(StakeholderId.of("q"), q25.recipient());
    assertEquals(2025, q25.programYear());
    assertEquals(Money.of("30.00", "USD"), q25.total());
    assertEquals(2026, spend.of(StakeholderId.of("q"), 2026).orElseThrow().programYear());
    assertEquals(Optional.empty(), spend.of(StakeholderId.of("p"), 2026));
  }

  @Test
  void onlyTransfersWithTheReasonAreFoundUnderItsRule() {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .transfer(
                OpFixture.tov("eur", "2025-05-01", "50.00 EUR").recipient(StakeholderId.of("p")))
            .pay("usd", "p", "2025-05-02", "50.00")
            .pay("sample", "p", "2025-05-03", "50.00", excluded(StatutoryExclusion.PRODUCT_SAMPLE))
            .build();
    List<Finding> findings = PACK.check(account, LocalDate.of(2025, 12, 31));
    assertEquals(
        List.of(List.of(TransferOfValueId.of("eur"))),
        findings.stream()
            .filter(f -> f.ruleId().equals(OpenPaymentsRules.NO_USD_RATE.id()))
            .map(Finding::subjects)
            .toList());
    assertEquals(
        List.of(List.of(TransferOfValueId.of("sample"))),
        findings.stream()
            .filter(f -> f.ruleId().equals(OpenPaymentsRules.EXCLUSION_APPLIED.id()))
            .map(Finding::subjects)
            .toList());
  }

  @Test
  void aRecipientYearSummaryNamesTheManufacturerThatPaid() {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .pay("t", "p", "2025-05-01", "50.00", fact(OpenPaymentsFacts.MANUFACTURER, "Acme"))
            .build();
    List<Message> reportable =
        OpFixture.messages(
            PACK.check(account, LocalDate.of(2025, 12, 31)), OpenPaymentsRules.REPORTABLE);
    assertEquals(
        List.of(
            message(
                OpenPaymentsCode.REPORTABLE,
                doctor("p"),
                Arg.of(CoveredRecipientType.PHYSICIAN),
                Arg.year(2025),
                Arg.of(1),
                Arg.of(1),
                usd("50.00"),
                usd("50.00"),
                Arg.list(
                    nested(OpenPaymentsCode.NOTE_MANUFACTURER, Arg.text("Acme")),
                    nested(OpenPaymentsCode.NOTE_AGGREGATE_WITHIN, usd("50.00"), usd("134.54"))))),
        reportable);
    assertEquals("below-minimum", ReportabilityReason.BELOW_MINIMUM.code());
  }

  @Test
  void recipientYearsRunByManufacturerThenRecipientAndTransfersByDateThenId() {
    KeyAccount account =
        OpFixture.account()
            .physician("a")
            .physician("p")
            .pay("p-beta", "p", "2025-05-01", "20.00", fact(OpenPaymentsFacts.MANUFACTURER, "Beta"))
            .pay("a-beta", "a", "2025-05-01", "20.00", fact(OpenPaymentsFacts.MANUFACTURER, "Beta"))
            .pay("t2", "p", "2025-05-01", "20.00", fact(OpenPaymentsFacts.MANUFACTURER, "Acme"))
            .pay("t1", "p", "2025-05-01", "20.00", fact(OpenPaymentsFacts.MANUFACTURER, "Acme"))
            .build();
    AggregateSpend spend = PACK.aggregateSpend(account, LocalDate.of(2025, 12, 31));
    assertEquals(
        List.of("Acme p", "Beta a", "Beta p"),
        spend.recipientYears().stream()
            .map(ry -> ry.manufacturer().orElseThrow() + " " + ry.recipient().value())
            .toList());
    assertEquals(
        List.of(TransferOfValueId.of("t1"), TransferOfValueId.of("t2")),
        spend.recipientYears().get(0).assessments().stream()
            .map(TransferAssessment::transfer)
            .toList());
  }

  @Test
  void aHospitalAndAPersonSharingAnIdAreKeptApartHospitalFirst() {
    KeyAccount account =
        OpFixture.account()
            .physician(OpFixture.HOSPITAL.value())
            .pay("to-person", OpFixture.HOSPITAL.value(), "2025-05-01", "20.00")
            .transfer(
                OpFixture.tov("to-hospital", "2025-05-01", "20.00 USD")
                    .organisation(OpFixture.HOSPITAL))
            .build();
    AggregateSpend spend =
        OpenPaymentsPack.of(OpFixture.withHospitalList(2025))
            .aggregateSpend(account, LocalDate.of(2025, 12, 31));
    assertEquals(
        List.of("AccountId", "StakeholderId"),
        spend.recipientYears().stream()
            .map(ry -> ry.recipient().getClass().getSimpleName())
            .toList());
  }
}
