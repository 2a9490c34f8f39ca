package dev.kamkit.rules.compliance.openpayments;

import java.util.ArrayList;
import java.util.List;

/**
 * The General Payments fields kamkit fills, with the names CMS publishes in its General Payments
 * Data Dictionary (CMS). Only fields listed there, and that the model can fill, are included;
 * names, addresses, profile ids and ownership fields are the host's to add.
 */
public final class GeneralPaymentFields {
  private GeneralPaymentFields() {}

  /** {@code Covered_Recipient_Type}. */
  public static final String COVERED_RECIPIENT_TYPE = "Covered_Recipient_Type";

  /** {@code Teaching_Hospital_CCN}. */
  public static final String TEACHING_HOSPITAL_CCN = "Teaching_Hospital_CCN";

  /** {@code Teaching_Hospital_Name}. */
  public static final String TEACHING_HOSPITAL_NAME = "Teaching_Hospital_Name";

  /** {@code Covered_Recipient_NPI}: the individual's own NPI. */
  public static final String COVERED_RECIPIENT_NPI = "Covered_Recipient_NPI";

  /** {@code Covered_Recipient_Specialty_1}: the NUCC taxonomy text. */
  public static final String COVERED_RECIPIENT_SPECIALTY_1 = "Covered_Recipient_Specialty_1";

  /** {@code Submitting_Applicable_Manufacturer_or_Applicable_GPO_Name}. */
  public static final String SUBMITTING_ENTITY_NAME =
      "Submitting_Applicable_Manufacturer_or_Applicable_GPO_Name";

  /** {@code Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name}. */
  public static final String MANUFACTURER_NAME =
      "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name";

  /** {@code Total_Amount_of_Payment_USDollars}. */
  public static final String TOTAL_AMOUNT_USD = "Total_Amount_of_Payment_USDollars";

  /** {@code Date_of_Payment}. */
  public static final String DATE_OF_PAYMENT = "Date_of_Payment";

  /** {@code Number_of_Payments_Included_in_Total_Amount}. */
  public static final String NUMBER_OF_PAYMENTS = "Number_of_Payments_Included_in_Total_Amount";

  /** {@code Form_of_Payment_or_Transfer_of_Value}. */
  public static final String FORM = "Form_of_Payment_or_Transfer_of_Value";

  /** {@code Nature_of_Payment_or_Transfer_of_Value}. */
  public static final String NATURE = "Nature_of_Payment_or_Transfer_of_Value";

  /** {@code City_of_Travel}. */
  public static final String CITY_OF_TRAVEL = "City_of_Travel";

  /** {@code State_of_Travel}. */
  public static final String STATE_OF_TRAVEL = "State_of_Travel";

  /** {@code Country_of_Travel}. */
  public static final String COUNTRY_OF_TRAVEL = "Country_of_Travel";

  /**
   * {@code Third_Party_Payment_Recipient_Indicator}: {@code No Third Party Payment}, {@code Entity}
   * or {@code Individual}.
   */
  public static final String THIRD_PARTY_INDICATOR = "Third_Party_Payment_Recipient_Indicator";

  /** {@code Name_of_Third_Party_Entity_Receiving_Payment_or_Transfer_of_Value}. */
  public static final String THIRD_PARTY_NAME =
      "Name_of_Third_Party_Entity_Receiving_Payment_or_Transfer_of_Value";

  /** {@code Charity_Indicator}: whether the third party entity is a charity. */
  public static final String CHARITY_INDICATOR = "Charity_Indicator";

  /** {@code Third_Party_Equals_Covered_Recipient_Indicator}. */
  public static final String THIRD_PARTY_EQUALS_COVERED_RECIPIENT =
      "Third_Party_Equals_Covered_Recipient_Indicator";

  /** {@code Contextual_Information}. */
  public static final String CONTEXTUAL_INFORMATION = "Contextual_Information";

  /** {@code Delay_in_Publication_Indicator}. */
  public static final String DELAY_IN_PUBLICATION = "Delay_in_Publication_Indicator";

  /** {@code Program_Year}. */
  public static final String PROGRAM_YEAR = "Program_Year";

  /** {@code Related_Product_Indicator}. */
  public static final String RELATED_PRODUCT_INDICATOR = "Related_Product_Indicator";

  /** {@code Covered_Recipient_License_State_code1} to {@code ..code5}, n from 1 to 5. */
  public static String licenseState(int n) {
    return LICENSE_STATE_SLOTS.get(slot(n, 5) - 1);
  }

  /** {@code Covered_or_Noncovered_Indicator_n}, n from 1 to 5. */
  public static String coveredIndicator(int n) {
    return COVERED_INDICATOR_SLOTS.get(slot(n, 5) - 1);
  }

  /** {@code Indicate_Drug_or_Biological_or_Device_or_Medical_Supply_n}. */
  public static String productCategory(int n) {
    return PRODUCT_CATEGORY_SLOTS.get(slot(n, 5) - 1);
  }

