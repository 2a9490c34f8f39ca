package dev.kamkit.rules.compliance.openpayments;

import static dev.kamkit.model.explain.Param.choice;
import static dev.kamkit.model.explain.Param.count;
import static dev.kamkit.model.explain.Param.date;
import static dev.kamkit.model.explain.Param.list;
import static dev.kamkit.model.explain.Param.message;
import static dev.kamkit.model.explain.Param.money;
import static dev.kamkit.model.explain.Param.ref;
import static dev.kamkit.model.explain.Param.text;
import static dev.kamkit.model.explain.Param.year;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/**
 * What the Open Payments (Sunshine Act) pack says: its findings, one code per situation under the
 * rules of {@link OpenPaymentsRules}; the explanation of each {@link TransferAssessment}, one code
 * per {@link ReportabilityReason}; and the parts these are made of (configuration advice, program
 * years, missing product fields, the notes of a recipient-year summary).
 *
 * <p>Amounts are US dollars unless a code says otherwise. Codes of findings start with their rule's
 * id; a rule that reports one situation has its id as its code.
 */
public enum OpenPaymentsCode implements MessageCode {
  /** The pack's name, for people: {@code RulePack.name()}. */
  PACK_NAME("openpayments.pack.name"),

  // ---- configuration (a later release separates these from findings about the data)

  /**
   * Rule {@code openpayments.configuration.program-year-unknown}: transfers fall in a program year
   * without a threshold row; {@code years} are the years that have one ({@link #PROGRAM_YEAR}
   * each), {@code transfers} how many transfers are not judged, {@code advice} how to supply the
   * row ({@link #ADVICE_THRESHOLD_ROW} or {@link #ADVICE_THRESHOLD_ROW_2020}).
   */
  PROGRAM_YEAR_UNKNOWN(
      "openpayments.configuration.program-year-unknown",
      year("year"),
      list("years"),
      count("transfers"),
      message("advice")),
  /**
   * Rule {@code openpayments.configuration.teaching-hospital-list-missing}: transfers to
   * organisations fall in a program year without a teaching hospital list; {@code advice} is {@link
   * #ADVICE_TEACHING_HOSPITAL_LIST}.
   */
  TEACHING_HOSPITAL_LIST_MISSING(
      "openpayments.configuration.teaching-hospital-list-missing",
      year("year"),
      count("transfers"),
      message("advice")),
  /**
   * Developer advice: supply a program year's threshold row with {@code ThresholdRow.of} (every
   * year but PY2020).
   */
  ADVICE_THRESHOLD_ROW("openpayments.advice.threshold-row", year("year")),
  /**
   * Developer advice: supply PY2020's row with {@code VerifiedThresholds.programYear2020}, which
   * adds the verified aggregate {@code trigger} to the minimum the host confirms.
   */
  ADVICE_THRESHOLD_ROW_2020("openpayments.advice.threshold-row-2020", money("trigger")),
  /** Developer advice: add the program year's CMS Teaching Hospital List to the policy. */
  ADVICE_TEACHING_HOSPITAL_LIST("openpayments.advice.teaching-hospital-list", year("year")),
  /**
   * Developer advice: add a {@code UsdRate} for {@code currency} (its ISO code) effective on or
   * before {@code date} within {@code year}.
   */
  ADVICE_USD_RATE("openpayments.advice.usd-rate", text("currency"), date("date"), year("year")),
  /** A program year as the pack names it: {@code PY2025}. */
  PROGRAM_YEAR("openpayments.program-year", year("year")),

  // ---- attributes and amounts

  /**
   * Rule {@code openpayments.attribute.invalid}: the pack's facts of one transfer or product that
   * cannot be read; {@code problems} are {@code model.attribute.moved} (a fact still recorded as a
   * custom attribute), {@code model.fact.unknown} and {@link #ATTRIBUTE_PRODUCT_KEY_UNKNOWN}
   * messages, in the order found.
   */
  ATTRIBUTE_INVALID("openpayments.attribute.invalid", list("problems")),
  /** A product attribute {@code key} with the pack's prefix: the pack reads none on a product. */
  ATTRIBUTE_PRODUCT_KEY_UNKNOWN("openpayments.attribute.product-key-unknown", text("key")),
  /**
   * Rule {@code openpayments.amount.no-usd-rate}: an amount not in US dollars without a
   * host-supplied rate for its day, so its record cannot be reported; {@code advice} is {@link
   * #ADVICE_USD_RATE}.
   */
  NO_USD_RATE("openpayments.amount.no-usd-rate", money("amount"), date("date"), message("advice")),

