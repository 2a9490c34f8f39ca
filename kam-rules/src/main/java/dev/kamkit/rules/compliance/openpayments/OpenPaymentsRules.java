package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.Severity;
import java.util.List;

/**
 * Every rule of the Open Payments pack, for the catalogue and for hosts that filter findings by
 * rule. Ids are stable and never reused.
 */
public final class OpenPaymentsRules {
  private OpenPaymentsRules() {}

  private static final String DICTIONARY = "CMS General Payments Data Dictionary";
  private static final String PFS_2022 = "CY2022 Physician Fee Schedule final rule";

  /** The threshold table has no row for a program year that transfers fall in. */
  public static final RuleDescriptor PROGRAM_YEAR_UNKNOWN =
      RuleDescriptor.of(
          "openpayments.configuration.program-year-unknown",
          Severity.ERROR,
          "Every program year with transfers has a small-payment threshold row, kamkit's verified"
              + " row or one the host supplies",
          "42 U.S.C. 1320a-7h(e)(10)(B)(i); CMS yearly threshold notices");

  /** No teaching hospital list for a program year in which an organisation received a transfer. */
  public static final RuleDescriptor TEACHING_HOSPITAL_LIST_MISSING =
      RuleDescriptor.of(
          "openpayments.configuration.teaching-hospital-list-missing",
          Severity.ERROR,
          "Every program year with transfers to organisations has a teaching hospital list",
          "CMS Teaching Hospital List");

  /** A custom attribute the pack reads has a value it cannot read. */
  public static final RuleDescriptor ATTRIBUTE_INVALID =
      RuleDescriptor.of(
          "openpayments.attribute.invalid",
          Severity.ERROR,
          "Open Payments facts on transfers are typed facts with documented names, and products"
              + " carry none in custom attributes",
          "kamkit docs/compliance-openpayments.md, facts");

  /** A non-USD amount without a host-supplied rate. */
  public static final RuleDescriptor NO_USD_RATE =
      RuleDescriptor.of(
          "openpayments.amount.no-usd-rate",
          Severity.ERROR,
          "Every amount not in US dollars has a host-supplied USD rate for its date",
          DICTIONARY + ": Total_Amount_of_Payment_USDollars");

  /** Transfers to a resident, who is not a covered recipient. */
  public static final RuleDescriptor RESIDENT_EXCLUDED =
      RuleDescriptor.of(
          "openpayments.recipient.resident-excluded",
          Severity.INFO,
          "Transfers to residents are not reported; fellows are covered",
          "CMS Open Payments FAQs");

  /** Transfers to someone, or an organisation, that is not a covered recipient. */
  public static final RuleDescriptor NOT_COVERED =
      RuleDescriptor.of(
          "openpayments.recipient.not-covered",
          Severity.INFO,
          "Transfers to recipients who are not covered in the program year are not reported",
          "SSA 1861(r); cms.gov Changes for Reporting Entities; CMS Teaching Hospital List");

  /** A statutory exclusion applied. */
  public static final RuleDescriptor EXCLUSION_APPLIED =
      RuleDescriptor.of(
          "openpayments.exclusion.applied",
          Severity.INFO,
          "A transfer marked with a statutory exclusion is not reported",
          "42 U.S.C. 1320a-7h(e)(10)");

  /** Salary or benefits paid to the manufacturer's bona fide employee, not reported. */
  public static final RuleDescriptor EMPLOYEE_COMPENSATION_EXCLUDED =
      RuleDescriptor.of(
          "openpayments.exclusion.employee-compensation",
          Severity.INFO,
          "Salary and benefits paid to a bona fide employee of the manufacturer are not reported",
          "CMS Open Payments FAQs; BMS Physician Payment Sunshine Act page");

  /** Salary or benefits marked for a recipient who is not an employee on the day. */
  public static final RuleDescriptor EMPLOYEE_COMPENSATION_NOT_EMPLOYEE =
      RuleDescriptor.of(
          "openpayments.exclusion.employee-compensation-not-employee",
          Severity.WARNING,
          "A payment marked as salary or benefits goes to a recipient employed by the manufacturer"
              + " on its date; a contractor or consultant's pay is judged as any other payment",
          "CMS Open Payments FAQs; BMS Physician Payment Sunshine Act page");

  /** An exclusion is marked whose visible condition does not hold. */
  public static final RuleDescriptor EXCLUSION_CONDITION_NOT_MET =
      RuleDescriptor.of(
          "openpayments.exclusion.condition-not-met",
          Severity.WARNING,
          "A short-term device loan records at most 90 days; a large-conference item is below the"
              + " minimum; otherwise the transfer is judged as not excluded",
          "42 U.S.C. 1320a-7h(e)(10)(B); BMS Physician Payment Sunshine Act page");

