package dev.kamkit.rules.compliance.openpayments;

import static dev.kamkit.rules.compliance.openpayments.OpFixture.excluded;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TravelDestination;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.stakeholder.HcpIdentity;
import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.TrainingStatus;
import dev.kamkit.rules.compliance.ComplianceValidator;
import dev.kamkit.rules.compliance.RuleDescriptor;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One worked example for every rule of the pack, run through the {@link ComplianceValidator}, with
 * the exact finding it gives. A rule added to the catalogue without an example fails {@link
 * #everyRuleHasAWorkedExample()}.
 */
class RuleExamplesTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  private record Example(OpenPaymentsPolicy policy, KeyAccount account, String finding) {}

  private static Example example(KeyAccount account, String finding) {
    return new Example(OpenPaymentsPolicy.defaults(), account, finding);
  }

  private static final Map<RuleDescriptor, Example> EXAMPLES = examples();

  private static Map<RuleDescriptor, Example> examples() {
    Map<RuleDescriptor, Example> e = new LinkedHashMap<>();
    e.put(
        OpenPaymentsRules.PROGRAM_YEAR_UNKNOWN,
        example(
            OpFixture.account().physician("p").pay("t-1", "p", "2022-05-01", "40.00").build(),
            "ERROR openpayments.configuration.program-year-unknown [t-1]: PY2022 is not in the"
                + " threshold table (it holds PY2013, PY2019, PY2021, PY2025, PY2026), so 1"
                + " transfer(s) of the year are not judged reportable or not. Supply the row with"
                + " OpenPaymentsPolicy.builder().addHostThreshold(ThresholdRow.of(2022, minimum,"
                + " trigger, source) with the values CMS published for PY2022). (42 U.S.C."
                + " 1320a-7h(e)(10)(B)(i); CMS yearly threshold notices)"));
    e.put(
        OpenPaymentsRules.TEACHING_HOSPITAL_LIST_MISSING,
        example(
            OpFixture.account()
                .transfer(
                    OpFixture.tov("t-1", "2025-05-01", "5000.00 USD")
                        .organisation(OpFixture.HOSPITAL)
                        .nature(NatureOfPayment.GRANT))
                .build(),
            "ERROR openpayments.configuration.teaching-hospital-list-missing [t-1]: No teaching"
                + " hospital list was supplied for PY2025, so 1 transfer(s) to organisations are"
                + " not judged. Add the CMS list for the year with"
                + " OpenPaymentsPolicy.builder().addTeachingHospitalList(..). (CMS Teaching"
                + " Hospital List, posted about 1 October of the prior year)"));
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
                    text(OpenPaymentsAttributes.EXCLUSION, "sampel"))
                .build(),
            "ERROR openpayments.attribute.invalid [t-1]: openpayments.exclusion \"sampel\" is not a"
                + " known exclusion; use one of product-sample, patient-education-material,"
                + " short-term-device-loan, warranty-item, recipient-as-patient,"
                + " discount-or-rebate, charity-care, public-security-dividend,"
                + " indirect-unknown-recipient, accredited-cme-speaker, demonstration-unit,"
                + " non-medical-professional-service, employee-care,"
                + " unrestricted-conference-donation, large-conference-item. (kamkit"
                + " docs/compliance-openpayments.md, attribute keys)"));
    e.put(
        OpenPaymentsRules.NO_USD_RATE,
        example(
            OpFixture.account()
                .physician("p")
                .transfer(
                    OpFixture.tov("t-1", "2025-05-01", "40.00 EUR")
                        .recipient(StakeholderId.of("p")))
                .build(),
            "ERROR openpayments.amount.no-usd-rate [t-1]: The 40.00 EUR paid on 2025-05-01 has no"
                + " USD rate: add a UsdRate for EUR effective on or before 2025-05-01 in 2025 to"
                + " the policy. The record cannot be reported as it stands. (CMS General Payments"
                + " Data Dictionary: Total_Amount_of_Payment_USDollars)"));
    e.put(
        OpenPaymentsRules.RESIDENT_EXCLUDED,
        example(
            OpFixture.account()
                .hcp("r", HcpProfession.PHYSICIAN, TrainingStatus.RESIDENT)
                .pay("t-1", "r", "2025-05-01", "40.00")
                .build(),
            "INFO openpayments.recipient.resident-excluded [r, t-1]: Dr r [r] is a resident in"
                + " PY2025, not a covered recipient: 1 transfer(s) are not reported. Fellows are"
                + " covered. (CMS Open Payments FAQs (residents are not covered recipients))"));
    e.put(
        OpenPaymentsRules.NOT_COVERED,
        example(
            OpFixture.account()
                .hcp("rx", HcpProfession.PHARMACIST, TrainingStatus.PRACTISING)
                .pay("t-1", "rx", "2025-05-01", "40.00")
                .build(),
            "INFO openpayments.recipient.not-covered [rx, t-1]: Dr rx [rx] is not a covered"
                + " recipient in PY2025: the recipient's profession is not covered (pharmacists,"
                + " nurses who are not advanced-practice and other staff are not); 1 transfer(s)"
                + " are not reported. (SSA 1861(r); cms.gov Changes for Reporting Entities"
                + " (non-physician practitioners from 1 January 2021); CMS Teaching Hospital"
                + " List)"));
    e.put(
        OpenPaymentsRules.EXCLUSION_APPLIED,
        example(
            OpFixture.account()
                .physician("p")
                .pay(
                    "t-1", "p", "2025-05-01", "400.00", excluded(StatutoryExclusion.PRODUCT_SAMPLE))
                .build(),
            "INFO openpayments.exclusion.applied [t-1]: Not reported: excluded: product samples for"
                + " patient use, not for sale (42 U.S.C. 1320a-7h(e)(10)(B)). (42 U.S.C."
                + " 1320a-7h(e)(10))"));
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
                            .putAttribute(
                                OpenPaymentsAttributes.DEVICE_LOAN_DAYS,
                                AttributeValue.number("120")))
                .build(),
            "WARNING openpayments.exclusion.condition-not-met [t-1]: Marked as a short-term device"
                + " loan, but a loan of 120 days is over 90 days: report it as \"Long term medical"
                + " supply or device loan\"; it is judged as not excluded. (42 U.S.C."
                + " 1320a-7h(e)(10)(B); BMS Physician Payment Sunshine Act page)"));
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
            "WARNING openpayments.group.headcount-missing [t-1]: No headcount of everyone who"
                + " partook: the 90.00 USD is split among the 2 recorded attendees only, which may"
                + " overstate each share. (42 CFR 403.904 per-person value of meals, as quoted by"
                + " MeetingsNet)"));
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
            "WARNING openpayments.group.not-a-meal [t-1]: \"Education\" shared by a group is split"
                + " per person like a meal; CMS's per-person rule is verified for food and beverage"
                + " only. (42 CFR 403.904 per-person value of meals, as quoted by MeetingsNet)"));
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
            "ERROR openpayments.record.nature-invalid-for-year [t-1]: \"Current or prospective"
                + " ownership or investment interest\" is not a valid nature of payment for PY2025"
                + " general records; it is valid PY2013-PY2022. (CMS Nature of Payment code lists;"
                + " CY2022 Physician Fee Schedule final rule)"));
    e.put(
        OpenPaymentsRules.FORM_INVALID_FOR_YEAR,
        new Example(
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
            "ERROR openpayments.record.form-invalid-for-year [t-1]: \"Stock\" is used from PY2021"
                + " (the host's setting); PY2019 records use the legacy combined form. (CMS Form of"
                + " Payment code lists)"));
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
            "ERROR openpayments.record.space-rental-not-teaching-hospital [t-1]: Space rental or"
                + " facility fees are reportable to teaching hospitals only; this goes to a person."
                + " (CMS Nature of Payment: Space rental or facility fees (teaching hospital"
                + " only))"));
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
            "ERROR openpayments.record.travel-destination-missing [t-1]: Travel and lodging needs"
                + " the city, state and country of travel. (CMS General Payments Data Dictionary:"
                + " City_of_Travel, State_of_Travel, Country_of_Travel)"));
    OpFixture six = OpFixture.account().physician("p");
    for (int i = 1; i <= 6; i++) {
      six.product(
          OpFixture.product("d" + i, ProductKind.DRUG)
              .ndc("0000-000" + i)
              .putAttribute(OpenPaymentsAttributes.COVERED_PRODUCT, AttributeValue.flag(true))
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
            "ERROR openpayments.record.too-many-products [t-1]: It names 6 related products; a"
                + " record holds at most 5. Keep the five most relevant, in order. (CMS General"
                + " Payments Data Dictionary: related product fields _1 to _5)"));
    e.put(
        OpenPaymentsRules.PRODUCT_FIELD_MISSING,
        example(
            OpFixture.account()
                .physician("p")
                .product(
                    OpFixture.product("dev", ProductKind.DEVICE)
                        .putAttribute(
                            OpenPaymentsAttributes.COVERED_PRODUCT, AttributeValue.flag(true))
                        .build())
                .pay(
                    "t-1",
                    "p",
                    "2025-05-01",
                    "40.00",
                    t -> t.addRelatedProducts(ProductId.of("dev")))
                .build(),
            "WARNING openpayments.record.product-field-missing [dev, t-1]: Brand dev is related to"
                + " 1 transfer(s) that may be reported, but a covered device or medical supply has"
                + " no device identifier in openpayments.deviceIdentifier (reported from PY2021)."
                + " (CMS General Payments Data Dictionary: Covered_or_Noncovered_Indicator_n,"
                + " Associated_Drug_or_Biological_NDC_n,"
                + " Associated_Device_or_Medical_Supply_PDI_n)"));
    e.put(
        OpenPaymentsRules.NPI_MISSING,
        example(
            OpFixture.account()
                .hcp("p", HcpIdentity.builder().profession(HcpProfession.DENTIST).build())
                .pay("t-1", "p", "2025-05-01", "40.00")
                .build(),
            "WARNING openpayments.record.npi-missing [p, t-1]: Dr p is a covered recipient without"
                + " an NPI; Covered_Recipient_NPI is the individual's own NPI, not a group's. (CMS"
                + " General Payments Data Dictionary: Covered_Recipient_NPI)"));
    e.put(
        OpenPaymentsRules.CONTEXTUAL_INFORMATION_MISSING,
        new Example(
            OpFixture.withHospitalList(2025),
            OpFixture.account()
                .transfer(
                    OpFixture.tov("t-1", "2025-05-01", "5000.00 USD")
                        .organisation(OpFixture.HOSPITAL)
                        .nature(NatureOfPayment.GRANT))
                .build(),
            "ERROR openpayments.record.contextual-information-missing [t-1]: Teaching-hospital"
                + " records from PY2023 need contextual information: set"
                + " openpayments.contextualInformation. (CY2022 Physician Fee Schedule final rule;"
                + " CMS General Payments Data Dictionary: Contextual_Information)"));
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
                    text(OpenPaymentsAttributes.CONTEXTUAL_INFORMATION, "x".repeat(501)))
                .build(),
            "ERROR openpayments.record.contextual-information-too-long [t-1]: Contextual"
                + " information has 501 characters; at most 500 are allowed. (CMS General Payments"
                + " Data Dictionary: Contextual_Information)"));
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
                    t ->
                        t.putAttribute(
                            OpenPaymentsAttributes.DELAY_IN_PUBLICATION, AttributeValue.flag(true)))
                .build(),
            "ERROR openpayments.record.publication-delay-not-allowed [t-1]: General records from"
                + " PY2023 cannot ask for a delay in publication; this PY2025 record asks for one."
                + " (CY2022 Physician Fee Schedule final rule; CMS General Payments Data"
                + " Dictionary: Delay_in_Publication_Indicator)"));
    e.put(
        OpenPaymentsRules.REPORTABLE,
        example(
            OpFixture.account()
                .physician("p")
                .pay("t-1", "p", "2025-05-01", "40.00")
                .pay("t-2", "p", "2025-06-01", "10.00")
                .build(),
            "INFO openpayments.reportable [p]: Dr p [p] (Covered Recipient Physician), PY2025: 1 of"
                + " 2 transfer(s) reportable, $40.00 of $50.00; aggregate $50.00 does not exceed"
                + " $134.54. (42 U.S.C. 1320a-7h(e)(10)(B)(i); CMS PY2025 threshold notice)"));
    return e;
  }

  static Stream<Arguments> cases() {
    return EXAMPLES.entrySet().stream().map(e -> Arguments.of(e.getKey().id(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theWorkedExampleGivesExactlyItsFinding(String ruleId, Example example) {
    OpenPaymentsPack pack = OpenPaymentsPack.of(example.policy());
    List<String> found =
        OpFixture.findings(
            ComplianceValidator.of(List.of(pack)).validate(example.account(), AS_OF).findings(),
            ruleId);
    assertEquals(List.of(example.finding()), found);
  }

  @Test
  void everyRuleHasAWorkedExample() {
    assertEquals(
        OpenPaymentsRules.ALL.stream().map(RuleDescriptor::id).sorted().toList(),
        EXAMPLES.keySet().stream().map(RuleDescriptor::id).sorted().toList());
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