  // ---- recipients and exclusions

  /**
   * Rule {@code openpayments.recipient.resident-excluded}: a resident, not a covered recipient, got
   * {@code transfers} transfers in the program year.
   */
  RESIDENT_EXCLUDED(
      "openpayments.recipient.resident-excluded",
      ref("recipient"),
      year("year"),
      count("transfers")),
  /**
   * Rule {@code openpayments.recipient.not-covered}: a recipient who is not covered in the program
   * year got {@code transfers} transfers; {@code reason} is the {@code openpayments.assessment.*}
   * message of why.
   */
  NOT_COVERED(
      "openpayments.recipient.not-covered",
      ref("recipient"),
      year("year"),
      message("reason"),
      count("transfers")),
  /**
   * Rule {@code openpayments.exclusion.applied}: a transfer is not reported because of a statutory
   * exclusion; {@code explanation} is its {@link #ASSESSMENT_STATUTORY_EXCLUSION} message.
   */
  EXCLUSION_APPLIED("openpayments.exclusion.applied", message("explanation")),
  /**
   * Rule {@code openpayments.exclusion.employee-compensation}: the transfer is salary or benefits
   * paid to {@code recipient}, the manufacturer's bona fide employee on {@code date}; not reported.
   */
  EMPLOYEE_COMPENSATION_EXCLUDED(
      "openpayments.exclusion.employee-compensation", ref("recipient"), date("date")),
  /**
   * Rule {@code openpayments.exclusion.employee-compensation-not-employee}: the transfer is marked
   * as salary or benefits, but {@code recipient} works for the manufacturer as a contractor or
   * consultant; it is judged as any other payment.
   */
  EMPLOYEE_COMPENSATION_TO_CONTRACTOR(
      "openpayments.exclusion.employee-compensation-not-employee.contractor", ref("recipient")),
  /**
   * Rule {@code openpayments.exclusion.employee-compensation-not-employee}: the transfer is marked
   * as salary or benefits, but {@code recipient} is not recorded as the manufacturer's employee on
   * {@code date}; it is judged as any other payment.
   */
  EMPLOYEE_COMPENSATION_NOT_EMPLOYED(
      "openpayments.exclusion.employee-compensation-not-employee.not-employed",
      ref("recipient"),
      date("date")),
  /**
   * Rule {@code openpayments.exclusion.condition-not-met}: a transfer marked as a short-term device
   * loan records a loan of {@code days} days, over the {@code maximum}; it is to be reported with
   * the nature {@code nature}.
   */
  DEVICE_LOAN_TOO_LONG(
      "openpayments.exclusion.condition-not-met.device-loan-too-long",
      count("days"),
      count("maximum"),
      choice("nature")),
  /**
   * Rule {@code openpayments.exclusion.condition-not-met}: a transfer marked as a short-term device
   * loan records no loan length in the attribute {@code key}.
   */
  DEVICE_LOAN_LENGTH_MISSING(
      "openpayments.exclusion.condition-not-met.device-loan-length-missing", text("key")),
  /**
   * Rule {@code openpayments.exclusion.condition-not-met}: a transfer marked as a large-conference
   * item is not below the program year's minimum, or the minimum or its dollar value is not known.
   */
  LARGE_CONFERENCE_ITEM_NOT_EXCLUDED(
      "openpayments.exclusion.condition-not-met.large-conference-item"),

  // ---- group transfers

  /**
   * Rule {@code openpayments.group.headcount-missing}: a group transfer of {@code amount} (in its
   * own currency) without a headcount is split among its {@code attendees} recorded attendees.
   */
  HEADCOUNT_MISSING("openpayments.group.headcount-missing", money("amount"), count("attendees")),
  /**
   * Rule {@code openpayments.group.not-a-meal}: a group transfer of a {@code nature} other than
   * food and beverage is split per person like a meal.
   */
  GROUP_NOT_A_MEAL("openpayments.group.not-a-meal", choice("nature")),

