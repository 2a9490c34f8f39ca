package dev.kamkit.rules.compliance.openpayments;

import static dev.kamkit.rules.compliance.openpayments.OpFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.TrainingStatus;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Record validity by program year, on both sides of each year boundary. */
class RecordValidityTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  private static List<Finding> check(
      OpenPaymentsPolicy policy, String date, UnaryOperator<TransferOfValue.Builder> adjust) {
    KeyAccount account =
        OpFixture.account().physician("p").pay("t", "p", date, "400.00", adjust).build();
    return OpenPaymentsPack.of(policy).check(account, AS_OF);
  }

  private static boolean fires(List<Finding> findings, RuleDescriptor rule) {
    return !OpFixture.findings(findings, rule.id()).isEmpty();
  }

  // Only verified years are used for boundaries the threshold table decides; nature validity
  // itself does not depend on the table.
  @ParameterizedTest(name = "{0} in PY{1}: valid {2}")
  @CsvSource({
    "OWNERSHIP_OR_INVESTMENT_INTEREST, 2021, true",
    "OWNERSHIP_OR_INVESTMENT_INTEREST, 2025, false",
    "SPEAKER_ACCREDITED_CONTINUING_EDUCATION, 2019, true",
    "SPEAKER_ACCREDITED_CONTINUING_EDUCATION, 2021, false",
    "SPEAKER_UNACCREDITED_CONTINUING_EDUCATION, 2019, true",
    "SPEAKER_UNACCREDITED_CONTINUING_EDUCATION, 2021, false",
    "SPEAKER_MEDICAL_EDUCATION, 2019, false",
    "SPEAKER_MEDICAL_EDUCATION, 2021, true",
    "DEBT_FORGIVENESS, 2019, false",
    "DEBT_FORGIVENESS, 2021, true",
    "ACQUISITIONS, 2019, false",
    "LONG_TERM_MEDICAL_SUPPLY_OR_DEVICE_LOAN, 2021, true",
    "CONSULTING_FEE, 2013, true",
    "GRANT, 2026, true"
  })
  void natureValidityByProgramYear(NatureOfPayment nature, int year, boolean valid) {
    assertEquals(valid, NatureValidity.isValid(nature, year));
    List<Finding> findings =
        check(OpenPaymentsPolicy.defaults(), year + "-09-01", t -> t.nature(nature));
    assertEquals(!valid, fires(findings, OpenPaymentsRules.NATURE_INVALID_FOR_YEAR));
  }

  @Test
  void theYearBoundariesOfTheTableItself() {
    assertTrue(NatureValidity.isValid(NatureOfPayment.OWNERSHIP_OR_INVESTMENT_INTEREST, 2022));
    assertFalse(NatureValidity.isValid(NatureOfPayment.OWNERSHIP_OR_INVESTMENT_INTEREST, 2023));
    assertTrue(
        NatureValidity.isValid(NatureOfPayment.SPEAKER_ACCREDITED_CONTINUING_EDUCATION, 2020));
    assertFalse(NatureValidity.isValid(NatureOfPayment.SPEAKER_MEDICAL_EDUCATION, 2020));
    assertEquals("PY2021 onwards", NatureValidity.validYears(NatureOfPayment.ACQUISITIONS));
  }

  @Test
  void contextualInformationIsRequiredForTeachingHospitalsFromPy2023Only() {
    OpenPaymentsPolicy lists = OpFixture.withHospitalList(2022, 2023);
    for (int year : new int[] {2022, 2023}) {
      KeyAccount account =
          OpFixture.account()
              .transfer(
                  OpFixture.tov("t", year + "-05-01", "5000.00 USD")
                      .organisation(OpFixture.HOSPITAL)
                      .nature(NatureOfPayment.GRANT))
              .build();
      assertEquals(
          year >= 2023,
          fires(
              OpenPaymentsPack.of(lists).check(account, AS_OF),
              OpenPaymentsRules.CONTEXTUAL_INFORMATION_MISSING),
          "PY" + year);
    }
    KeyAccount withContext =
        OpFixture.account()
            .transfer(
                OpFixture.tov("t", "2023-05-01", "5000.00 USD")
                    .organisation(OpFixture.HOSPITAL)
                    .nature(NatureOfPayment.GRANT)
                    .putAttribute(
                        OpenPaymentsAttributes.CONTEXTUAL_INFORMATION,
                        AttributeValue.text("Unrestricted grant for the fellows' research day")))
            .build();
    assertFalse(
        fires(
            OpenPaymentsPack.of(lists).check(withContext, AS_OF),
            OpenPaymentsRules.CONTEXTUAL_INFORMATION_MISSING));
  }

  @Test
  void contextualInformationOf500CharactersIsAllowedAnd501IsNot() {
    assertFalse(
        fires(
            check(
                OpenPaymentsPolicy.defaults(),
                "2025-05-01",
                text(OpenPaymentsAttributes.CONTEXTUAL_INFORMATION, "x".repeat(500))),
            OpenPaymentsRules.CONTEXTUAL_INFORMATION_TOO_LONG));
    assertTrue(
        fires(
            check(
                OpenPaymentsPolicy.defaults(),
                "2025-05-01",
                text(OpenPaymentsAttributes.CONTEXTUAL_INFORMATION, "x".repeat(501))),
            OpenPaymentsRules.CONTEXTUAL_INFORMATION_TOO_LONG));
  }

  @Test
  void aPublicationDelayIsAllowedBeforePy2023Only() {
    UnaryOperator<TransferOfValue.Builder> delay =
        t -> t.putAttribute(OpenPaymentsAttributes.DELAY_IN_PUBLICATION, AttributeValue.flag(true));
    assertFalse(
        fires(
            check(OpenPaymentsPolicy.defaults(), "2022-05-01", delay),
            OpenPaymentsRules.PUBLICATION_DELAY_NOT_ALLOWED));
    assertTrue(
        fires(
            check(OpenPaymentsPolicy.defaults(), "2023-05-01", delay),
            OpenPaymentsRules.PUBLICATION_DELAY_NOT_ALLOWED));
  }

  @Test
  void fiveRelatedProductsAreAllowedAndSixAreNot() {
    OpFixture fixture = OpFixture.account().physician("p");
    ProductId[] ids = new ProductId[6];
    for (int i = 0; i < 6; i++) {
      ids[i] = ProductId.of("d" + i);
      fixture.product(
          OpFixture.product("d" + i, ProductKind.BIOLOGICAL)
              .ndc("1111-222" + i)
              .putAttribute(OpenPaymentsAttributes.COVERED_PRODUCT, AttributeValue.flag(true))
              .build());
    }
    KeyAccount five =
        fixture
            .pay(
                "five",
                "p",
                "2025-05-01",
                "40.00",
                t -> t.addRelatedProducts(ids[0], ids[1], ids[2], ids[3], ids[4]))
            .build();
    List<Finding> findings = OpenPaymentsPack.withDefaults().check(five, AS_OF);
    assertFalse(fires(findings, OpenPaymentsRules.TOO_MANY_PRODUCTS));
    assertFalse(fires(findings, OpenPaymentsRules.PRODUCT_FIELD_MISSING), findings.toString());
  }

  @Test
  void productFieldsNeededDependOnKindCoverageAndYear() {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .product(
                OpFixture.product("drug", ProductKind.DRUG)
                    .putAttribute(OpenPaymentsAttributes.COVERED_PRODUCT, AttributeValue.flag(true))
                    .build())
            .product(OpFixture.product("dx", ProductKind.DIAGNOSTIC).build())
            .product(
                OpFixture.product("old-device", ProductKind.DEVICE)
                    .putAttribute(OpenPaymentsAttributes.COVERED_PRODUCT, AttributeValue.flag(true))
                    .build())
            .product(
                OpFixture.product("non-covered", ProductKind.DRUG)
                    .putAttribute(
                        OpenPaymentsAttributes.COVERED_PRODUCT, AttributeValue.flag(false))
                    .build())
            .pay(
                "t",
                "p",
                "2025-05-01",
                "40.00",
                t ->
                    t.addRelatedProducts(
                        ProductId.of("drug"), ProductId.of("dx"), ProductId.of("non-covered")))
            .pay(
                "t19",
                "p",
                "2019-05-01",
                "40.00",
                t -> t.addRelatedProducts(ProductId.of("old-device")))
            .build();
    List<String> found =
        OpFixture.findings(
            OpenPaymentsPack.withDefaults().check(account, AS_OF),
            OpenPaymentsRules.PRODUCT_FIELD_MISSING.id());
    assertEquals(2, found.size(), found.toString());
    assertTrue(
        found.get(0).contains("[drug, t]") && found.get(0).contains("has no NDC"), found.get(0));
    assertTrue(
        found.get(1).contains("[dx, t]")
            && found
                .get(1)
                .contains(
                    "not recorded in"
                        + " openpayments.coveredProduct; a DIAGNOSTIC has no CMS category"),
        found.get(1));
  }

  @Test
  void recordChecksSkipTransfersNoRecordWillCarry() {
    KeyAccount account =
        OpFixture.account()
            .hcp("r", HcpProfession.PHYSICIAN, TrainingStatus.RESIDENT)
            .pay(
                "t", "r", "2025-05-01", "400.00", t -> t.nature(NatureOfPayment.TRAVEL_AND_LODGING))
            .build();
    assertFalse(
        fires(
            OpenPaymentsPack.withDefaults().check(account, AS_OF),
            OpenPaymentsRules.TRAVEL_DESTINATION_MISSING));
  }

  @Test
  void everyUnreadableAttributeIsAFindingNotADefault() {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .product(
                OpFixture.product("d", ProductKind.DRUG)
                    .putAttribute(
                        OpenPaymentsAttributes.COVERED_PRODUCT, AttributeValue.text("yes"))
                    .build())
            .pay(
                "t",
                "p",
                "2025-05-01",
                "40.00",
                t ->
                    t.putAttribute(
                            OpenPaymentsAttributes.DEVICE_LOAN_DAYS, AttributeValue.number("1.5"))
                        .putAttribute(
                            OpenPaymentsAttributes.DELAY_IN_PUBLICATION, AttributeValue.text("no"))
                        .putAttribute(OpenPaymentsAttributes.MANUFACTURER, AttributeValue.text(" "))
                        .putAttribute(
                            "openpayments.exclusions", AttributeValue.text("product-sample")))
            .build();
    List<String> found =
        OpFixture.findings(
            OpenPaymentsPack.withDefaults().check(account, AS_OF),
            OpenPaymentsRules.ATTRIBUTE_INVALID.id());
    assertEquals(
        List.of(
            "ERROR openpayments.attribute.invalid [t]: openpayments.exclusions is not a key the"
                + " Open Payments pack reads here; known keys are openpayments.exclusion,"
                + " openpayments.deviceLoanDays, openpayments.contextualInformation,"
                + " openpayments.delayInPublication, openpayments.manufacturer;"
                + " openpayments.deviceLoanDays 1.5 is not a whole number of days of at least 1;"
                + " openpayments.delayInPublication must be a flag, was the text \"no\";"
                + " openpayments.manufacturer must be non-blank text, was the text \" \". (kamkit"
                + " docs/compliance-openpayments.md, attribute keys)",
            "ERROR openpayments.attribute.invalid [d]: openpayments.coveredProduct must be a flag,"
                + " was the text \"yes\". (kamkit docs/compliance-openpayments.md, attribute"
                + " keys)"),
        found);
  }

  @Test
  void exclusionCodesAreReadIgnoringCase() {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .pay(
                "t",
                "p",
                "2025-05-01",
                "400.00",
                text(OpenPaymentsAttributes.EXCLUSION, " Product-Sample "))
            .build();
    assertEquals(
        ReportabilityReason.STATUTORY_EXCLUSION,
        OpFixture.reason(OpenPaymentsPack.withDefaults().aggregateSpend(account, AS_OF), "t", "p"));
  }

  @Test
  void aDeviceLoanWithoutItsLengthIsNotExcluded() {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .pay(
                "t",
                "p",
                "2025-05-01",
                "400.00",
                OpFixture.excluded(StatutoryExclusion.SHORT_TERM_DEVICE_LOAN))
            .build();
    OpenPaymentsPack pack = OpenPaymentsPack.withDefaults();
    assertEquals(
        ReportabilityReason.AT_OR_ABOVE_MINIMUM,
        OpFixture.reason(pack.aggregateSpend(account, AS_OF), "t", "p"));
    assertTrue(
        OpFixture.findings(
                pack.check(account, AS_OF), OpenPaymentsRules.EXCLUSION_CONDITION_NOT_MET.id())
            .get(0)
            .contains("no loan length is recorded in openpayments.deviceLoanDays"));
  }

  private static List<String> invalidAttributes(UnaryOperator<TransferOfValue.Builder> adjust) {
    return OpFixture.findings(
        check(OpenPaymentsPolicy.builder().build(), "2025-05-01", adjust),
        OpenPaymentsRules.ATTRIBUTE_INVALID.id());
  }

  private static UnaryOperator<TransferOfValue.Builder> loanDays(String days) {
    return t ->
        t.putAttribute(OpenPaymentsAttributes.DEVICE_LOAN_DAYS, AttributeValue.number(days));
  }

  @Test
  void aLoanLengthIsAWholeNumberOfDaysFromOne() {
    assertEquals(
        List.of(
            "ERROR openpayments.attribute.invalid [t]: openpayments.deviceLoanDays 0 is not a whole"
                + " number of days of at least 1. (kamkit docs/compliance-openpayments.md,"
                + " attribute keys)"),
        invalidAttributes(loanDays("0")));
    assertEquals(List.of(), invalidAttributes(loanDays("1")));
    assertEquals(List.of(), invalidAttributes(loanDays("5")));
    assertEquals(List.of(), invalidAttributes(loanDays("9223372036854775807")));
    assertEquals(1, invalidAttributes(loanDays("9223372036854775808")).size());
  }

  @Test
  void aValueOfTheWrongKindIsShownAsWhatItIs() {
    assertEquals(
        List.of(
            "ERROR openpayments.attribute.invalid [t]: openpayments.exclusion must be non-blank"
                + " text, was the date 2025-05-01; openpayments.contextualInformation must be"
                + " non-blank text, was the flag true; openpayments.manufacturer must be non-blank"
                + " text, was the number 5. (kamkit docs/compliance-openpayments.md, attribute"
                + " keys)"),
        invalidAttributes(
            t ->
                t.putAttribute(
                        OpenPaymentsAttributes.EXCLUSION,
                        AttributeValue.date(LocalDate.of(2025, 5, 1)))
                    .putAttribute(
                        OpenPaymentsAttributes.CONTEXTUAL_INFORMATION, AttributeValue.flag(true))
                    .putAttribute(
                        OpenPaymentsAttributes.MANUFACTURER, AttributeValue.number("5"))));
  }

  @Test
  void anUnknownProductKeyIsAFinding() {
    KeyAccount account =
        OpFixture.account()
            .product(
                OpFixture.product("d", ProductKind.DRUG)
                    .putAttribute("openpayments.covered", AttributeValue.flag(true))
                    .build())
            .build();
    assertEquals(
        List.of(
            "ERROR openpayments.attribute.invalid [d]: openpayments.covered is not a key the Open"
                + " Payments pack reads here; known keys are openpayments.coveredProduct,"
                + " openpayments.deviceIdentifier. (kamkit docs/compliance-openpayments.md,"
                + " attribute keys)"),
        OpFixture.findings(
            OpenPaymentsPack.withDefaults().check(account, AS_OF),
            OpenPaymentsRules.ATTRIBUTE_INVALID.id()));
  }

  @Test
  void aTransferAfterAsOfIsNotCheckedYet() {
    assertEquals(
        List.of(),
        OpFixture.findings(
            check(OpenPaymentsPolicy.builder().build(), "2026-06-02", loanDays("0")),
            OpenPaymentsRules.ATTRIBUTE_INVALID.id()));
  }

  @Test
  void separateOwnershipFormsApplyFromTheHostsYearOn() {
    OpenPaymentsPolicy from2025 =
        OpenPaymentsPolicy.builder().separateOwnershipFormsFrom(2025).build();
    UnaryOperator<TransferOfValue.Builder> stock =
        t -> t.form(FormOfPayment.STOCK).nature(NatureOfPayment.ROYALTY_OR_LICENSE);
    assertTrue(
        fires(check(from2025, "2024-05-01", stock), OpenPaymentsRules.FORM_INVALID_FOR_YEAR));
    assertFalse(
        fires(check(from2025, "2025-05-01", stock), OpenPaymentsRules.FORM_INVALID_FOR_YEAR));
    assertFalse(
        fires(
            check(from2025, "2024-05-01", t -> t.nature(NatureOfPayment.ROYALTY_OR_LICENSE)),
            OpenPaymentsRules.FORM_INVALID_FOR_YEAR));
  }

  @Test
  void aLargeConferenceItemAboveTheMinimumIsNotExcludedAndSaysWhy() {
    assertEquals(
        List.of(
            "WARNING openpayments.exclusion.condition-not-met [t]: Marked as a large-conference"
                + " item, but the exclusion covers items below the minimum only, or the minimum is"
                + " not known; it is judged as not excluded."),
        OpFixture.findings(
                check(
                    OpenPaymentsPolicy.builder().build(),
                    "2025-05-01",
                    OpFixture.excluded(StatutoryExclusion.LARGE_CONFERENCE_ITEM)),
                OpenPaymentsRules.EXCLUSION_CONDITION_NOT_MET.id())
            .stream()
            .map(f -> f.substring(0, f.lastIndexOf(" (")))
            .toList());
  }

  @Test
  void aCoveredDeviceOfAPy2021RecordNeedsItsDeviceIdentifierNamingEveryTransfer() {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .product(
                OpFixture.product("pump", ProductKind.DEVICE)
                    .putAttribute(OpenPaymentsAttributes.COVERED_PRODUCT, AttributeValue.flag(true))
                    .build())
            .pay("t2", "p", "2021-02-01", "40.00", t -> t.addRelatedProducts(ProductId.of("pump")))
            .pay("t1", "p", "2021-01-04", "40.00", t -> t.addRelatedProducts(ProductId.of("pump")))
            .build();
    List<String> found =
        OpFixture.findings(
            OpenPaymentsPack.withDefaults().check(account, AS_OF),
            OpenPaymentsRules.PRODUCT_FIELD_MISSING.id());
    assertEquals(1, found.size(), found.toString());
    assertTrue(
        found
            .get(0)
            .contains(
                "[pump, t1, t2]: Brand pump is related to 2 transfer(s) that may be reported, but a"
                    + " covered device or medical supply has no device identifier in"
                    + " openpayments.deviceIdentifier (reported from PY2021)."),
        found.get(0));
  }
}
