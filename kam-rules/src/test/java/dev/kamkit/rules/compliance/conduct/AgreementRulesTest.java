package dev.kamkit.rules.compliance.conduct;

import static dev.kamkit.rules.compliance.conduct.ConductFixture.HALE;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.HALE_ARG;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.TO_HALE;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.account;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.agreement;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.args;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.check;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.consulting;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.fee;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.message;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.messages;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.only;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.paid;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.pay;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.payment;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.CompensationBasis;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.ServiceAgreement;
import dev.kamkit.model.engagement.ServiceKind;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.ServiceAgreementId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.stakeholder.EmploymentBasis;
import dev.kamkit.model.stakeholder.ManufacturerEmployment;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Service agreements and payments for services: personal services safe harbor, 42 CFR 1001.952(d).
 */
class AgreementRulesTest {
  private static final String VOLUME = "conduct.agreement.volume-based";
  private static final String NO_AGREEMENT = "conduct.payment.no-agreement";
  private static final String UNSIGNED = "conduct.agreement.unsigned";
  private static final String SIGNED_LATE = "conduct.agreement.signed-late";
  private static final String COMPENSATION = "conduct.agreement.compensation-not-in-advance";

  private static final Set<NatureOfPayment> SERVICES =
      EnumSet.of(
          NatureOfPayment.CONSULTING_FEE,
          NatureOfPayment.SERVICES_OTHER_THAN_CONSULTING,
          NatureOfPayment.SPEAKER_UNACCREDITED_CONTINUING_EDUCATION,
          NatureOfPayment.SPEAKER_ACCREDITED_CONTINUING_EDUCATION,
          NatureOfPayment.SPEAKER_MEDICAL_EDUCATION,
          NatureOfPayment.HONORARIA);

  static KeyAccount with(ServiceAgreement.Builder agreement, String... feeDates) {
    KeyAccount.Builder a = account().addServiceAgreements(agreement.build());
    for (int i = 0; i < feeDates.length; i++) {
      a.addTransfersOfValue(fee("fee-" + (i + 1), feeDates[i], "sa-1"));
    }
    return a.build();
  }

  @Test
  void volumeBasedPayIsAnErrorNamingTheAgreementAndItsPayments() {
    List<Finding> findings =
        check(
            with(
                agreement("sa-1", "2026-01-01")
                    .compensationBasis(CompensationBasis.VOLUME_OR_VALUE_OF_BUSINESS),
                "2026-03-01"));
    assertEquals(List.of(VOLUME), rules(findings));
    Finding f = findings.get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(
        List.<KamId>of(ServiceAgreementId.of("sa-1"), TransferOfValueId.of("fee-1")), f.subjects());
    assertEquals(
        message(
            ConductCode.VOLUME_BASED,
            consulting("sa-1"),
            args(
                Arg.of(LocalDate.parse("2026-01-01")),
                Arg.of(1),
                Arg.list(payment("fee-1", "1500.00 USD", "2026-03-01")))),
        f.message());
  }

  @Test
  void aVolumeBasedAgreementIsReportedBeforeItsTermBegins() {
    List<Finding> findings =
        check(
            with(
                agreement("sa-1", "2027-01-01")
                    .compensationBasis(CompensationBasis.VOLUME_OR_VALUE_OF_BUSINESS)
                    .signedOn(Optional.empty())
                    .compensationSetOn(Optional.empty())));
    assertEquals(List.of(VOLUME), rules(findings));
  }

  @ParameterizedTest
  @EnumSource(CompensationBasis.class)
  void onlyVolumeOrValueOfBusinessIsVolumeBased(CompensationBasis basis) {
    List<Finding> findings = check(with(agreement("sa-1", "2026-01-01").compensationBasis(basis)));
    assertEquals(
        basis == CompensationBasis.VOLUME_OR_VALUE_OF_BUSINESS ? List.of(VOLUME) : List.of(),
        rules(findings));
  }

  @ParameterizedTest
  @EnumSource(NatureOfPayment.class)
  void paymentsForServicesNeedAnAgreementAndOtherNaturesDoNot(NatureOfPayment nature) {
    KeyAccount a =
        account()
            .addTransfersOfValue(pay("t-1", "2026-05-04", "800.00 USD", nature).build())
            .build();
    assertEquals(
        SERVICES.contains(nature) ? List.of(NO_AGREEMENT) : List.of(),
        rules(only(check(a), NO_AGREEMENT)));
  }