  // ---- record validity

  /**
   * Rule {@code openpayments.record.nature-invalid-for-year}: {@code nature} is not valid for
   * general records of the program {@code year}; {@code valid} is the years it is valid in ({@link
   * #YEARS_FROM} or {@link #YEARS_BETWEEN}).
   */
  NATURE_INVALID_FOR_YEAR(
      "openpayments.record.nature-invalid-for-year",
      choice("nature"),
      year("year"),
      message("valid")),
  /** Program years from {@code first} on: {@code PY2021 onwards}. */
  YEARS_FROM("openpayments.years.from", year("first")),
  /** Program years from {@code first} to {@code last}: {@code PY2013-PY2020}. */
  YEARS_BETWEEN("openpayments.years.between", year("first"), year("last")),
  /**
   * Rule {@code openpayments.record.form-invalid-for-year}: {@code form} is used only from the
   * program year {@code from} (the host's setting), and the record is of the earlier {@code year}.
   */
  FORM_INVALID_FOR_YEAR(
      "openpayments.record.form-invalid-for-year", choice("form"), year("from"), year("year")),
  /**
   * Rule {@code openpayments.record.form-nature-mismatch}: the {@code form} of payment does not
   * agree with the {@code nature} of payment.
   */
  FORM_NATURE_MISMATCH(
      "openpayments.record.form-nature-mismatch", choice("form"), choice("nature")),
  /**
   * Rule {@code openpayments.record.space-rental-not-teaching-hospital}: space rental or facility
   * fees paid to one person.
   */
  SPACE_RENTAL_TO_PERSON("openpayments.record.space-rental-not-teaching-hospital.person"),
  /**
   * Rule {@code openpayments.record.space-rental-not-teaching-hospital}: space rental or facility
   * fees paid to a group of people.
   */
  SPACE_RENTAL_TO_GROUP("openpayments.record.space-rental-not-teaching-hospital.group"),
  /** Rule {@code openpayments.record.travel-destination-missing}: travel without a destination. */
  TRAVEL_DESTINATION_MISSING("openpayments.record.travel-destination-missing"),
  /**
   * Rule {@code openpayments.record.too-many-products}: a transfer names {@code products} related
   * products, more than the {@code maximum} a record holds.
   */
  TOO_MANY_PRODUCTS("openpayments.record.too-many-products", count("products"), count("maximum")),
  /**
   * Rule {@code openpayments.record.product-field-missing}: {@code product} is related to {@code
   * transfers} transfers that may be reported, but lacks what {@code missing} lists ({@code
   * openpayments.product.*} messages).
   */
  PRODUCT_FIELD_MISSING(
      "openpayments.record.product-field-missing",
      ref("product"),
      count("transfers"),
      list("missing")),
  /**
   * Missing product field: whether it is a covered product, which the product field {@code key}
   * holds (named {@code key} since the fact was an attribute; results documents keep the name).
   */
  PRODUCT_COVERED_UNKNOWN("openpayments.product.covered-unknown", text("key")),
  /** Missing product field: a product of {@code kind} has no CMS product category. */
  PRODUCT_NO_CATEGORY("openpayments.product.no-category", choice("kind")),
  /** Missing product field: a covered drug or biological without an NDC. */
  PRODUCT_NDC_MISSING("openpayments.product.ndc-missing"),
  /**
   * Rule {@code openpayments.record.device-identifier-missing}: {@code product}, a covered device
   * or medical supply, is related to {@code transfers} transfers of program year {@code from} or
   * later that may be reported, and has no device identifier in its product field {@code key}
   * (named {@code key} since the fact was an attribute; results documents keep the name).
   */
  DEVICE_IDENTIFIER_MISSING(
      "openpayments.record.device-identifier-missing",
      ref("product"),
      count("transfers"),
      text("key"),
      year("from")),
  /**
   * Rule {@code openpayments.record.product-identifier-not-applicable}: {@code product}, of {@code
   * kind} device or medical supply, has an NDC, which identifies drugs and biologicals; it is
   * related to {@code transfers} transfers that may be reported.
   */
  NDC_NOT_APPLICABLE(
      "openpayments.record.product-identifier-not-applicable.ndc",
      ref("product"),
      choice("kind"),
      count("transfers")),
  /**
   * Rule {@code openpayments.record.product-identifier-not-applicable}: {@code product}, of {@code
   * kind} drug or biological, has a device identifier, which identifies devices and medical
   * supplies; it is related to {@code transfers} transfers that may be reported.
   */
  DEVICE_IDENTIFIER_NOT_APPLICABLE(
      "openpayments.record.product-identifier-not-applicable.device-identifier",
      ref("product"),
      choice("kind"),
      count("transfers")),
  /** Rule {@code openpayments.record.npi-missing}: an individual covered recipient without NPI. */
  NPI_MISSING("openpayments.record.npi-missing", ref("recipient")),
  /**
   * Rule {@code openpayments.record.contextual-information-missing}: a teaching-hospital record
   * from program year {@code from} on without the contextual information of attribute {@code key}.
   */
  CONTEXTUAL_INFORMATION_MISSING(
      "openpayments.record.contextual-information-missing", year("from"), text("key")),
  /**
   * Rule {@code openpayments.record.third-party-name-missing}: the transfer went to a third party
   * entity at its recipient's request, and the entity's name is not recorded.
   */
  THIRD_PARTY_NAME_MISSING("openpayments.record.third-party-name-missing"),
  /**
   * Rule {@code openpayments.record.third-party-name-too-long}: the third party entity's name has
   * {@code length} characters, more than the {@code maximum}.
   */
  THIRD_PARTY_NAME_TOO_LONG(
      "openpayments.record.third-party-name-too-long", count("length"), count("maximum")),
  /**
   * Rule {@code openpayments.record.contextual-information-too-long}: contextual information of
   * {@code length} characters, over the {@code maximum}.
   */
  CONTEXTUAL_INFORMATION_TOO_LONG(
      "openpayments.record.contextual-information-too-long", count("length"), count("maximum")),
  /**
   * Rule {@code openpayments.record.publication-delay-not-allowed}: a general record of the program
   * {@code year} asks for a delay in publication, not allowed from program year {@code from}.
   */
  PUBLICATION_DELAY_NOT_ALLOWED(
      "openpayments.record.publication-delay-not-allowed", year("from"), year("year")),

