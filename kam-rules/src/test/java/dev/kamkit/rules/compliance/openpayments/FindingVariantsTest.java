package dev.kamkit.rules.compliance.openpayments;

import static dev.kamkit.rules.compliance.openpayments.OpFixture.doctor;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.message;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.nested;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The situations a rule or reason words differently, each under its own code: who a space rental
 * goes to, the notes of a recipient-year summary, an aggregate not fully known, and how a recipient
 * is named.
 */
class FindingVariantsTest {
  private static final OpenPaymentsPack PACK = OpenPaymentsPack.withDefaults();
  private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);

  @Test
  void spaceRentalToAGroupIsItsOwnSituation() {
    KeyAccount account =
        OpFixture.account()
            .physician("a")
            .physician("b")
            .transfer(
                OpFixture.tov("t", "2025-05-01", "400.00 USD")
                    .addAttendees(StakeholderId.of("a"), StakeholderId.of("b"))
                    .headcount(2)
                    .nature(NatureOfPayment.SPACE_RENTAL_OR_FACILITY_FEES))
            .build();
    assertEquals(
        List.of(message(OpenPaymentsCode.SPACE_RENTAL_TO_GROUP)),
        OpFixture.messages(
            PACK.check(account, END_2025), OpenPaymentsRules.SPACE_RENTAL_NOT_TEACHING_HOSPITAL));
  }

  @Test
  void aSummaryNotesAnAggregateOverTheTrigger() {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .pay("t-1", "p", "2025-03-01", "100.00")
            .pay("t-2", "p", "2025-04-01", "10.00")
            .pay("t-3", "p", "2025-05-01", "40.00")
            .build();
    assertEquals(
        List.of(
            summary(
                "p",
                2025,
                3,
                3,
                "150.00",
                "150.00",
                nested(OpenPaymentsCode.NOTE_AGGREGATE_EXCEEDS, usd("150.00"), usd("134.54")))),
        OpFixture.messages(PACK.check(account, END_2025), OpenPaymentsRules.REPORTABLE));
  }

  @Test
  void aSummaryOfAnOpenYearWithoutThresholdsSaysSo() {
    KeyAccount account =
        OpFixture.account().physician("p").pay("t-1", "p", "2022-03-01", "40.00").build();
    assertEquals(
        List.of(
            summary(
                "p",
                2022,
                0,
                1,
                "0.00",
                "40.00",
                nested(OpenPaymentsCode.NOTE_NO_THRESHOLD),
                nested(OpenPaymentsCode.NOTE_SO_FAR))),
        OpFixture.messages(
            PACK.check(account, LocalDate.of(2022, 6, 30)), OpenPaymentsRules.REPORTABLE));
    assertEquals(
        message(OpenPaymentsCode.ASSESSMENT_PROGRAM_YEAR_UNKNOWN, Arg.year(2022)),
        PACK.aggregateSpend(account, LocalDate.of(2022, 6, 30)).assessments().get(0).why());
  }

  @Test
  void anAggregateWithAnAmountWithoutARateIsIncomplete() {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .pay("small", "p", "2025-03-01", "5.00")
            .transfer(
                OpFixture.tov("eur", "2025-04-01", "50.00 EUR").recipient(StakeholderId.of("p")))
            .build();
    AggregateSpend spend = PACK.aggregateSpend(account, END_2025);
    assertEquals(
        List.of(
            message(
                OpenPaymentsCode.ASSESSMENT_AGGREGATE_INCOMPLETE,
                usd("5.00"),
                Arg.year(2025),
                usd("13.46"),
                usd("5.00"),
                usd("134.54")),
            message(
                OpenPaymentsCode.ASSESSMENT_NO_USD_RATE,
                Arg.of(Money.of("50.00", "EUR")),
                Arg.of(LocalDate.of(2025, 4, 1)))),
        spend.assessments().stream().map(TransferAssessment::why).toList());
    assertEquals(
        List.of(
            summary(
                "p",
                2025,
                0,
                2,
                "0.00",
                "5.00",
                nested(OpenPaymentsCode.NOTE_AGGREGATE_WITHIN, usd("5.00"), usd("134.54")),
                nested(OpenPaymentsCode.NOTE_INCOMPLETE))),
        OpFixture.messages(PACK.check(account, END_2025), OpenPaymentsRules.REPORTABLE));
  }

  @Test
  void anOrganisationIsNamedByTheAccountItIsElseByItsId() {
    AccountId other = AccountId.of("clinic-9");
    KeyAccount account =
        OpFixture.account()
            .transfer(
                OpFixture.tov("own", "2025-05-01", "500.00 USD")
                    .organisation(OpFixture.ACCOUNT)
                    .nature(NatureOfPayment.GRANT))
            .transfer(
                OpFixture.tov("their", "2025-05-01", "500.00 USD")
                    .organisation(other)
                    .nature(NatureOfPayment.GRANT))
            .build();
    Arg notOnTheList = nested(OpenPaymentsCode.ASSESSMENT_NOT_A_TEACHING_HOSPITAL, Arg.year(2025));
    assertEquals(
        List.of(
            message(
                OpenPaymentsCode.NOT_COVERED,
                Arg.of(OpFixture.ACCOUNT, "Riverside Health"),
                Arg.year(2025),
                notOnTheList,
                Arg.of(1)),
            message(
                OpenPaymentsCode.NOT_COVERED,
                Arg.of(other, "clinic-9"),
                Arg.year(2025),
                notOnTheList,
                Arg.of(1))),
        OpFixture.messages(
            OpenPaymentsPack.of(OpFixture.withHospitalList(2025)).check(account, END_2025),
            OpenPaymentsRules.NOT_COVERED));
  }

  @Test
  void eachCoverageReasonHasItsOwnCode() {
    assertEquals(
        List.of(
            message(OpenPaymentsCode.ASSESSMENT_RESIDENT),
            message(OpenPaymentsCode.ASSESSMENT_NON_PHYSICIAN_PRACTITIONER_BEFORE_2021),
            message(OpenPaymentsCode.ASSESSMENT_NOT_A_COVERED_PROFESSION),
            message(OpenPaymentsCode.ASSESSMENT_NO_US_LICENCE),
            message(OpenPaymentsCode.ASSESSMENT_NOT_A_HEALTHCARE_PROFESSIONAL),
            message(OpenPaymentsCode.ASSESSMENT_NOT_A_TEACHING_HOSPITAL, Arg.year(2020)),
            message(OpenPaymentsCode.ASSESSMENT_BEFORE_DATA_COLLECTION),
            message(OpenPaymentsCode.ASSESSMENT_PROGRAM_YEAR_UNKNOWN, Arg.year(2020)),
            message(OpenPaymentsCode.ASSESSMENT_TEACHING_HOSPITAL_LIST_MISSING, Arg.year(2020))),
        List.of(
                ReportabilityReason.RESIDENT,
                ReportabilityReason.NON_PHYSICIAN_PRACTITIONER_BEFORE_2021,
                ReportabilityReason.NOT_A_COVERED_PROFESSION,
                ReportabilityReason.NO_US_LICENCE,
                ReportabilityReason.NOT_A_HEALTHCARE_PROFESSIONAL,
                ReportabilityReason.NOT_A_TEACHING_HOSPITAL,
                ReportabilityReason.BEFORE_DATA_COLLECTION,
                ReportabilityReason.PROGRAM_YEAR_UNKNOWN,
                ReportabilityReason.TEACHING_HOSPITAL_LIST_MISSING)
            .stream()
            .map(r -> Explanations.of(r, 2020))
            .toList());
  }

  @Test
  void aMealBeforeDataCollectionSaysSo() {
    KeyAccount account =
        OpFixture.account().physician("p").pay("old", "p", "2013-07-31", "50.00").build();
    assertEquals(
        message(OpenPaymentsCode.ASSESSMENT_BEFORE_DATA_COLLECTION),
        PACK.aggregateSpend(account, END_2025)
            .assessment(TransferOfValueId.of("old"), StakeholderId.of("p"))
            .orElseThrow()
            .why());
  }

  private static Message summary(
      String who,
      int year,
      int reportable,
      int transfers,
      String reportableTotal,
      String total,
      Arg... notes) {
    return message(
        OpenPaymentsCode.REPORTABLE,
        doctor(who),
        Arg.of(CoveredRecipientType.PHYSICIAN),
        Arg.year(year),
        Arg.of(reportable),
        Arg.of(transfers),
        usd(reportableTotal),
        usd(total),
        Arg.list(notes));
  }
}