  @ParameterizedTest
  @CsvSource({
    // basis, employed since, salary's day, needs an agreement
    "EMPLOYEE, 2025-07-01, 2026-10-30, false",
    "EMPLOYEE, 2025-07-01, 2025-07-01, false",
    "EMPLOYEE, 2025-07-01, 2025-06-30, true",
    "CONTRACTOR, 2025-07-01, 2026-10-30, true"
  })
  void anEmployeesSalaryIsPaidUnderTheEmploymentNotAnAgreement(
      EmploymentBasis basis, String since, String day, boolean needsAgreement) {
    KeyAccount base = account().build();
    List<Stakeholder> people = new ArrayList<>();
    for (Stakeholder s : base.stakeholders()) {
      people.add(
          s.id().equals(HALE)
              ? Stakeholder.builder()
                  .from(s)
                  .manufacturerEmployment(
                      ManufacturerEmployment.builder()
                          .basis(basis)
                          .since(LocalDate.parse(since))
                          .build())
                  .build()
              : s);
    }
    KeyAccount a =
        KeyAccount.builder()
            .from(base)
            .stakeholders(people)
            .addTransfersOfValue(
                pay("t-1", day, "6250.00 USD", NatureOfPayment.SERVICES_OTHER_THAN_CONSULTING)
                    .employmentCompensation(true)
                    .build())
            .build();
    assertEquals(
        needsAgreement ? List.of(NO_AGREEMENT) : List.of(), rules(only(check(a), NO_AGREEMENT)));
  }

  @Test
  void aPaymentWithoutAnAgreementNamesTheRecipientAmountAndDay() {
    KeyAccount a =
        account()
            .addTransfersOfValue(
                pay("t-1", "2026-05-04", "800.00 USD", NatureOfPayment.HONORARIA).build(),
                pay("t-2", "2026-05-05", "900.00 USD", NatureOfPayment.CONSULTING_FEE)
                    .recipient(Optional.empty())
                    .organisation(AccountId.of("riverside"))
                    .build())
            .build();
    assertEquals(
        List.of(
            message(
                ConductCode.NO_AGREEMENT,
                paid("t-1", "800.00 USD", "2026-05-04"),
                args(Arg.of(NatureOfPayment.HONORARIA), TO_HALE)),
            message(
                ConductCode.NO_AGREEMENT,
                paid("t-2", "900.00 USD", "2026-05-05"),
                args(
                    Arg.of(NatureOfPayment.CONSULTING_FEE),
                    Arg.of(
                        Message.of(
                            ConductCode.RECIPIENT_ORGANISATION,
                            Arg.of(AccountId.of("riverside"), "Riverside Health")))))),
        messages(check(a), NO_AGREEMENT));
    assertEquals(Severity.WARNING, only(check(a), NO_AGREEMENT).get(0).severity());
  }

  @Test
  void theNaturesNeedingAnAgreementAreAPolicySetting() {
    KeyAccount a =
        account()
            .addTransfersOfValue(
                pay("t-1", "2026-05-04", "800.00 USD", NatureOfPayment.HONORARIA).build(),
                pay("t-2", "2026-05-04", "300.00 USD", NatureOfPayment.TRAVEL_AND_LODGING).build())
            .build();
    ConductPolicy travelToo =
        ConductPolicy.builder()
            .agreementNatures(EnumSet.of(NatureOfPayment.TRAVEL_AND_LODGING))
            .build();
    assertEquals(List.of(NO_AGREEMENT), rules(check(travelToo, a)));
    assertEquals(TransferOfValueId.of("t-2"), check(travelToo, a).get(0).subjects().get(0));
    ConductPolicy off = ConductPolicy.builder().agreementNatures(Set.of()).build();
    assertEquals(List.of(), check(off, a));
  }

  @Test
  void paymentsAfterTheDayCheckedAreNotJudged() {
    KeyAccount a =
        account()
            .addTransfersOfValue(
                pay("t-1", "2026-11-22", "800.00 USD", NatureOfPayment.HONORARIA).build(),
                pay("t-2", "2026-11-23", "800.00 USD", NatureOfPayment.HONORARIA).build())
            .build();
    assertEquals(
        List.<KamId>of(TransferOfValueId.of("t-1")),
        only(check(a), NO_AGREEMENT).stream().flatMap(f -> f.subjects().stream()).toList());
  }