  // ---- the summary of a covered recipient-year

  /**
   * Rule {@code openpayments.reportable-across-accounts}: {@code transfers} below the minimum under
   * this account that are reportable once the recipient's transfers under all {@code accounts}
   * accounts count: their {@code aggregate} exceeds the trigger.
   */
  REPORTABLE_ACROSS_ACCOUNTS(
      "openpayments.reportable-across-accounts",
      ref("recipient"),
      year("year"),
      count("transfers"),
      money("aggregate"),
      count("accounts")),
  /**
   * Rule {@code openpayments.reportable}: one covered recipient-year; {@code reportable} of its
   * {@code transfers} transfers are reportable, {@code reportableTotal} of {@code total}; {@code
   * notes} are, in order: the manufacturer ({@link #NOTE_MANUFACTURER}) when known, the aggregate
   * against the trigger ({@link #NOTE_AGGREGATE_EXCEEDS}, {@link #NOTE_AGGREGATE_WITHIN} or {@link
   * #NOTE_NO_THRESHOLD}), {@link #NOTE_SO_FAR} while the year is open, {@link #NOTE_INCOMPLETE}
   * when an amount has no dollar value.
   */
  REPORTABLE(
      "openpayments.reportable",
      ref("recipient"),
      choice("type"),
      year("year"),
      count("reportable"),
      count("transfers"),
      money("reportableTotal"),
      money("total"),
      list("notes")),
  /** Summary note: the applicable manufacturer that paid, as the host names it. */
  NOTE_MANUFACTURER("openpayments.reportable.manufacturer", text("manufacturer")),
  /** Summary note: the year's aggregate exceeds the trigger, so small payments are reportable. */
  NOTE_AGGREGATE_EXCEEDS(
      "openpayments.reportable.aggregate-exceeds", money("aggregate"), money("trigger")),
  /** Summary note: the year's aggregate does not exceed the trigger. */
  NOTE_AGGREGATE_WITHIN(
      "openpayments.reportable.aggregate-within", money("aggregate"), money("trigger")),
  /** Summary note: the program year has no threshold row, so nothing is judged. */
  NOTE_NO_THRESHOLD("openpayments.reportable.no-threshold"),
  /** Summary note: the program year is still open; the totals are so far. */
  NOTE_SO_FAR("openpayments.reportable.so-far"),
  /** Summary note: some amounts have no dollar value and are left out of the totals. */
  NOTE_INCOMPLETE("openpayments.reportable.incomplete"),

