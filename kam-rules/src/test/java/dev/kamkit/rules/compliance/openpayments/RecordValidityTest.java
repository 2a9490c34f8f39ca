package dev.kamkit.rules.compliance.openpayments;

import static dev.kamkit.rules.compliance.openpayments.OpFixture.expected;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.fact;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.message;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.nested;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.portfolio.ProductCoverage;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.TrainingStatus;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
    assertEquals(
        message(OpenPaymentsCode.YEARS_FROM, Arg.year(2021)),
        NatureValidity.validYears(NatureOfPayment.ACQUISITIONS));
    assertEquals(
        message(OpenPaymentsCode.YEARS_BETWEEN, Arg.year(2013), Arg.year(2020)),
        NatureValidity.validYears(NatureOfPayment.SPEAKER_ACCREDITED_CONTINUING_EDUCATION));
    assertEquals(
        "PY2021 onwards", NatureValidity.validYears(NatureOfPayment.ACQUISITIONS).toString());
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
                    .addFact(
                        Fact.of(
                            OpenPaymentsFacts.CONTEXTUAL_INFORMATION,
                            "Unrestricted grant for the fellows' research day")))
            .build();
    assertFalse(
        fires(
            OpenPaymentsPack.of(lists).check(withContext, AS_OF),
            OpenPaymentsRules.CONTEXTUAL_INFORMATION_MISSING));
  }

  /**
   * A short-term device loan to an organisation whose teaching-hospital status is unknown needs no
   * record (42 U.S.C. 1320a-7h(e)(10)(B): loans for a trial of 90 days or less), so neither its
   * record fields nor its loan length are questioned, nor is the missing teaching-hospital list
   * asked for it; at 91 days it is a record, and the length and the list are.
   */
  @Test
  void aShortTermDeviceLoanToAnOrganisationOfUnknownStatusNeedsNoRecord() {
    for (long days : new long[] {60, 90, 91}) {
      KeyAccount account =
          OpFixture.account()
              .transfer(
                  OpFixture.tov("t", "2026-03-21", "4800.00 USD")
                      .organisation(OpFixture.HOSPITAL)
                      .nature(NatureOfPayment.LONG_TERM_MEDICAL_SUPPLY_OR_DEVICE_LOAN)
                      .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
                      .addFact(
                          Fact.of(
                              OpenPaymentsFacts.EXCLUSION,
                              StatutoryExclusion.SHORT_TERM_DEVICE_LOAN))
                      .addFact(Fact.of(OpenPaymentsFacts.DEVICE_LOAN_DAYS, days)))
              .build();
      List<Finding> findings = OpenPaymentsPack.withDefaults().check(account, AS_OF);
      assertEquals(
          days > 90,
          fires(findings, OpenPaymentsRules.EXCLUSION_CONDITION_NOT_MET),
          days + " days");
      assertEquals(
          days > 90,
          fires(findings, OpenPaymentsRules.CONTEXTUAL_INFORMATION_MISSING),
          days + " days");
      assertEquals(
          days > 90,
          fires(findings, OpenPaymentsRules.TEACHING_HOSPITAL_LIST_MISSING),
          days + " days");
    }
  }

  @Test
  void contextualInformationOf500CharactersIsAllowedAnd501IsNot() {
    assertFalse(
        fires(
            check(
                OpenPaymentsPolicy.defaults(),
                "2025-05-01",
                fact(OpenPaymentsFacts.CONTEXTUAL_INFORMATION, "x".repeat(500))),
            OpenPaymentsRules.CONTEXTUAL_INFORMATION_TOO_LONG));
    assertTrue(
        fires(
            check(
                OpenPaymentsPolicy.defaults(),
                "2025-05-01",
                fact(OpenPaymentsFacts.CONTEXTUAL_INFORMATION, "x".repeat(501))),
            OpenPaymentsRules.CONTEXTUAL_INFORMATION_TOO_LONG));
  }

  @Test
  void aPublicationDelayIsAllowedBeforePy2023Only() {
    UnaryOperator<TransferOfValue.Builder> delay =
        t -> t.addFact(Fact.of(OpenPaymentsFacts.DELAY_IN_PUBLICATION, true));
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
              .coverage(ProductCoverage.COVERED)
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
                    .coverage(ProductCoverage.COVERED)
                    .build())
            .product(OpFixture.product("dx", ProductKind.DIAGNOSTIC).build())
            .product(
                OpFixture.product("old-device", ProductKind.DEVICE)
                    .coverage(ProductCoverage.COVERED)
                    .build())
            .product(
                OpFixture.product("non-covered", ProductKind.DRUG)
                    .coverage(ProductCoverage.NON_COVERED)
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
    assertEquals(
        List.of(
            expected(
                OpenPaymentsRules.PRODUCT_FIELD_MISSING,
                List.of(ProductId.of("drug"), TransferOfValueId.of("t")),
                OpenPaymentsCode.PRODUCT_FIELD_MISSING,
                Arg.of(ProductId.of("drug"), "Brand drug"),
                Arg.of(1),
                Arg.list(nested(OpenPaymentsCode.PRODUCT_NDC_MISSING))),
            expected(
                OpenPaymentsRules.PRODUCT_FIELD_MISSING,
                List.of(ProductId.of("dx"), TransferOfValueId.of("t")),
                OpenPaymentsCode.PRODUCT_FIELD_MISSING,
                Arg.of(ProductId.of("dx"), "Brand dx"),
                Arg.of(1),
                Arg.list(
                    nested(OpenPaymentsCode.PRODUCT_COVERED_UNKNOWN, Arg.text("coverage")),
                    nested(OpenPaymentsCode.PRODUCT_NO_CATEGORY, Arg.of(ProductKind.DIAGNOSTIC))))),
        OpFixture.of(
            OpenPaymentsPack.withDefaults().check(account, AS_OF),
            OpenPaymentsRules.PRODUCT_FIELD_MISSING));
  }

  /** The identifier findings of one covered product of {@code kind}, related to a 2025 payment. */
  private static List<Finding> identifiers(
      ProductKind kind, Optional<String> ndc, Optional<String> deviceIdentifier, boolean related) {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .product(
                OpFixture.product("x", kind)
                    .coverage(ProductCoverage.COVERED)
                    .ndc(ndc)
                    .deviceIdentifier(deviceIdentifier)
                    .build())
            .pay(
                "t",
                "p",
                "2025-05-01",
                "40.00",
                t -> related ? t.addRelatedProducts(ProductId.of("x")) : t)
            .build();
    return OpFixture.of(
        OpenPaymentsPack.withDefaults().check(account, AS_OF),
        OpenPaymentsRules.PRODUCT_IDENTIFIER_NOT_APPLICABLE);
  }

  private static Finding notApplicable(OpenPaymentsCode code, ProductKind kind) {
    return expected(
        OpenPaymentsRules.PRODUCT_IDENTIFIER_NOT_APPLICABLE,
        List.of(ProductId.of("x"), TransferOfValueId.of("t")),
        code,
        Arg.of(ProductId.of("x"), "Brand x"),
        Arg.of(kind),
        Arg.of(1));
  }

  @Test
  void anIdentifierMustFitTheProductsKind() {
    Optional<String> ndc = Optional.of("12345-678-90");
    Optional<String> di = Optional.of("00812345678901");
    Optional<String> none = Optional.empty();
    // each kind with its own identifier: nothing to say
    assertEquals(List.of(), identifiers(ProductKind.DRUG, ndc, none, true));
    assertEquals(List.of(), identifiers(ProductKind.BIOLOGICAL, ndc, none, true));
    assertEquals(List.of(), identifiers(ProductKind.DEVICE, none, di, true));
    assertEquals(List.of(), identifiers(ProductKind.MEDICAL_SUPPLY, none, di, true));
    // an NDC on a supply, a device identifier on a biological
    assertEquals(
        List.of(notApplicable(OpenPaymentsCode.NDC_NOT_APPLICABLE, ProductKind.MEDICAL_SUPPLY)),
        identifiers(ProductKind.MEDICAL_SUPPLY, ndc, di, true));
    assertEquals(
        List.of(
            notApplicable(
                OpenPaymentsCode.DEVICE_IDENTIFIER_NOT_APPLICABLE, ProductKind.BIOLOGICAL)),
        identifiers(ProductKind.BIOLOGICAL, ndc, di, true));
    // a drug with both is told of the device identifier only
    assertEquals(
        List.of(OpenPaymentsCode.DEVICE_IDENTIFIER_NOT_APPLICABLE.code()),
        identifiers(ProductKind.DRUG, ndc, di, true).stream().map(f -> f.code()).toList());
    // a product no record names is not a record's problem
    assertEquals(List.of(), identifiers(ProductKind.DEVICE, ndc, none, false));
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
                    .putAttribute("openpayments.coveredProduct", AttributeValue.text("yes"))
                    .build())
            .pay(
                "t",
                "p",
                "2025-05-01",
                "40.00",
                t ->
                    t.putAttribute(
                            OpenPaymentsFacts.DEVICE_LOAN_DAYS.name(), AttributeValue.number("1.5"))
                        .putAttribute(
                            OpenPaymentsFacts.DELAY_IN_PUBLICATION.name(),
                            AttributeValue.text("no"))
                        .putAttribute(
                            OpenPaymentsFacts.MANUFACTURER.name(), AttributeValue.text(" "))
                        .putAttribute(
                            "openpayments.exclusions", AttributeValue.text("product-sample")))
            .build();
    List<Finding> found =
        OpFixture.of(
            OpenPaymentsPack.withDefaults().check(account, AS_OF),
            OpenPaymentsRules.ATTRIBUTE_INVALID);
    assertEquals(
        List.of(
            expected(
                OpenPaymentsRules.ATTRIBUTE_INVALID,
                List.of(TransferOfValueId.of("t")),
                OpenPaymentsCode.ATTRIBUTE_INVALID,
                Arg.list(
                    moved(OpenPaymentsFacts.DELAY_IN_PUBLICATION.name()),
                    moved(OpenPaymentsFacts.DEVICE_LOAN_DAYS.name()),
                    nested(
                        ModelCode.FACT_UNKNOWN,
                        Arg.text("openpayments.exclusions"),
                        Arg.list(
                            OpenPaymentsFacts.TRANSFER_KEYS.stream()
                                .map(k -> Arg.text(k.name()))
                                .toList())),
                    moved(OpenPaymentsFacts.MANUFACTURER.name()))),
            expected(
                OpenPaymentsRules.ATTRIBUTE_INVALID,
                List.of(ProductId.of("d")),
                OpenPaymentsCode.ATTRIBUTE_INVALID,
                Arg.list(
                    nested(
                        ModelCode.ATTRIBUTE_MOVED,
                        Arg.text("openpayments.coveredProduct"),
                        Arg.text("coverage"))))),
        found);
    assertEquals(
        "ERROR openpayments.attribute.invalid [d]: openpayments.coveredProduct is no longer read"
            + " from the custom attributes: record it as coverage. (kamkit"
            + " docs/compliance-openpayments.md, facts)",
        found.get(1).toString());
  }

  private static Arg moved(String name) {
    return nested(ModelCode.ATTRIBUTE_MOVED, Arg.text(name), Arg.text("facts[\"" + name + "\"]"));
  }

  @Test
  void aTypedExclusionIsRead() {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .pay(
                "t",
                "p",
                "2025-05-01",
                "400.00",
                OpFixture.excluded(StatutoryExclusion.PRODUCT_SAMPLE))
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
    assertEquals(
        List.of(
            message(
                OpenPaymentsCode.DEVICE_LOAN_LENGTH_MISSING,
                Arg.text(OpenPaymentsFacts.DEVICE_LOAN_DAYS.name()))),
        OpFixture.messages(
            pack.check(account, AS_OF), OpenPaymentsRules.EXCLUSION_CONDITION_NOT_MET));
  }

  private static List<Message> invalidAttributes(UnaryOperator<TransferOfValue.Builder> adjust) {
    return OpFixture.messages(
        check(OpenPaymentsPolicy.builder().build(), "2025-05-01", adjust),
        OpenPaymentsRules.ATTRIBUTE_INVALID);
  }

  private static Message invalid(Arg... problems) {
    return message(OpenPaymentsCode.ATTRIBUTE_INVALID, Arg.list(problems));
  }

  private static UnaryOperator<TransferOfValue.Builder> loanDays(String days) {
    Fact<Long> fact = Fact.of(OpenPaymentsFacts.DEVICE_LOAN_DAYS, Long.parseLong(days));
    return t -> t.addFact(fact);
  }

  @Test
  void aLoanLengthIsAWholeNumberOfDaysFromOne() {
    assertEquals(
        ModelCode.NOT_POSITIVE,
        assertThrows(InvalidModelException.class, () -> loanDays("0")).violations().get(0).code());
    assertEquals(List.of(), invalidAttributes(loanDays("1")));
    assertEquals(List.of(), invalidAttributes(loanDays("5")));
    assertEquals(List.of(), invalidAttributes(loanDays("9223372036854775807")));
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
            expected(
                OpenPaymentsRules.ATTRIBUTE_INVALID,
                List.of(ProductId.of("d")),
                OpenPaymentsCode.ATTRIBUTE_INVALID,
                Arg.list(
                    nested(
                        OpenPaymentsCode.ATTRIBUTE_PRODUCT_KEY_UNKNOWN,
                        Arg.text("openpayments.covered"))))),
        OpFixture.of(
            OpenPaymentsPack.withDefaults().check(account, AS_OF),
            OpenPaymentsRules.ATTRIBUTE_INVALID));
  }

  @Test
  void aTransferAfterAsOfIsNotCheckedYet() {
    assertEquals(
        List.of(),
        OpFixture.findings(
            check(
                OpenPaymentsPolicy.builder().build(),
                "2026-06-02",
                t -> t.putAttribute("openpayments.deviceLoanDays", AttributeValue.number("0"))),
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
            expected(
                OpenPaymentsRules.EXCLUSION_CONDITION_NOT_MET,
                List.of(TransferOfValueId.of("t")),
                OpenPaymentsCode.LARGE_CONFERENCE_ITEM_NOT_EXCLUDED)),
        OpFixture.of(
            check(
                OpenPaymentsPolicy.builder().build(),
                "2025-05-01",
                OpFixture.excluded(StatutoryExclusion.LARGE_CONFERENCE_ITEM)),
            OpenPaymentsRules.EXCLUSION_CONDITION_NOT_MET));
  }

  /** The device-identifier findings of a covered pump related to payments on {@code dates}. */
  private static List<Finding> pumpWithoutIdentifier(String... dates) {
    OpFixture fixture =
        OpFixture.account()
            .physician("p")
            .product(
                OpFixture.product("pump", ProductKind.DEVICE)
                    .coverage(ProductCoverage.COVERED)
                    .build());
    for (int i = 0; i < dates.length; i++) {
      fixture.pay(
          "t" + (i + 1), "p", dates[i], "40.00", t -> t.addRelatedProducts(ProductId.of("pump")));
    }
    return OpFixture.of(
        OpenPaymentsPack.withDefaults().check(fixture.build(), AS_OF),
        OpenPaymentsRules.DEVICE_IDENTIFIER_MISSING);
  }

  @Test
  void aCoveredDeviceOfAPy2021RecordNeedsItsDeviceIdentifierNamingThoseTransfers() {
    List<Finding> found = pumpWithoutIdentifier("2021-02-01", "2021-01-01", "2020-12-31");
    assertEquals(
        List.of(
            expected(
                OpenPaymentsRules.DEVICE_IDENTIFIER_MISSING,
                List.of(
                    ProductId.of("pump"), TransferOfValueId.of("t1"), TransferOfValueId.of("t2")),
                OpenPaymentsCode.DEVICE_IDENTIFIER_MISSING,
                Arg.of(ProductId.of("pump"), "Brand pump"),
                Arg.of(2),
                Arg.text("deviceIdentifier"),
                Arg.year(2021))),
        found);
    assertEquals(
        "ERROR openpayments.record.device-identifier-missing [pump, t1, t2]: Brand pump is a"
            + " covered device or medical supply related to 2 transfers of PY2021 or later that"
            + " may be reported, but has no device identifier in deviceIdentifier;"
            + " the record needs it in Associated_Device_or_Medical_Supply_PDI_n. (CMS General"
            + " Payments Data Dictionary: Associated_Device_or_Medical_Supply_PDI_n)",
        found.get(0).toString());
  }

  @Test
  void aDeviceOfPy2020RecordsOnlyNeedsNoDeviceIdentifier() {
    assertEquals(List.of(), pumpWithoutIdentifier("2020-12-31"));
    assertEquals(1, pumpWithoutIdentifier("2020-12-31", "2021-01-01").size());
  }
}