  @Test
  void anUnsignedAgreementIsReportedOnceItsTermHasBegunOrItHasPaid() {
    ServiceAgreement.Builder unsigned = agreement("sa-1", "2026-11-22").signedOn(Optional.empty());
    assertEquals(
        List.of(
            message(
                ConductCode.UNSIGNED,
                consulting("sa-1"),
                args(Arg.of(LocalDate.parse("2026-11-22")), Arg.of(0), Arg.list()))),
        messages(check(with(unsigned)), UNSIGNED));

    ServiceAgreement.Builder future = agreement("sa-1", "2026-11-23").signedOn(Optional.empty());
    assertEquals(List.of(), check(with(future)), "its term has not begun");
    List<Finding> paidEarly = check(with(future, "2026-11-01"));
    assertEquals(
        List.of(
            message(
                ConductCode.UNSIGNED,
                consulting("sa-1"),
                args(
                    Arg.of(LocalDate.parse("2026-11-23")),
                    Arg.of(1),
                    Arg.list(payment("fee-1", "1500.00 USD", "2026-11-01"))))),
        messages(paidEarly, UNSIGNED));
    assertEquals(
        List.<KamId>of(ServiceAgreementId.of("sa-1"), TransferOfValueId.of("fee-1")),
        only(paidEarly, UNSIGNED).get(0).subjects());
  }

  @ParameterizedTest(name = "signed {0} with the term starting 2026-03-10")
  @CsvSource({"2026-03-09, false", "2026-03-10, false", "2026-03-11, true"})
  void anAgreementIsSignedByTheFirstDayOfItsTerm(String signedOn, boolean late) {
    List<Finding> findings =
        check(with(agreement("sa-1", "2026-03-10").signedOn(LocalDate.parse(signedOn))));
    assertEquals(late ? List.of(SIGNED_LATE) : List.of(), rules(findings));
    if (late) {
      assertEquals(
          message(
              ConductCode.SIGNED_AFTER_START,
              consulting("sa-1"),
              args(Arg.of(LocalDate.parse("2026-03-11")), Arg.of(LocalDate.parse("2026-03-10")))),
          findings.get(0).message());
      assertEquals(List.<KamId>of(ServiceAgreementId.of("sa-1")), findings.get(0).subjects());
    }
  }

  @ParameterizedTest(name = "signed on the first day 2026-03-10, paid {0}")
  @CsvSource({"2026-03-09, true", "2026-03-10, false", "2026-03-11, false"})
  void anAgreementIsSignedNoLaterThanAnyPaymentUnderIt(String paidOn, boolean late) {
    List<Finding> findings = check(with(agreement("sa-1", "2026-03-10"), paidOn));
    assertEquals(late ? 1 : 0, only(findings, SIGNED_LATE).size());
    assertEquals(late ? 1 : 0, only(findings, COMPENSATION).size());
    if (late) {
      assertEquals(
          List.<KamId>of(ServiceAgreementId.of("sa-1"), TransferOfValueId.of("fee-1")),
          only(findings, SIGNED_LATE).get(0).subjects());
    }
  }

  @Test
  void aPaymentBeforeTheTermAndTheSignatureIsReportedWithBothReasons() {
    List<Finding> findings =
        check(
            with(
                agreement("sa-1", "2026-03-01").signedOn(LocalDate.parse("2026-03-05")),
                "2026-02-20"));
    assertEquals(
        List.of(
            message(
                ConductCode.SIGNED_AFTER_START_AND_PAYMENTS,
                consulting("sa-1"),
                args(
                    Arg.of(LocalDate.parse("2026-03-05")),
                    Arg.of(LocalDate.parse("2026-03-01")),
                    Arg.list(payment("fee-1", "1500.00 USD", "2026-02-20"))))),
        messages(findings, SIGNED_LATE));
  }

  @Test
  void aSignatureOnTimeButAfterAnEarlyPaymentIsLate() {
    // signed on the first day of the term, but a payment went out the week before
    List<Finding> findings = check(with(agreement("sa-1", "2026-03-01"), "2026-02-22"));
    Arg[] afterTheFee =
        args(
            Arg.of(LocalDate.parse("2026-03-01")),
            Arg.list(payment("fee-1", "1500.00 USD", "2026-02-22")));
    assertEquals(
        List.of(message(ConductCode.SIGNED_AFTER_PAYMENTS, consulting("sa-1"), afterTheFee)),
        messages(findings, SIGNED_LATE));
    assertEquals(
        List.of(
            message(ConductCode.COMPENSATION_SET_AFTER_PAYMENTS, consulting("sa-1"), afterTheFee)),
        messages(findings, COMPENSATION));
  }