  // ---- why one transfer is, or is not, reportable for one recipient (TransferAssessment)

  /** {@link ReportabilityReason#AT_OR_ABOVE_MINIMUM}: the dollar {@code value} and the minimum. */
  ASSESSMENT_AT_OR_ABOVE_MINIMUM(
      "openpayments.assessment.at-or-above-minimum",
      money("value"),
      year("year"),
      money("minimum")),
  /**
   * {@link ReportabilityReason#AGGREGATE_EXCEEDED}: {@code value} is below the minimum, but the
   * year's {@code aggregate} exceeds the {@code trigger}.
   */
  ASSESSMENT_AGGREGATE_EXCEEDED(
      "openpayments.assessment.aggregate-exceeded",
      money("value"),
      year("year"),
      money("minimum"),
      money("aggregate"),
      money("trigger")),
  /**
   * {@link ReportabilityReason#BELOW_MINIMUM} in a year that has ended: {@code value} is below the
   * minimum and the year's {@code aggregate} does not exceed the {@code trigger}.
   */
  ASSESSMENT_BELOW_MINIMUM(
      "openpayments.assessment.below-minimum",
      money("value"),
      year("year"),
      money("minimum"),
      money("aggregate"),
      money("trigger")),
  /**
   * {@link ReportabilityReason#BELOW_MINIMUM} while the year is open: the aggregate does not exceed
   * the trigger so far, and later payments may still make the transfer reportable.
   */
  ASSESSMENT_BELOW_MINIMUM_SO_FAR(
      "openpayments.assessment.below-minimum.so-far",
      money("value"),
      year("year"),
      money("minimum"),
      money("aggregate"),
      money("trigger")),
  /**
   * {@link ReportabilityReason#AGGREGATE_INCOMPLETE}: below the minimum, the known {@code
   * aggregate} does not exceed the {@code trigger}, and some payment of the year has no dollar
   * value.
   */
  ASSESSMENT_AGGREGATE_INCOMPLETE(
      "openpayments.assessment.aggregate-incomplete",
      money("value"),
      year("year"),
      money("minimum"),
      money("aggregate"),
      money("trigger")),
  /**
   * {@link ReportabilityReason#STATUTORY_EXCLUSION}: the {@code exclusion} applies; {@code source}
   * is where it comes from ({@link StatutoryExclusion#source()}).
   */
  ASSESSMENT_STATUTORY_EXCLUSION(
      "openpayments.assessment.statutory-exclusion", choice("exclusion"), text("source")),
  /** {@link ReportabilityReason#EMPLOYEE_COMPENSATION}. */
  ASSESSMENT_EMPLOYEE_COMPENSATION("openpayments.assessment.employee-compensation"),
  /** {@link ReportabilityReason#RESIDENT}. */
  ASSESSMENT_RESIDENT("openpayments.assessment.resident"),
  /** {@link ReportabilityReason#NON_PHYSICIAN_PRACTITIONER_BEFORE_2021}. */
  ASSESSMENT_NON_PHYSICIAN_PRACTITIONER_BEFORE_2021(
      "openpayments.assessment.non-physician-practitioner-before-2021"),
  /** {@link ReportabilityReason#NOT_A_COVERED_PROFESSION}. */
  ASSESSMENT_NOT_A_COVERED_PROFESSION("openpayments.assessment.not-a-covered-profession"),
  /** {@link ReportabilityReason#NO_US_LICENCE}. */
  ASSESSMENT_NO_US_LICENCE("openpayments.assessment.no-us-licence"),
  /** {@link ReportabilityReason#NOT_A_HEALTHCARE_PROFESSIONAL}. */
  ASSESSMENT_NOT_A_HEALTHCARE_PROFESSIONAL("openpayments.assessment.not-a-healthcare-professional"),
  /** {@link ReportabilityReason#NOT_A_TEACHING_HOSPITAL}: not on the program year's list. */
  ASSESSMENT_NOT_A_TEACHING_HOSPITAL(
      "openpayments.assessment.not-a-teaching-hospital", year("year")),
  /** {@link ReportabilityReason#BEFORE_DATA_COLLECTION}: before 1 August 2013. */
  ASSESSMENT_BEFORE_DATA_COLLECTION("openpayments.assessment.before-data-collection"),
  /** {@link ReportabilityReason#PROGRAM_YEAR_UNKNOWN}: no threshold row for the program year. */
  ASSESSMENT_PROGRAM_YEAR_UNKNOWN("openpayments.assessment.program-year-unknown", year("year")),
  /** {@link ReportabilityReason#TEACHING_HOSPITAL_LIST_MISSING}: no list for the program year. */
  ASSESSMENT_TEACHING_HOSPITAL_LIST_MISSING(
      "openpayments.assessment.teaching-hospital-list-missing", year("year")),
  /**
   * {@link ReportabilityReason#NO_USD_RATE}: the {@code amount}, in its own currency, paid on
   * {@code date} has no dollar rate in the policy.
   */
  ASSESSMENT_NO_USD_RATE("openpayments.assessment.no-usd-rate", money("amount"), date("date")),

