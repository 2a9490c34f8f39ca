package dev.kamkit.rules.compliance.openpayments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.ThirdPartyKind;
import dev.kamkit.model.engagement.ThirdPartyRecipient;
import dev.kamkit.model.engagement.TravelDestination;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductCoverage;
import dev.kamkit.model.portfolio.ProductKind;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reportable transfers as General Payments records, field by field. */
class GeneralPaymentRecordTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  private static OpFixture withProducts() {
    return OpFixture.account()
        .physician("p")
        .product(
            OpFixture.product("onc", ProductKind.DRUG)
                .name("Oncozumab")
                .ndc("12345-678-90")
                .coverage(ProductCoverage.COVERED)
                .build())
        .product(
            OpFixture.product("pump", ProductKind.DEVICE)
                .name("InfuPump")
                .therapeuticArea("Infusion")
                .coverage(ProductCoverage.COVERED)
                .deviceIdentifier("00812345678901")
                .build());
  }

  /** The non-empty fields, in record order. */
  private static Map<String, String> filled(GeneralPaymentRecord record) {
    Map<String, String> filled = new LinkedHashMap<>();
    record
        .fields()
        .forEach(
            (k, v) -> {
              if (!v.isEmpty()) {
                filled.put(k, v);
              }
            });
    return filled;
  }

  @Test
  void aPhysiciansTravelRecordWithTwoProducts() {
    KeyAccount account =
        withProducts()
            .pay(
                "trip",
                "p",
                "2025-09-18",
                "450.00",
                t ->
                    t.nature(NatureOfPayment.TRAVEL_AND_LODGING)
                        .travelDestination(
                            TravelDestination.builder()
                                .city("Chicago")
                                .state("IL")
                                .country("US")
                                .build())
                        .addRelatedProducts(ProductId.of("onc"), ProductId.of("pump")))
            .build();
    OpenPaymentsPack pack =
        OpenPaymentsPack.of(
            OpenPaymentsPolicy.builder()
                .manufacturerName("Acme Pharma Inc.")
                .submittingEntityName("Acme Holdings")
                .build());
    List<GeneralPaymentRecord> records = pack.generalPaymentRecords(account, AS_OF);
    assertEquals(1, records.size());
    GeneralPaymentRecord record = records.get(0);
    assertEquals(GeneralPaymentFields.ALL, List.copyOf(record.fields().keySet()));
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("Covered_Recipient_Type", "Covered Recipient Physician");
    expected.put("Covered_Recipient_NPI", "1234567893");
    expected.put(
        "Covered_Recipient_Specialty_1", "Allopathic & Osteopathic Physicians|Internal Medicine");
    expected.put("Covered_Recipient_License_State_code1", "NY");
    expected.put("Submitting_Applicable_Manufacturer_or_Applicable_GPO_Name", "Acme Holdings");
    expected.put(
        "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name", "Acme Pharma Inc.");
    expected.put("Total_Amount_of_Payment_USDollars", "450.00");
    expected.put("Date_of_Payment", "2025-09-18");
    expected.put("Number_of_Payments_Included_in_Total_Amount", "1");
    expected.put("Form_of_Payment_or_Transfer_of_Value", "Cash or cash equivalent");
    expected.put("Nature_of_Payment_or_Transfer_of_Value", "Travel and Lodging");
    expected.put("City_of_Travel", "Chicago");
    expected.put("State_of_Travel", "IL");
    expected.put("Country_of_Travel", "US");
    expected.put("Third_Party_Payment_Recipient_Indicator", "No Third Party Payment");
    expected.put("Delay_in_Publication_Indicator", "No");
    expected.put("Program_Year", "2025");
    expected.put("Related_Product_Indicator", "Yes");
    expected.put("Covered_or_Noncovered_Indicator_1", "Covered");
    expected.put("Indicate_Drug_or_Biological_or_Device_or_Medical_Supply_1", "Drug");
    expected.put("Product_Category_or_Therapeutic_Area_1", "Oncology");
    expected.put("Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_1", "Oncozumab");
    expected.put("Associated_Drug_or_Biological_NDC_1", "12345-678-90");
    expected.put("Covered_or_Noncovered_Indicator_2", "Covered");
    expected.put("Indicate_Drug_or_Biological_or_Device_or_Medical_Supply_2", "Device");
    expected.put("Product_Category_or_Therapeutic_Area_2", "Infusion");
    expected.put("Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_2", "InfuPump");
    expected.put("Associated_Device_or_Medical_Supply_PDI_2", "00812345678901");
    assertEquals(expected, filled(record));
  }

  @Test
  void aTeachingHospitalRecordCarriesItsCcnNameAndContext() {
    KeyAccount account =
        OpFixture.account()
            .transfer(
                OpFixture.tov("grant", "2025-05-01", "5000.00 EUR")
                    .organisation(OpFixture.HOSPITAL)
                    .nature(NatureOfPayment.GRANT)
                    .addFact(
                        Fact.of(OpenPaymentsFacts.CONTEXTUAL_INFORMATION, "Fellows' research day")))
            .build();
    OpenPaymentsPolicy policy =
        OpenPaymentsPolicy.copyOf(OpFixture.withHospitalList(2025))
            .withUsdRates(UsdRate.of("EUR", LocalDate.of(2025, 1, 1), "1.0842"));
    GeneralPaymentRecord record =
        OpenPaymentsPack.of(policy).generalPaymentRecords(account, AS_OF).get(0);
    assertEquals(
        "Covered Recipient Teaching Hospital",
        record.field(GeneralPaymentFields.COVERED_RECIPIENT_TYPE));
    assertEquals("050454", record.field(GeneralPaymentFields.TEACHING_HOSPITAL_CCN));
    assertEquals(
        "UNIVERSITY MEDICAL CENTER", record.field(GeneralPaymentFields.TEACHING_HOSPITAL_NAME));
    assertEquals("5421.00", record.field(GeneralPaymentFields.TOTAL_AMOUNT_USD));
    assertEquals(
        "Fellows' research day", record.field(GeneralPaymentFields.CONTEXTUAL_INFORMATION));
    assertEquals("", record.field(GeneralPaymentFields.COVERED_RECIPIENT_NPI));
    assertEquals("No", record.field(GeneralPaymentFields.RELATED_PRODUCT_INDICATOR));
  }

  /** The device identifier field of a pump payment's record made on {@code date}. */
  private static String deviceIdentifierOnRecordOf(String date) {
    KeyAccount account =
        withProducts()
            .pay("t", "p", date, "40.00", t -> t.addRelatedProducts(ProductId.of("pump")))
            .build();
    GeneralPaymentRecord record =
        OpenPaymentsPack.withDefaults().generalPaymentRecords(account, AS_OF).get(0);
    assertEquals("InfuPump", record.field(GeneralPaymentFields.productName(1)));
    return record.field(GeneralPaymentFields.deviceIdentifier(1));
  }

  @Test
  void theDeviceIdentifierIsReportedFromPy2021() {
    assertEquals("", deviceIdentifierOnRecordOf("2019-05-01"));
    assertEquals("00812345678901", deviceIdentifierOnRecordOf("2021-01-04"));
  }

  /** The first product slot's NDC and device identifier on the record of a payment for it. */
  private static List<String> identifiersOnRecordOf(Product product) {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .product(product)
            .pay("t", "p", "2025-05-01", "40.00", t -> t.addRelatedProducts(product.id()))
            .build();
    GeneralPaymentRecord record =
        OpenPaymentsPack.withDefaults().generalPaymentRecords(account, AS_OF).get(0);
    return List.of(
        record.field(GeneralPaymentFields.ndc(1)),
        record.field(GeneralPaymentFields.deviceIdentifier(1)));
  }

  @Test
  void aRecordCarriesOnlyTheIdentifierACoveredProductOfItsKindHas() {
    Product.Builder drug =
        OpFixture.product("drug", ProductKind.DRUG)
            .ndc("12345-678-90")
            .deviceIdentifier("00812345678901");
    Product.Builder pump =
        OpFixture.product("pump", ProductKind.DEVICE)
            .ndc("12345-678-90")
            .deviceIdentifier("00812345678901");
    assertEquals(
        List.of("12345-678-90", ""),
        identifiersOnRecordOf(drug.coverage(ProductCoverage.COVERED).build()));
    assertEquals(
        List.of("", "00812345678901"),
        identifiersOnRecordOf(pump.coverage(ProductCoverage.COVERED).build()));
    // a non-covered product's record names it without identifiers
    assertEquals(
        List.of("", ""), identifiersOnRecordOf(drug.coverage(ProductCoverage.NON_COVERED).build()));
    assertEquals(
        List.of("", ""), identifiersOnRecordOf(pump.coverage(ProductCoverage.NON_COVERED).build()));
  }

  @Test
  void onlyReportableTransfersBecomeRecords() {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .pay("small", "p", "2025-05-01", "13.45")
            .pay("big", "p", "2025-05-02", "13.46")
            .build();
    assertEquals(
        List.of("big"),
        OpenPaymentsPack.withDefaults().generalPaymentRecords(account, AS_OF).stream()
            .map(r -> r.transfer().value())
            .toList());
  }

  @Test
  void fieldNamesAreCheckedAndSlotsRunFromOneToFive() {
    GeneralPaymentRecord record =
        GeneralPaymentRecord.builder()
            .transfer(TransferOfValueId.of("t"))
            .recipient(OpFixture.HOSPITAL)
            .putField("Program_Year", "2025")
            .build();
    assertThrows(IllegalArgumentException.class, () -> record.field("Program_year"));
    assertThrows(IllegalArgumentException.class, () -> GeneralPaymentFields.ndc(6));
    assertThrows(IllegalArgumentException.class, () -> GeneralPaymentFields.ndc(0));
    assertEquals("Associated_Drug_or_Biological_NDC_5", GeneralPaymentFields.ndc(5));
    assertEquals("Covered_or_Noncovered_Indicator_1", GeneralPaymentFields.coveredIndicator(1));
    // 28 recipient, payer, payment and third-party fields, and six for each of five products
    assertEquals(58, GeneralPaymentFields.ALL.size());
    assertEquals(58, Set.copyOf(GeneralPaymentFields.ALL).size());
  }

  /** The record of a consulting fee to physician p, directed as {@code third} says. */
  private static GeneralPaymentRecord directed(ThirdPartyRecipient third) {
    KeyAccount account = OpFixture.directedFee(third, "2500.00");
    List<GeneralPaymentRecord> records =
        OpenPaymentsPack.withDefaults().generalPaymentRecords(account, AS_OF);
    assertEquals(1, records.size());
    // reported as a payment to the covered recipient, not to the third party
    assertEquals(StakeholderId.of("p"), records.get(0).recipient());
    return records.get(0);
  }

  private static List<String> thirdPartyFields(GeneralPaymentRecord record) {
    return List.of(
        record.field(GeneralPaymentFields.THIRD_PARTY_INDICATOR),
        record.field(GeneralPaymentFields.THIRD_PARTY_NAME),
        record.field(GeneralPaymentFields.CHARITY_INDICATOR),
        record.field(GeneralPaymentFields.THIRD_PARTY_EQUALS_COVERED_RECIPIENT));
  }

  @Test
  void aFeeDonatedToACharityIsReportedToThePhysicianWithTheCharityOnTheRecord() {
    GeneralPaymentRecord record =
        directed(
            ThirdPartyRecipient.builder()
                .kind(ThirdPartyKind.ENTITY)
                .name("Children's Cancer Fund")
                .charity(true)
                .build());
    assertEquals(
        List.of("Entity", "Children's Cancer Fund", "Yes", "No"), thirdPartyFields(record));
  }

  @Test
  void aFeePaidToAnotherPhysicianNamesNoEntity() {
    GeneralPaymentRecord record =
        directed(
            ThirdPartyRecipient.builder()
                .kind(ThirdPartyKind.INDIVIDUAL)
                .name("Dr Ortiz")
                .coveredRecipient(true)
                .build());
    assertEquals(List.of("Individual", "", "No", "Yes"), thirdPartyFields(record));
  }

  @Test
  void cmsTextsAreReadIgnoringCase() {
    assertEquals(
        NatureOfPayment.ROYALTY_OR_LICENSE, CmsCodes.nature("Royalty or license").orElseThrow());
    assertEquals(
        NatureOfPayment.FOOD_AND_BEVERAGE, CmsCodes.nature("  FOOD AND BEVERAGE ").orElseThrow());
    assertEquals(
        FormOfPayment.IN_KIND_ITEMS_AND_SERVICES,
        CmsCodes.form("in-kind items and services").orElseThrow());
    assertEquals(Optional.empty(), CmsCodes.nature("Research"));
  }
}
