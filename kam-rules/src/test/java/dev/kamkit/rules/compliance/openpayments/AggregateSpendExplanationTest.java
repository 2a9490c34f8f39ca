package dev.kamkit.rules.compliance.openpayments;

import static dev.kamkit.rules.compliance.openpayments.OpFixture.message;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The aggregate-spend view and each assessment explain themselves as codes and arguments. */
class AggregateSpendExplanationTest {
  private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);
  private static final KeyAccount ACCOUNT =
      OpFixture.account()
          .physician("p")
          .pay("small", "p", "2025-09-01", "13.45")
          .pay("big", "p", "2025-10-01", "50.00")
          .build();

  private static Explanation assessment(OpenPaymentsCode code, TransferAssessment a) {
    return Explanation.of(
        message(
            code,
            Arg.of(a.transfer()),
            Arg.of(StakeholderId.of("p")),
            Arg.of(a.date()),
            Arg.of(a.why())));
  }

  @Test
  void theViewExplainsItselfRecipientYearByRecipientYear() {
    AggregateSpend spend = OpenPaymentsPack.withDefaults().aggregateSpend(ACCOUNT, END_2025);
    assertEquals("kamkit-openpayments-1", spend.policyVersion());
    Explanation e = spend.explanation();
    assertEquals(
        message(
            OpenPaymentsCode.AGGREGATE_SPEND,
            Arg.of(END_2025),
            Arg.text("kamkit-openpayments-1"),
            Arg.of(1),
            Arg.of(2),
            Arg.of(1)),
        e.line());
    assertEquals(1, e.details().size());
    Explanation year = e.details().get(0);
    assertEquals(
        message(
            OpenPaymentsCode.AGGREGATE_RECIPIENT_YEAR,
            Arg.of(StakeholderId.of("p")),
            Arg.year(2025),
            Arg.of(1),
            Arg.of(2),
            usd("50.00"),
            usd("63.45")),
        year.line());
    assertEquals(
        spend.assessments().stream().map(TransferAssessment::explanation).toList(), year.details());
  }

  @Test
  void anAssessmentSaysWhetherItIsReportableAndWhy() {
    AggregateSpend spend = OpenPaymentsPack.withDefaults().aggregateSpend(ACCOUNT, END_2025);
    TransferAssessment big =
        spend.assessment(TransferOfValueId.of("big"), StakeholderId.of("p")).orElseThrow();
    TransferAssessment small =
        spend.assessment(TransferOfValueId.of("small"), StakeholderId.of("p")).orElseThrow();
    assertEquals(assessment(OpenPaymentsCode.ASSESSMENT_REPORTABLE, big), big.explanation());
    assertEquals(OpenPaymentsCode.ASSESSMENT_AT_OR_ABOVE_MINIMUM, big.why().code());
    assertEquals(
        assessment(OpenPaymentsCode.ASSESSMENT_NOT_REPORTABLE, small), small.explanation());
    assertEquals(OpenPaymentsCode.ASSESSMENT_BELOW_MINIMUM, small.why().code());
    KeyAccount unknownYear =
        OpFixture.account().physician("p").pay("later", "p", "2031-03-01", "50.00").build();
    TransferAssessment later =
        OpenPaymentsPack.withDefaults()
            .aggregateSpend(unknownYear, LocalDate.of(2031, 12, 31))
            .assessments()
            .get(0);
    assertEquals(ReportabilityStatus.UNDETERMINED, later.status());
    assertEquals(assessment(OpenPaymentsCode.ASSESSMENT_UNDETERMINED, later), later.explanation());
  }

  @Test
  void theViewNamesTheVersionOfTheHostsPolicy() {
    OpenPaymentsPack pack =
        OpenPaymentsPack.of(OpenPaymentsPolicy.defaults().withVersion("acme-openpayments-2"));
    assertEquals(
        List.of("acme-openpayments-2"),
        List.of(pack.aggregateSpend(ACCOUNT, END_2025).policyVersion()));
  }
}