  // ---- the aggregate-spend view and its assessments, explained (AggregateSpend.explanation())

  /**
   * The headline of an {@link AggregateSpend}: the day evaluated, the version of the policy, how
   * many of its {@code assessments} are {@code reportable}, over how many {@code recipientYears}.
   */
  AGGREGATE_SPEND(
      "openpayments.aggregate-spend",
      date("asOf"),
      text("policy"),
      count("reportable"),
      count("assessments"),
      count("recipientYears")),
  /**
   * One {@link RecipientYear} of an aggregate-spend view: the recipient (its id) and program year,
   * {@code reportable} of its {@code transfers} assessments reportable, {@code reportableTotal} of
   * {@code total}.
   */
  AGGREGATE_RECIPIENT_YEAR(
      "openpayments.aggregate-spend.recipient-year",
      ref("recipient"),
      year("year"),
      count("reportable"),
      count("transfers"),
      money("reportableTotal"),
      money("total")),
  /**
   * A {@link TransferAssessment} that is {@link ReportabilityStatus#REPORTABLE}: the transfer, the
   * recipient (their ids), the day, and why ({@code reason}, an {@code openpayments.assessment.*}
   * message).
   */
  ASSESSMENT_REPORTABLE(
      "openpayments.assessment.reportable",
      ref("transfer"),
      ref("recipient"),
      date("date"),
      message("reason")),
  /** A {@link TransferAssessment} that is {@link ReportabilityStatus#NOT_REPORTABLE}, and why. */
  ASSESSMENT_NOT_REPORTABLE(
      "openpayments.assessment.not-reportable",
      ref("transfer"),
      ref("recipient"),
      date("date"),
      message("reason")),
  /** A {@link TransferAssessment} that is {@link ReportabilityStatus#UNDETERMINED}, and why. */
  ASSESSMENT_UNDETERMINED(
      "openpayments.assessment.undetermined",
      ref("transfer"),
      ref("recipient"),
      date("date"),
      message("reason")),

  // ---- no longer produced: custom attributes became typed facts (issue 19); kept so that
  // results documents written before still read

  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_MOVED("openpayments.attribute.moved", text("key"), text("field")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_DEVICE_LOAN_DAYS("openpayments.attribute.device-loan-days", text("key"), text("value"));

  private final String code;
  private final List<Param> params;

  OpenPaymentsCode(String code, Param... params) {
    this.code = code;
    this.params = List.of(params);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public List<Param> params() {
    return params;
  }
}