  /** A group transfer without the headcount of everyone who partook. */
  public static final RuleDescriptor HEADCOUNT_MISSING =
      RuleDescriptor.of(
          "openpayments.group.headcount-missing",
          Severity.WARNING,
          "A group transfer records everyone who partook; without it the value is split among the"
              + " recorded attendees only",
          "42 CFR 403.904 (MeetingsNet)");

  /** A group transfer that is not a meal. */
  public static final RuleDescriptor GROUP_NOT_A_MEAL =
      RuleDescriptor.of(
          "openpayments.group.not-a-meal",
          Severity.WARNING,
          "The per-person split is verified for food and beverage; other group transfers are split"
              + " the same way and need review",
          "42 CFR 403.904 (MeetingsNet)");

  /** A nature of payment not valid in the record's program year. */
  public static final RuleDescriptor NATURE_INVALID_FOR_YEAR =
      RuleDescriptor.of(
          "openpayments.record.nature-invalid-for-year",
          Severity.ERROR,
          "The nature of payment is valid for general records in the program year",
          "CMS Nature of Payment code lists; " + PFS_2022);

  /** A form of payment not valid in the record's program year, per the host's setting. */
  public static final RuleDescriptor FORM_INVALID_FOR_YEAR =
      RuleDescriptor.of(
          "openpayments.record.form-invalid-for-year",
          Severity.ERROR,
          "Stock, Stock option and Any other ownership interest are used only from the year the"
              + " host sets",
          "CMS Form of Payment code lists");

  /** A form of payment that does not agree with the nature of payment. */
  public static final RuleDescriptor FORM_NATURE_MISMATCH =
      RuleDescriptor.of(
          "openpayments.record.form-nature-mismatch",
          Severity.ERROR,
          "The form of payment agrees with the nature of payment: no meal, travel, gift or"
              + " entertainment paid as stock, a stock option, another ownership interest or a"
              + " return on investment (and the pairs the host adds)",
          DICTIONARY
              + ": Form_of_Payment_or_Transfer_of_Value, Nature_of_Payment_or_Transfer_of_Value");

  /** Space rental to a recipient that is not a teaching hospital. */
  public static final RuleDescriptor SPACE_RENTAL_NOT_TEACHING_HOSPITAL =
      RuleDescriptor.of(
          "openpayments.record.space-rental-not-teaching-hospital",
          Severity.ERROR,
          "Space rental or facility fees go to teaching hospitals only",
          "CMS Nature of Payment code lists: Space rental or facility fees");

  /** Travel and lodging without a destination. */
  public static final RuleDescriptor TRAVEL_DESTINATION_MISSING =
      RuleDescriptor.of(
          "openpayments.record.travel-destination-missing",
          Severity.ERROR,
          "Travel and lodging records the city, state and country of travel",
          DICTIONARY + ": City_of_Travel, State_of_Travel, Country_of_Travel");

  /** More than five related products. */
  public static final RuleDescriptor TOO_MANY_PRODUCTS =
      RuleDescriptor.of(
          "openpayments.record.too-many-products",
          Severity.ERROR,
          "A record names at most five related products",
          DICTIONARY + ": related product fields");

  /** A related product without a field its record needs. */
  public static final RuleDescriptor PRODUCT_FIELD_MISSING =
      RuleDescriptor.of(
          "openpayments.record.product-field-missing",
          Severity.WARNING,
          "Each related product has its covered indicator, CMS category, and an NDC when it is a"
              + " covered drug or biological (its name and therapeutic area the model requires)",
          DICTIONARY
              + ": Covered_or_Noncovered_Indicator_n,"
              + " Indicate_Drug_or_Biological_or_Device_or_Medical_Supply_n,"
              + " Associated_Drug_or_Biological_NDC_n");

  /** A covered device or supply of a record from PY2021 without its device identifier. */
  public static final RuleDescriptor DEVICE_IDENTIFIER_MISSING =
      RuleDescriptor.of(
          "openpayments.record.device-identifier-missing",
          Severity.ERROR,
          "A covered device or medical supply related to a record from PY2021 has its primary"
              + " device identifier",
          DICTIONARY + ": Associated_Device_or_Medical_Supply_PDI_n");

  /** An NDC on a device or medical supply, or a device identifier on a drug or biological. */
  public static final RuleDescriptor PRODUCT_IDENTIFIER_NOT_APPLICABLE =
      RuleDescriptor.of(
          "openpayments.record.product-identifier-not-applicable",
          Severity.ERROR,
          "A related product's identifier fits its type: an NDC only for a drug or biological, a"
              + " device identifier only for a device or medical supply",
          DICTIONARY
              + ": Associated_Drug_or_Biological_NDC_n,"
              + " Associated_Device_or_Medical_Supply_PDI_n");

