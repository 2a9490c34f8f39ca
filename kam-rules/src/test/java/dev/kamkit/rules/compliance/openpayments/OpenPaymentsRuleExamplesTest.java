package dev.kamkit.rules.compliance.openpayments;

import static dev.kamkit.rules.compliance.openpayments.OpFixture.doctor;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.excluded;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.expected;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.fact;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.programYears;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.text;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.ThirdPartyKind;
import dev.kamkit.model.engagement.ThirdPartyRecipient;
import dev.kamkit.model.engagement.TravelDestination;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.portfolio.ProductCoverage;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.stakeholder.HcpIdentity;
import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.TrainingStatus;
import dev.kamkit.rules.compliance.FactProblems;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.PackRuleExamplesContract;
import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.RulePack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One worked example for every rule of the Open Payments pack, with the exact finding it gives; the
 * rule that spans accounts is shown on two accounts of one physician.
 */
public class OpenPaymentsRuleExamplesTest extends PackRuleExamplesContract {
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
  private static final LocalDate MAY_1 = LocalDate.of(2025, 5, 1);

  private static Example example(KeyAccount account, Finding finding) {
    return example(OpenPaymentsPolicy.defaults(), account, finding);
  }

  private static Example example(OpenPaymentsPolicy policy, KeyAccount account, Finding finding) {
    return Example.of(OpenPaymentsPack.of(policy), account, AS_OF, finding);
  }

  @Override
  protected RulePack pack() {
    return OpenPaymentsPack.withDefaults();
  }

  @Override
  protected List<Example> examples() {
    List<Example> all = new ArrayList<>(EXAMPLES.values());
    // $13 for lunch in one account, under the PY2025 minimum of $13.46; $130 for dinner in another
    all.add(
        Example.across(
            OpenPaymentsPack.withDefaults(),
            List.of(AcrossAccountsTest.LUNCH, AcrossAccountsTest.DINNER),
            LocalDate.of(2025, 12, 31),
            expected(
                OpenPaymentsRules.REPORTABLE_ACROSS_ACCOUNTS,
                List.of(StakeholderId.of("p"), TransferOfValueId.of("lunch")),
                OpenPaymentsCode.REPORTABLE_ACROSS_ACCOUNTS,
                doctor("p"),
                Arg.year(2025),
                Arg.of(1),
                usd("143.00"),
                Arg.of(2))));
    return all;
  }

  private static final Map<RuleDescriptor, Example> EXAMPLES = byRule();