  @ParameterizedTest(name = "methodology set {0} with the term starting 2026-03-10")
  @CsvSource({"2026-03-09, false", "2026-03-10, false", "2026-03-11, true"})
  void theCompensationMethodologyIsSetByTheFirstDayOfTheTerm(String setOn, boolean late) {
    List<Finding> findings =
        check(with(agreement("sa-1", "2026-03-10").compensationSetOn(LocalDate.parse(setOn))));
    assertEquals(late ? List.of(COMPENSATION) : List.of(), rules(findings));
    if (late) {
      assertEquals(
          message(
              ConductCode.COMPENSATION_SET_AFTER_START,
              consulting("sa-1"),
              args(Arg.of(LocalDate.parse("2026-03-11")), Arg.of(LocalDate.parse("2026-03-10")))),
          findings.get(0).message());
    }
  }

  @Test
  void aMethodologyWithNoRecordedDayCannotBeShownToBeSetInAdvance() {
    List<Finding> findings =
        check(
            with(
                agreement("sa-1", "2026-03-10")
                    .kind(ServiceKind.ADVISORY_BOARD)
                    .compensationSetOn(Optional.empty())));
    assertEquals(
        List.of(
            message(
                ConductCode.COMPENSATION_SET_UNRECORDED,
                args(
                    Arg.of(ServiceAgreementId.of("sa-1")),
                    Arg.of(ServiceKind.ADVISORY_BOARD),
                    HALE_ARG,
                    Arg.of(LocalDate.parse("2026-03-10")),
                    Arg.of(0),
                    Arg.list()))),
        messages(findings, COMPENSATION));
    assertEquals(Severity.WARNING, findings.get(0).severity());
    assertEquals(
        List.of(),
        check(with(agreement("sa-1", "2026-11-23").compensationSetOn(Optional.empty()))),
        "not yet in effect");
  }

  @Test
  void since2021OnlyTheMethodologyNotTheAggregateIsSetInAdvance() {
    // no annual cap and an open-ended term: the 2020 rule asks for neither
    ServiceAgreement.Builder open = agreement("sa-1", "2025-01-01").end(Optional.empty());
    assertEquals(List.of(), check(with(open, "2025-06-01", "2026-06-01")));
    ServiceAgreement.Builder capped =
        agreement("sa-1", "2025-01-01").annualCap(Money.of("20000.00", "USD"));
    assertEquals(List.of(), check(with(capped, "2025-06-01")));
  }

  @Test
  void anAgreementWithAnOrganisationNamesIt() {
    List<Finding> findings =
        check(
            with(
                agreement("sa-1", "2026-01-01")
                    .stakeholder(Optional.empty())
                    .organisation(AccountId.of("riverside"))
                    .kind(ServiceKind.RESEARCH)
                    .signedOn(Optional.empty())));
    assertEquals(
        List.of(
            message(
                ConductCode.UNSIGNED,
                args(
                    Arg.of(ServiceAgreementId.of("sa-1")),
                    Arg.of(ServiceKind.RESEARCH),
                    Arg.of(AccountId.of("riverside"), "Riverside Health"),
                    Arg.of(LocalDate.parse("2026-01-01")),
                    Arg.of(0),
                    Arg.list()))),
        messages(findings, UNSIGNED));
  }

  @Test
  void paymentsUnderAnotherAgreementDoNotCount() {
    KeyAccount a =
        account()
            .addServiceAgreements(
                agreement("sa-1", "2026-03-01").signedOn(LocalDate.parse("2026-03-05")).build(),
                agreement("sa-2", "2026-01-01").build())
            .addTransfersOfValue(fee("fee-1", "2026-02-01", "sa-2"))
            .build();
    List<Finding> late = only(check(a), SIGNED_LATE);
    assertEquals(1, late.size());
    assertEquals(List.<KamId>of(ServiceAgreementId.of("sa-1")), late.get(0).subjects());
  }

  @Test
  void agreementsAndSameDayPaymentsAreReportedInIdOrderWhateverTheListOrder() {
    KeyAccount a =
        account()
            .addServiceAgreements(
                agreement("sa-2", "2026-01-01").signedOn(Optional.empty()).build(),
                agreement("sa-1", "2026-01-01").signedOn(Optional.empty()).build())
            .addTransfersOfValue(
                pay("t-2", "2026-05-04", "800.00 USD", NatureOfPayment.HONORARIA).build(),
                pay("t-1", "2026-05-04", "800.00 USD", NatureOfPayment.HONORARIA).build())
            .build();
    assertEquals(
        List.<KamId>of(
            TransferOfValueId.of("t-1"),
            TransferOfValueId.of("t-2"),
            ServiceAgreementId.of("sa-1"),
            ServiceAgreementId.of("sa-2")),
        check(a).stream().map(f -> f.subjects().get(0)).toList());
  }
}