  /** {@code Product_Category_or_Therapeutic_Area_n}. */
  public static String therapeuticArea(int n) {
    return THERAPEUTIC_AREA_SLOTS.get(slot(n, 5) - 1);
  }

  /** {@code Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_n}. */
  public static String productName(int n) {
    return PRODUCT_NAME_SLOTS.get(slot(n, 5) - 1);
  }

  /** {@code Associated_Drug_or_Biological_NDC_n}. */
  public static String ndc(int n) {
    return NDC_SLOTS.get(slot(n, 5) - 1);
  }

  /** {@code Associated_Device_or_Medical_Supply_PDI_n}, from PY2021. */
  public static String deviceIdentifier(int n) {
    return DEVICE_IDENTIFIER_SLOTS.get(slot(n, 5) - 1);
  }

  private static final List<String> LICENSE_STATE_SLOTS =
      List.of(
          "Covered_Recipient_License_State_code1",
          "Covered_Recipient_License_State_code2",
          "Covered_Recipient_License_State_code3",
          "Covered_Recipient_License_State_code4",
          "Covered_Recipient_License_State_code5");

  private static final List<String> COVERED_INDICATOR_SLOTS =
      List.of(
          "Covered_or_Noncovered_Indicator_1",
          "Covered_or_Noncovered_Indicator_2",
          "Covered_or_Noncovered_Indicator_3",
          "Covered_or_Noncovered_Indicator_4",
          "Covered_or_Noncovered_Indicator_5");

  private static final List<String> PRODUCT_CATEGORY_SLOTS =
      List.of(
          "Indicate_Drug_or_Biological_or_Device_or_Medical_Supply_1",
          "Indicate_Drug_or_Biological_or_Device_or_Medical_Supply_2",
          "Indicate_Drug_or_Biological_or_Device_or_Medical_Supply_3",
          "Indicate_Drug_or_Biological_or_Device_or_Medical_Supply_4",
          "Indicate_Drug_or_Biological_or_Device_or_Medical_Supply_5");

  private static final List<String> THERAPEUTIC_AREA_SLOTS =
      List.of(
          "Product_Category_or_Therapeutic_Area_1",
          "Product_Category_or_Therapeutic_Area_2",
          "Product_Category_or_Therapeutic_Area_3",
          "Product_Category_or_Therapeutic_Area_4",
          "Product_Category_or_Therapeutic_Area_5");

  private static final List<String> PRODUCT_NAME_SLOTS =
      List.of(
          "Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_1",
          "Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_2",
          "Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_3",
          "Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_4",
          "Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_5");

  private static final List<String> NDC_SLOTS =
      List.of(
          "Associated_Drug_or_Biological_NDC_1",
          "Associated_Drug_or_Biological_NDC_2",
          "Associated_Drug_or_Biological_NDC_3",
          "Associated_Drug_or_Biological_NDC_4",
          "Associated_Drug_or_Biological_NDC_5");

  private static final List<String> DEVICE_IDENTIFIER_SLOTS =
      List.of(
          "Associated_Device_or_Medical_Supply_PDI_1",
          "Associated_Device_or_Medical_Supply_PDI_2",
          "Associated_Device_or_Medical_Supply_PDI_3",
          "Associated_Device_or_Medical_Supply_PDI_4",
          "Associated_Device_or_Medical_Supply_PDI_5");

  /** Every field a {@link GeneralPaymentRecord} holds, in its order. */
  public static final List<String> ALL = all();

  private static List<String> all() {
    List<String> all =
        new ArrayList<>(
            List.of(
                COVERED_RECIPIENT_TYPE,
                TEACHING_HOSPITAL_CCN,
                TEACHING_HOSPITAL_NAME,
                COVERED_RECIPIENT_NPI,
                COVERED_RECIPIENT_SPECIALTY_1));
    for (int n = 1; n <= 5; n++) {
      all.add(licenseState(n));
    }
    all.addAll(
        List.of(
            SUBMITTING_ENTITY_NAME,
            MANUFACTURER_NAME,
            TOTAL_AMOUNT_USD,
            DATE_OF_PAYMENT,
            NUMBER_OF_PAYMENTS,
            FORM,
            NATURE,
            CITY_OF_TRAVEL,
            STATE_OF_TRAVEL,
            COUNTRY_OF_TRAVEL,
            THIRD_PARTY_INDICATOR,
            THIRD_PARTY_NAME,
            CHARITY_INDICATOR,
            THIRD_PARTY_EQUALS_COVERED_RECIPIENT,
            CONTEXTUAL_INFORMATION,
            DELAY_IN_PUBLICATION,
            PROGRAM_YEAR,
            RELATED_PRODUCT_INDICATOR));
    for (int n = 1; n <= 5; n++) {
      all.addAll(
          List.of(
              coveredIndicator(n),
              productCategory(n),
              therapeuticArea(n),
              productName(n),
              ndc(n),
              deviceIdentifier(n)));
    }
    return List.copyOf(all);
  }

  private static int slot(int n, int max) {
    if (n < 1 || n > max) {
      throw new IllegalArgumentException("slot must be 1 to " + max + ", was " + n);
    }
    return n;
  }
}
