package dev.kamkit.rules.compliance.openpayments;

import static dev.kamkit.rules.compliance.openpayments.OpFixture.doctor;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.reason;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.stakeholder.EmploymentBasis;
import dev.kamkit.model.stakeholder.ManufacturerEmployment;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Salary and benefits paid to a physician who is the manufacturer's bona fide employee are not
 * reported; what a contractor or consultant is paid is (CMS Open Payments FAQs). The boundaries:
 * employee against contractor, and the last day of employment against the day after.
 */
class EmploymentTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
  private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

  /** A bona fide employee from 1 April 2024 to 30 June 2025. */
  static final ManufacturerEmployment EMPLOYEE =
      ManufacturerEmployment.builder()
          .basis(EmploymentBasis.EMPLOYEE)
          .since(LocalDate.of(2024, 4, 1))
          .until(LAST_DAY)
          .build();

  /** A consultant under a service agreement since 1 January 2024. */
  static final ManufacturerEmployment CONTRACTOR =
      ManufacturerEmployment.builder()
          .basis(EmploymentBasis.CONTRACTOR)
          .since(LocalDate.of(2024, 1, 1))
          .build();

  /** A month's salary, paid in cash and marked as an employee's compensation. */
  static TransferOfValue.Builder salary(TransferOfValue.Builder t) {
    return t.nature(NatureOfPayment.SERVICES_OTHER_THAN_CONSULTING)
        .form(FormOfPayment.CASH_OR_CASH_EQUIVALENT)
        .employmentCompensation(true);
  }

  private static KeyAccount paid(ManufacturerEmployment employment, LocalDate date) {
    return OpFixture.account()
        .employedPhysician("p", employment)
        .pay("salary", "p", date.toString(), "9000.00", EmploymentTest::salary)
        .build();
  }

  private static ReportabilityReason reasonFor(KeyAccount account) {
    return reason(OpenPaymentsPack.withDefaults().aggregateSpend(account, AS_OF), "salary", "p");
  }

  private static List<Message> notEmployee(KeyAccount account) {
    List<Finding> findings = OpenPaymentsPack.withDefaults().check(account, AS_OF);
    return OpFixture.messages(findings, OpenPaymentsRules.EMPLOYEE_COMPENSATION_NOT_EMPLOYEE);
  }

  @Test
  void anEmployeesSalaryOnTheLastDayOfEmploymentIsNotReported() {
    KeyAccount account = paid(EMPLOYEE, LAST_DAY);
    assertEquals(ReportabilityReason.EMPLOYEE_COMPENSATION, reasonFor(account));
    assertEquals(ReportabilityStatus.NOT_REPORTABLE, reasonFor(account).status());
    assertEquals(List.of(), notEmployee(account));
    assertEquals(List.of(), OpenPaymentsPack.withDefaults().generalPaymentRecords(account, AS_OF));
  }

  @Test
  void theDayAfterEmploymentEndsThePaymentIsReportedAndTheMarkQuestioned() {
    KeyAccount account = paid(EMPLOYEE, LAST_DAY.plusDays(1));
    assertEquals(ReportabilityReason.AT_OR_ABOVE_MINIMUM, reasonFor(account));
    assertEquals(
        List.of(
            Message.of(
                OpenPaymentsCode.EMPLOYEE_COMPENSATION_NOT_EMPLOYED,
                doctor("p"),
                Arg.of(LAST_DAY.plusDays(1)))),
        notEmployee(account));
  }

  @Test
  void aConsultantsFeeIsReportedEvenWhenMarkedAsSalary() {
    KeyAccount account = paid(CONTRACTOR, LAST_DAY);
    assertEquals(ReportabilityReason.AT_OR_ABOVE_MINIMUM, reasonFor(account));
    assertEquals(
        List.of(Message.of(OpenPaymentsCode.EMPLOYEE_COMPENSATION_TO_CONTRACTOR, doctor("p"))),
        notEmployee(account));
  }

  @Test
  void anEmployeesMealIsJudgedAsAnyOtherPayment() {
    KeyAccount account =
        OpFixture.account()
            .employedPhysician("p", EMPLOYEE)
            .pay("salary", "p", "2025-05-01", "40.00")
            .build();
    assertEquals(ReportabilityReason.AT_OR_ABOVE_MINIMUM, reasonFor(account));
    assertEquals(List.of(), notEmployee(account));
  }

  @Test
  void anEmployeesSalaryDoesNotCountTowardTheAggregate() {
    KeyAccount account =
        OpFixture.account()
            .employedPhysician("p", EMPLOYEE)
            .pay("salary", "p", "2025-05-01", "9000.00", EmploymentTest::salary)
            .pay("coffee", "p", "2025-05-02", "5.00")
            .build();
    assertEquals(
        ReportabilityReason.BELOW_MINIMUM,
        reason(OpenPaymentsPack.withDefaults().aggregateSpend(account, AS_OF), "coffee", "p"));
  }
}