  /** An individual covered recipient without an NPI. */
  public static final RuleDescriptor NPI_MISSING =
      RuleDescriptor.of(
          "openpayments.record.npi-missing",
          Severity.WARNING,
          "An individual covered recipient has an NPI (its check digit is validated by the model)",
          DICTIONARY + ": Covered_Recipient_NPI");

  /** A payment directed to a third party entity whose name is not recorded. */
  public static final RuleDescriptor THIRD_PARTY_NAME_MISSING =
      RuleDescriptor.of(
          "openpayments.record.third-party-name-missing",
          Severity.ERROR,
          "A payment directed to a third party entity names that entity",
          DICTIONARY
              + ": Third_Party_Payment_Recipient_Indicator,"
              + " Name_of_Third_Party_Entity_Receiving_Payment_or_Transfer_of_Value");

  /** A third party entity's name over 50 characters. */
  public static final RuleDescriptor THIRD_PARTY_NAME_TOO_LONG =
      RuleDescriptor.of(
          "openpayments.record.third-party-name-too-long",
          Severity.ERROR,
          "The third party entity's name has at most 50 characters",
          DICTIONARY + ": Name_of_Third_Party_Entity_Receiving_Payment_or_Transfer_of_Value");

  /** A teaching-hospital record from PY2023 without contextual information. */
  public static final RuleDescriptor CONTEXTUAL_INFORMATION_MISSING =
      RuleDescriptor.of(
          "openpayments.record.contextual-information-missing",
          Severity.ERROR,
          "Teaching-hospital records from PY2023 carry contextual information",
          PFS_2022 + "; " + DICTIONARY + ": Contextual_Information");

  /** Contextual information over 500 characters. */
  public static final RuleDescriptor CONTEXTUAL_INFORMATION_TOO_LONG =
      RuleDescriptor.of(
          "openpayments.record.contextual-information-too-long",
          Severity.ERROR,
          "Contextual information has at most 500 characters",
          DICTIONARY + ": Contextual_Information");

  /** A general record from PY2023 asking for a delay in publication. */
  public static final RuleDescriptor PUBLICATION_DELAY_NOT_ALLOWED =
      RuleDescriptor.of(
          "openpayments.record.publication-delay-not-allowed",
          Severity.ERROR,
          "General records from PY2023 do not ask for a delay in publication",
          PFS_2022 + "; " + DICTIONARY + ": Delay_in_Publication_Indicator");

  /** Transfers that only the recipient's transfers under other accounts make reportable. */
  public static final RuleDescriptor REPORTABLE_ACROSS_ACCOUNTS =
      RuleDescriptor.of(
          "openpayments.reportable-across-accounts",
          Severity.WARNING,
          "Transfers below the minimum in their account that the recipient's aggregate across the"
              + " manufacturer's accounts makes reportable",
          "42 U.S.C. 1320a-7h(e)(10)(B)(i); CMS PY2025 threshold notice");

  /** Summary of one covered recipient-year. */
  public static final RuleDescriptor REPORTABLE =
      RuleDescriptor.of(
          "openpayments.reportable",
          Severity.INFO,
          "Per covered recipient and program year: transfers reportable, totals and the aggregate"
              + " against its trigger",
          "42 U.S.C. 1320a-7h(e)(10)(B)(i); CMS PY2025 threshold notice");

  /** Every rule, in catalogue order. */
  public static final List<RuleDescriptor> ALL =
      List.of(
          PROGRAM_YEAR_UNKNOWN,
          TEACHING_HOSPITAL_LIST_MISSING,
          ATTRIBUTE_INVALID,
          NO_USD_RATE,
          RESIDENT_EXCLUDED,
          NOT_COVERED,
          EXCLUSION_APPLIED,
          EMPLOYEE_COMPENSATION_EXCLUDED,
          EMPLOYEE_COMPENSATION_NOT_EMPLOYEE,
          EXCLUSION_CONDITION_NOT_MET,
          HEADCOUNT_MISSING,
          GROUP_NOT_A_MEAL,
          NATURE_INVALID_FOR_YEAR,
          FORM_INVALID_FOR_YEAR,
          FORM_NATURE_MISMATCH,
          SPACE_RENTAL_NOT_TEACHING_HOSPITAL,
          TRAVEL_DESTINATION_MISSING,
          TOO_MANY_PRODUCTS,
          PRODUCT_FIELD_MISSING,
          DEVICE_IDENTIFIER_MISSING,
          PRODUCT_IDENTIFIER_NOT_APPLICABLE,
          NPI_MISSING,
          THIRD_PARTY_NAME_MISSING,
          THIRD_PARTY_NAME_TOO_LONG,
          CONTEXTUAL_INFORMATION_MISSING,
          CONTEXTUAL_INFORMATION_TOO_LONG,
          PUBLICATION_DELAY_NOT_ALLOWED,
          REPORTABLE_ACROSS_ACCOUNTS,
          REPORTABLE);
}