  private static Map<RuleDescriptor, Example> byRule() {
    Map<RuleDescriptor, Example> e = new LinkedHashMap<>();
    e.put(
        OpenPaymentsRules.PROGRAM_YEAR_UNKNOWN,
        example(
            OpFixture.account().physician("p").pay("t-1", "p", "2022-05-01", "40.00").build(),
            expected(
                OpenPaymentsRules.PROGRAM_YEAR_UNKNOWN,
                List.of(TransferOfValueId.of("t-1")),
                OpenPaymentsCode.PROGRAM_YEAR_UNKNOWN,
                Arg.year(2022),
                programYears(2013, 2019, 2021, 2025, 2026),
                Arg.of(1),
                nested(OpenPaymentsCode.ADVICE_THRESHOLD_ROW, Arg.year(2022)))));
    e.put(
        OpenPaymentsRules.TEACHING_HOSPITAL_LIST_MISSING,
        example(
            OpFixture.account()
                .transfer(
                    OpFixture.tov("t-1", "2025-05-01", "5000.00 USD")
                        .organisation(OpFixture.HOSPITAL)
                        .nature(NatureOfPayment.GRANT))
                .build(),
            expected(
                OpenPaymentsRules.TEACHING_HOSPITAL_LIST_MISSING,
                List.of(TransferOfValueId.of("t-1")),
                OpenPaymentsCode.TEACHING_HOSPITAL_LIST_MISSING,
                Arg.year(2025),
                Arg.of(1),
                nested(OpenPaymentsCode.ADVICE_TEACHING_HOSPITAL_LIST, Arg.year(2025)))));
    e.put(
        OpenPaymentsRules.ATTRIBUTE_INVALID,
        example(
            OpFixture.account()
                .physician("p")
                .pay(
                    "t-1",
                    "p",
                    "2025-05-01",
                    "40.00",
                    text(OpenPaymentsFacts.EXCLUSION.name(), "sampel"))
                .build(),
            expected(
                OpenPaymentsRules.ATTRIBUTE_INVALID,
                List.of(TransferOfValueId.of("t-1")),
                OpenPaymentsCode.ATTRIBUTE_INVALID,
                Arg.list(FactProblems.moved("openpayments.exclusion")))));
    e.put(
        OpenPaymentsRules.NO_USD_RATE,
        example(
            OpFixture.account()
                .physician("p")
                .transfer(
                    OpFixture.tov("t-1", "2025-05-01", "40.00 EUR")
                        .recipient(StakeholderId.of("p")))
                .build(),
            expected(
                OpenPaymentsRules.NO_USD_RATE,
                List.of(TransferOfValueId.of("t-1")),
                OpenPaymentsCode.NO_USD_RATE,
                Arg.of(Money.of("40.00", "EUR")),
                Arg.of(MAY_1),
                nested(
                    OpenPaymentsCode.ADVICE_USD_RATE,
                    Arg.text("EUR"),
                    Arg.of(MAY_1),
                    Arg.year(2025)))));
    e.put(
        OpenPaymentsRules.RESIDENT_EXCLUDED,
        example(
            OpFixture.account()
                .hcp("r", HcpProfession.PHYSICIAN, TrainingStatus.RESIDENT)
                .pay("t-1", "r", "2025-05-01", "40.00")
                .build(),
            expected(
                OpenPaymentsRules.RESIDENT_EXCLUDED,
                List.of(StakeholderId.of("r"), TransferOfValueId.of("t-1")),
                OpenPaymentsCode.RESIDENT_EXCLUDED,
                doctor("r"),
                Arg.year(2025),
                Arg.of(1))));
    e.put(
        OpenPaymentsRules.NOT_COVERED,
        example(
            OpFixture.account()
                .hcp("rx", HcpProfession.PHARMACIST, TrainingStatus.PRACTISING)
                .pay("t-1", "rx", "2025-05-01", "40.00")
                .build(),
            expected(
                OpenPaymentsRules.NOT_COVERED,
                List.of(StakeholderId.of("rx"), TransferOfValueId.of("t-1")),
                OpenPaymentsCode.NOT_COVERED,
                doctor("rx"),
                Arg.year(2025),
                nested(OpenPaymentsCode.ASSESSMENT_NOT_A_COVERED_PROFESSION),
                Arg.of(1))));
    e.put(
        OpenPaymentsRules.EXCLUSION_APPLIED,
        example(
            OpFixture.account()
                .physician("p")
                .pay(
                    "t-1", "p", "2025-05-01", "400.00", excluded(StatutoryExclusion.PRODUCT_SAMPLE))
                .build(),
            expected(
                OpenPaymentsRules.EXCLUSION_APPLIED,
                List.of(TransferOfValueId.of("t-1")),
                OpenPaymentsCode.EXCLUSION_APPLIED,
                nested(
                    OpenPaymentsCode.ASSESSMENT_STATUTORY_EXCLUSION,
                    Arg.of(StatutoryExclusion.PRODUCT_SAMPLE),
                    Arg.text("42 U.S.C. 1320a-7h(e)(10)(B)")))));
    e.put(
        OpenPaymentsRules.EMPLOYEE_COMPENSATION_EXCLUDED,
        example(
            OpFixture.account()
                .employedPhysician("p", EmploymentTest.EMPLOYEE)
                .pay("t-1", "p", "2025-05-01", "9000.00", EmploymentTest::salary)
                .build(),
            expected(
                OpenPaymentsRules.EMPLOYEE_COMPENSATION_EXCLUDED,
                List.of(StakeholderId.of("p"), TransferOfValueId.of("t-1")),
                OpenPaymentsCode.EMPLOYEE_COMPENSATION_EXCLUDED,
                doctor("p"),
                Arg.of(MAY_1))));
    e.put(
        OpenPaymentsRules.EMPLOYEE_COMPENSATION_NOT_EMPLOYEE,
        example(
            OpFixture.account()
                .employedPhysician("p", EmploymentTest.CONTRACTOR)
                .pay("t-1", "p", "2025-05-01", "9000.00", EmploymentTest::salary)
                .build(),
            expected(
                OpenPaymentsRules.EMPLOYEE_COMPENSATION_NOT_EMPLOYEE,
                List.of(TransferOfValueId.of("t-1")),
                OpenPaymentsCode.EMPLOYEE_COMPENSATION_TO_CONTRACTOR,
                doctor("p"))));
    e.put(
        OpenPaymentsRules.EXCLUSION_CONDITION_NOT_MET,
        example(
            OpFixture.account()
                .physician("p")
                .pay(
                    "t-1",
                    "p",
                    "2025-05-01",
                    "4000.00",
                    t ->
                        excluded(StatutoryExclusion.SHORT_TERM_DEVICE_LOAN)
                            .apply(t)
                            .addFact(Fact.of(OpenPaymentsFacts.DEVICE_LOAN_DAYS, 120L)))
                .build(),
            expected(
                OpenPaymentsRules.EXCLUSION_CONDITION_NOT_MET,
                List.of(TransferOfValueId.of("t-1")),
                OpenPaymentsCode.DEVICE_LOAN_TOO_LONG,
                Arg.of(120),
                Arg.of(90),
                Arg.of(NatureOfPayment.LONG_TERM_MEDICAL_SUPPLY_OR_DEVICE_LOAN))));
    e.put(
        OpenPaymentsRules.HEADCOUNT_MISSING,
        example(
            OpFixture.account()
                .physician("a")
                .physician("b")
                .transfer(
                    OpFixture.tov("t-1", "2025-05-01", "90.00 USD")
                        .addAttendees(StakeholderId.of("a"), StakeholderId.of("b")))
                .build(),
            expected(
                OpenPaymentsRules.HEADCOUNT_MISSING,
                List.of(TransferOfValueId.of("t-1")),
                OpenPaymentsCode.HEADCOUNT_MISSING,
                usd("90.00"),
                Arg.of(2))));
    e.put(
        OpenPaymentsRules.GROUP_NOT_A_MEAL,
        example(
            OpFixture.account()
                .physician("a")
                .transfer(
                    OpFixture.tov("t-1", "2025-05-01", "90.00 USD")
                        .addAttendees(StakeholderId.of("a"))
                        .headcount(3)
                        .nature(NatureOfPayment.EDUCATION))
                .build(),
            expected(
                OpenPaymentsRules.GROUP_NOT_A_MEAL,
                List.of(TransferOfValueId.of("t-1")),
                OpenPaymentsCode.GROUP_NOT_A_MEAL,
                Arg.of(NatureOfPayment.EDUCATION))));
    e.put(
        OpenPaymentsRules.NATURE_INVALID_FOR_YEAR,
        example(
            OpFixture.account()
                .physician("p")
                .pay(
                    "t-1",
                    "p",
                    "2025-05-01",
                    "400.00",
                    t -> t.nature(NatureOfPayment.OWNERSHIP_OR_INVESTMENT_INTEREST))
                .build(),
            expected(
                OpenPaymentsRules.NATURE_INVALID_FOR_YEAR,
                List.of(TransferOfValueId.of("t-1")),
                OpenPaymentsCode.NATURE_INVALID_FOR_YEAR,
                Arg.of(NatureOfPayment.OWNERSHIP_OR_INVESTMENT_INTEREST),
                Arg.year(2025),
                nested(OpenPaymentsCode.YEARS_BETWEEN, Arg.year(2013), Arg.year(2022)))));
    e.put(
        OpenPaymentsRules.FORM_INVALID_FOR_YEAR,
        example(
            OpenPaymentsPolicy.builder().separateOwnershipFormsFrom(2021).build(),
            OpFixture.account()
                .physician("p")
                .pay(
                    "t-1",
                    "p",
                    "2019-05-01",
                    "400.00",
                    t -> t.form(FormOfPayment.STOCK).nature(NatureOfPayment.ROYALTY_OR_LICENSE))
                .build(),
            expected(
                OpenPaymentsRules.FORM_INVALID_FOR_YEAR,
                List.of(TransferOfValueId.of("t-1")),
                OpenPaymentsCode.FORM_INVALID_FOR_YEAR,
                Arg.of(FormOfPayment.STOCK),
                Arg.year(2021),
                Arg.year(2019))));
    e.put(
        OpenPaymentsRules.FORM_NATURE_MISMATCH,
        example(
            OpFixture.account()
                .physician("p")
                .pay(
                    "t-1",
                    "p",
                    "2025-05-01",
                    "400.00",
                    t -> t.form(FormOfPayment.STOCK).nature(NatureOfPayment.FOOD_AND_BEVERAGE))
                .build(),
            expected(
                OpenPaymentsRules.FORM_NATURE_MISMATCH,
                List.of(TransferOfValueId.of("t-1")),
                OpenPaymentsCode.FORM_NATURE_MISMATCH,
                Arg.of(FormOfPayment.STOCK),
                Arg.of(NatureOfPayment.FOOD_AND_BEVERAGE))));
    e.put(
        OpenPaymentsRules.SPACE_RENTAL_NOT_TEACHING_HOSPITAL,
        example(
            OpFixture.account()
                .physician("p")
                .pay(
                    "t-1",
                    "p",
                    "2025-05-01",
                    "400.00",
                    t -> t.nature(NatureOfPayment.SPACE_RENTAL_OR_FACILITY_FEES))
                .build(),
            expected(
                OpenPaymentsRules.SPACE_RENTAL_NOT_TEACHING_HOSPITAL,
                List.of(TransferOfValueId.of("t-1")),
                OpenPaymentsCode.SPACE_RENTAL_TO_PERSON)));
    e.put(
        OpenPaymentsRules.TRAVEL_DESTINATION_MISSING,
        example(
            OpFixture.account()
                .physician("p")
                .pay(
                    "t-1",
                    "p",
                    "2025-05-01",
                    "400.00",
                    t -> t.nature(NatureOfPayment.TRAVEL_AND_LODGING))
                .build(),
            expected(
                OpenPaymentsRules.TRAVEL_DESTINATION_MISSING,
                List.of(TransferOfValueId.of("t-1")),
                OpenPaymentsCode.TRAVEL_DESTINATION_MISSING)));
    OpFixture six = OpFixture.account().physician("p");
    for (int i = 1; i <= 6; i++) {
      six.product(
          OpFixture.product("d" + i, ProductKind.DRUG)
              .ndc("0000-000" + i)
              .coverage(ProductCoverage.COVERED)
              .build());
    }
    e.put(
        OpenPaymentsRules.TOO_MANY_PRODUCTS,
        example(
            six.pay(
                    "t-1",
                    "p",
                    "2025-05-01",
                    "40.00",
                    t ->
                        t.addRelatedProducts(
                            ProductId.of("d1"),
                            ProductId.of("d2"),
                            ProductId.of("d3"),
                            ProductId.of("d4"),
                            ProductId.of("d5"),
                            ProductId.of("d6")))
                .build(),
            expected(
                OpenPaymentsRules.TOO_MANY_PRODUCTS,
                List.of(TransferOfValueId.of("t-1")),
                OpenPaymentsCode.TOO_MANY_PRODUCTS,
                Arg.of(6),
                Arg.of(5))));
    e.put(
        OpenPaymentsRules.DEVICE_IDENTIFIER_MISSING,
        example(
            OpFixture.paidForCovered("dev", ProductKind.DEVICE).build(),
            expected(
                OpenPaymentsRules.DEVICE_IDENTIFIER_MISSING,
                List.of(ProductId.of("dev"), TransferOfValueId.of("t-1")),
                OpenPaymentsCode.DEVICE_IDENTIFIER_MISSING,
                Arg.of(ProductId.of("dev"), "Brand dev"),
                Arg.of(1),
                Arg.text("deviceIdentifier"),
                Arg.year(2021))));
    // a covered infusion pump recorded with an NDC, which identifies drugs only
    e.put(
        OpenPaymentsRules.PRODUCT_IDENTIFIER_NOT_APPLICABLE,
        example(
            OpFixture.account()
                .physician("p")
                .product(
                    OpFixture.product("pump", ProductKind.DEVICE)
                        .coverage(ProductCoverage.COVERED)
                        .deviceIdentifier("00812345678901")
                        .ndc("12345-678-90")
                        .build())
                .pay(
                    "t-1",
                    "p",
                    "2025-05-01",
                    "40.00",
                    t -> t.addRelatedProducts(ProductId.of("pump")))
                .build(),
            expected(
                OpenPaymentsRules.PRODUCT_IDENTIFIER_NOT_APPLICABLE,
                List.of(ProductId.of("pump"), TransferOfValueId.of("t-1")),
                OpenPaymentsCode.NDC_NOT_APPLICABLE,
                Arg.of(ProductId.of("pump"), "Brand pump"),
                Arg.of(ProductKind.DEVICE),
                Arg.of(1))));
    e.put(
        OpenPaymentsRules.PRODUCT_FIELD_MISSING,
        example(
            OpFixture.paidForCovered("drug", ProductKind.DRUG).build(),
            expected(
                OpenPaymentsRules.PRODUCT_FIELD_MISSING,
                List.of(ProductId.of("drug"), TransferOfValueId.of("t-1")),
                OpenPaymentsCode.PRODUCT_FIELD_MISSING,
                Arg.of(ProductId.of("drug"), "Brand drug"),
                Arg.of(1),
                Arg.list(nested(OpenPaymentsCode.PRODUCT_NDC_MISSING)))));
    e.put(
        OpenPaymentsRules.NPI_MISSING,
        example(
            OpFixture.account()
                .hcp("p", HcpIdentity.builder().profession(HcpProfession.DENTIST).build())
                .pay("t-1", "p", "2025-05-01", "40.00")
                .build(),
            expected(
                OpenPaymentsRules.NPI_MISSING,
                List.of(StakeholderId.of("p"), TransferOfValueId.of("t-1")),
                OpenPaymentsCode.NPI_MISSING,
                doctor("p"))));
    e.put(
        OpenPaymentsRules.CONTEXTUAL_INFORMATION_MISSING,
        example(
            OpFixture.withHospitalList(2025),
            OpFixture.account()
                .transfer(
                    OpFixture.tov("t-1", "2025-05-01", "5000.00 USD")
                        .organisation(OpFixture.HOSPITAL)
                        .nature(NatureOfPayment.GRANT))
                .build(),
            expected(
                OpenPaymentsRules.CONTEXTUAL_INFORMATION_MISSING,
                List.of(TransferOfValueId.of("t-1")),
                OpenPaymentsCode.CONTEXTUAL_INFORMATION_MISSING,
                Arg.year(2023),
                Arg.text("openpayments.contextualInformation"))));
    e.put(
        OpenPaymentsRules.CONTEXTUAL_INFORMATION_TOO_LONG,
        example(
            OpFixture.account()
                .physician("p")
                .pay(
                    "t-1",
                    "p",
                    "2025-05-01",
                    "40.00",
                    fact(OpenPaymentsFacts.CONTEXTUAL_INFORMATION, "x".repeat(501)))
                .build(),
            expected(
                OpenPaymentsRules.CONTEXTUAL_INFORMATION_TOO_LONG,
                List.of(TransferOfValueId.of("t-1")),
                OpenPaymentsCode.CONTEXTUAL_INFORMATION_TOO_LONG,
                Arg.of(501),
                Arg.of(500))));
    e.put(
        OpenPaymentsRules.THIRD_PARTY_NAME_MISSING,
        example(
            OpFixture.directedFee(
                ThirdPartyRecipient.builder().kind(ThirdPartyKind.ENTITY).charity(true).build(),
                "2500.00"),
            expected(
                OpenPaymentsRules.THIRD_PARTY_NAME_MISSING,
                List.of(TransferOfValueId.of("fee")),
                OpenPaymentsCode.THIRD_PARTY_NAME_MISSING)));
    e.put(
        OpenPaymentsRules.THIRD_PARTY_NAME_TOO_LONG,
        example(
            OpFixture.directedFee(
                ThirdPartyRecipient.builder()
                    .kind(ThirdPartyKind.ENTITY)
                    .name("x".repeat(51))
                    .build(),
                "2500.00"),
            expected(
                OpenPaymentsRules.THIRD_PARTY_NAME_TOO_LONG,
                List.of(TransferOfValueId.of("fee")),
                OpenPaymentsCode.THIRD_PARTY_NAME_TOO_LONG,
                Arg.of(51),
                Arg.of(50))));
    e.put(
        OpenPaymentsRules.PUBLICATION_DELAY_NOT_ALLOWED,
        example(
            OpFixture.account()
                .physician("p")
                .pay(
                    "t-1",
                    "p",
                    "2025-05-01",
                    "40.00",
                    t -> t.addFact(Fact.of(OpenPaymentsFacts.DELAY_IN_PUBLICATION, true)))
                .build(),
            expected(
                OpenPaymentsRules.PUBLICATION_DELAY_NOT_ALLOWED,
                List.of(TransferOfValueId.of("t-1")),
                OpenPaymentsCode.PUBLICATION_DELAY_NOT_ALLOWED,
                Arg.year(2023),
                Arg.year(2025))));
    e.put(
        OpenPaymentsRules.REPORTABLE,
        example(
            OpFixture.account()
                .physician("p")
                .pay("t-1", "p", "2025-05-01", "40.00")
                .pay("t-2", "p", "2025-06-01", "10.00")
                .build(),
            expected(
                OpenPaymentsRules.REPORTABLE,
                List.of(StakeholderId.of("p")),
                OpenPaymentsCode.REPORTABLE,
                doctor("p"),
                Arg.of(CoveredRecipientType.PHYSICIAN),
                Arg.year(2025),
                Arg.of(1),
                Arg.of(2),
                usd("40.00"),
                usd("50.00"),
                Arg.list(
                    nested(OpenPaymentsCode.NOTE_AGGREGATE_WITHIN, usd("50.00"), usd("134.54"))))));
    return e;
  }

  @Test
  void aTravelRecordWithItsDestinationIsFine() {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .pay(
                "t-1",
                "p",
                "2025-05-01",
                "400.00",
                t ->
                    t.nature(NatureOfPayment.TRAVEL_AND_LODGING)
                        .travelDestination(
                            TravelDestination.builder()
                                .city("Chicago")
                                .state("IL")
                                .country("US")
                                .build()))
            .build();
    assertEquals(
        List.of(),
        OpFixture.findings(
            OpenPaymentsPack.withDefaults().check(account, AS_OF),
            OpenPaymentsRules.TRAVEL_DESTINATION_MISSING.id()));
  }
}
