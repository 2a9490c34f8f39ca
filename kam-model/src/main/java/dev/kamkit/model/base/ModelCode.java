package dev.kamkit.model.base;

import static dev.kamkit.model.explain.Param.choice;
import static dev.kamkit.model.explain.Param.count;
import static dev.kamkit.model.explain.Param.date;
import static dev.kamkit.model.explain.Param.list;
import static dev.kamkit.model.explain.Param.number;
import static dev.kamkit.model.explain.Param.ref;
import static dev.kamkit.model.explain.Param.text;
import static dev.kamkit.model.explain.Param.year;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/**
 * What is wrong in one {@link ModelViolation}: one constant per broken invariant of the model.
 *
 * <p>The violation itself says where (its {@link ModelViolation#subject() subject} and {@link
 * ModelViolation#path() path}) and what value was found; the code says what is wrong with it, and
 * its arguments carry the facts the words need (the bounds of a range, the kind of object a
 * reference should name, the status that rules a field out). Words are in {@code
 * dev/kamkit/model/base/messages.properties} and its German and French translations.
 */
public enum ModelCode implements MessageCode {
  // ---- checks every model type shares

  /** A text, or an element of a list of texts, is empty or only whitespace. */
  BLANK("model.blank"),
  /** A number lies outside the inclusive range from {@code min} to {@code max}. */
  OUT_OF_RANGE("model.out-of-range", number("min"), number("max")),
  /** A count, quantity or amount that cannot be negative is below zero. */
  NEGATIVE("model.negative"),
  /** An amount that must be above zero is zero or negative: a transfer's amount, a cap. */
  NOT_POSITIVE("model.not-positive"),
  /**
   * A date lies before the date it may not precede, held by the object's field {@code field} (a
   * model attribute name, such as {@code startDate}) and being {@code floor}.
   */
  BEFORE("model.before", text("field"), date("floor")),
  /**
   * Two or more elements of one list share an id or key; reported once per shared key, at the
   * second element that has it.
   */
  DUPLICATE("model.duplicate"),
  /** A value is not dotted lower-case words, as the stable codes of reasons and rules must be. */
  NOT_DOTTED("model.dotted-code"),
  /** A key of a custom-attribute map is blank or has leading or trailing whitespace. */
  ATTRIBUTE_KEY("model.attribute-key"),
  /**
   * A custom attribute {@code key} that earlier releases read as a pack's fact: it is no longer
   * read, and the fact belongs in {@code field} (a typed fact such as {@code facts["fr.kind"]}, or
   * a model field).
   */
  ATTRIBUTE_MOVED("model.attribute.moved", text("key"), text("field")),
  /**
   * A fact or custom attribute {@code key} named with a pack's prefix that is none of the pack's
   * facts, which are {@code known}.
   */
  FACT_UNKNOWN("model.fact.unknown", text("key"), list("known")),
  /** A fact's value is not of its key's Java type; the key holds values of kind {@code kind}. */
  FACT_WRONG_TYPE("model.fact.wrong-type", text("kind")),
  /** A value is not an ISO 3166-1 alpha-2 country code. */
  NOT_A_COUNTRY("model.country-code"),
  /** A text that should be a decimal number is not one. */
  NOT_A_DECIMAL("model.decimal"),
  /** A required attribute was not set on a builder, or an id was given no text. */
  REQUIRED("model.required"),
  /** A null was passed where the model takes a value: to a builder, a factory or a copy. */
  NULL("model.null"),

  // ---- settings of a policy and the values it is built from

  /** A list, set or map that needs at least one element has none. */
  EMPTY("model.empty"),
  /** A number is above the value of its object's field {@code field}, {@code limit}. */
  EXCEEDS("model.exceeds", text("field"), number("limit")),
  /** A number is not below the value of its object's field {@code field}, {@code ceiling}. */
  NOT_BELOW("model.not-below", text("field"), number("ceiling")),
  /** A number is not above the value of its object's field {@code field}, {@code floor}. */
  NOT_ABOVE("model.not-above", text("field"), number("floor")),
  /** A day is not after the day {@code floor}, which {@code field} names. */
  NOT_AFTER("model.not-after", text("field"), date("floor")),
  /** A share is zero or less, or above 1: a cap or cut-off that must select something. */
  NOT_A_SHARE("model.share"),
  /** Weights add up to {@code found}, not to {@code total}. */
  TOTAL("model.total", number("total"), number("found")),
  /** A map keyed by an enum lacks the keys {@code missing}, which it must give a value for. */
  MISSING_KEYS("model.missing-keys", list("missing")),
  /** A list that ranks an enum's values does not name each of {@code expected} exactly once. */
  NOT_EACH_ONCE("model.not-each-once", list("expected")),
  /** Thresholds are not {@code count} values in strictly ascending order. */
  NOT_ASCENDING("model.not-ascending", count("count")),
  /** A list is not sorted by {@code by}, the order it must keep. */
  NOT_SORTED("model.not-sorted", text("by")),
  /** A year lies before {@code first}, the first year the rule or calendar it belongs to knows. */
  TOO_EARLY("model.year.too-early", year("first")),
  /**
   * A rounding mode is {@code UNNECESSARY}: amounts converted at a rate rarely come out in whole
   * minor units, and the conversion would throw.
   */
  ROUNDING_UNNECESSARY("model.rounding.unnecessary"),
  /** An amount or currency is not in {@code currency}, the only currency it may be in. */
  WRONG_CURRENCY("model.money.wrong-currency", text("currency")),
  /** Both sides of an exchange rate are {@code currency}. */
  SAME_CURRENCY("model.money.same-currency", text("currency")),

  // ---- references and hierarchies inside a key account or portfolio

  /** An id names no object of the kind {@code referent} in the same key account. */
  UNKNOWN_REFERENCE("model.reference.unknown", choice("referent")),
  /** An indication id names no indication of {@code product}, the product it is given with. */
  NOT_AN_INDICATION("model.reference.indication", ref("product")),
  /**
   * A speaker programme covers an indication id that is no indication of any product its
   * interaction discusses; {@code products} are those products, each once, in the order discussed
   * (empty when it discusses none).
   */
  NOT_AN_INDICATION_OF_PROGRAM("model.reference.program-indication", list("products")),
  /** Stakeholders' reporting lines form a cycle; {@code cycle} lists its stakeholders. */
  REPORTING_CYCLE("model.cycle.reporting-lines", list("cycle")),
  /** Actions' parent actions form a cycle; {@code cycle} lists its actions. */
  ACTION_CYCLE("model.cycle.parent-actions", list("cycle")),
  /** The parents of a portfolio's accounts form a cycle; {@code cycle} lists its accounts. */
  ACCOUNT_CYCLE("model.cycle.account-hierarchy", list("cycle")),
  /**
   * A product or team member of a portfolio is described differently in two accounts; {@code
   * account} is the account whose description came first.
   */
  DESCRIBED_DIFFERENTLY("model.portfolio.described-differently", ref("account")),

  // ---- ids, NPIs and money

  /** An id is longer than {@code max} characters. */
  ID_TOO_LONG("model.id.too-long", count("max")),
  /** An id starts or ends with whitespace. */
  ID_PADDED("model.id.padded"),
  /** An id contains a control character. */
  ID_CONTROL_CHARACTER("model.id.control-character"),
  /** An NPI is not exactly ten digits. */
  NPI_DIGITS("model.npi.digits"),
  /** An NPI's last digit is not its check digit, which would be {@code expected}. */
  NPI_CHECK_DIGIT("model.npi.check-digit", count("expected")),
  /** An amount has more than {@code digits} digits before the decimal point. */
  AMOUNT_TOO_LARGE("model.money.too-large", count("digits")),
  /** An amount has more decimal places than its currency {@code currency} allows, {@code scale}. */
  AMOUNT_TOO_PRECISE("model.money.too-precise", text("currency"), count("scale")),
  /** A currency code is not an ISO 4217 currency. */
  NOT_A_CURRENCY("model.money.currency"),
  /** A money text is not an amount, one space and a currency code, as {@code "125.00 USD"}. */
  NOT_MONEY_TEXT("model.money.text"),

  // ---- invariants of one model type

  /** An account names itself as its parent. */
  ACCOUNT_OWN_PARENT("model.account.own-parent"),
  /** A contract records an administrative fee but is of kind {@code kind}, not a GPO agreement. */
  CONTRACT_FEE_NOT_GPO("model.contract.fee-not-gpo", choice("kind")),
  /** An annual volume gives neither units nor net revenue. */
  VOLUME_EMPTY("model.volume.empty"),
  /** A site-level decision body names no site. */
  DECISION_BODY_SITE_MISSING("model.decision-body.site-missing"),
  /** A system-level decision body names a site. */
  DECISION_BODY_SITE_NOT_SYSTEM("model.decision-body.site-not-system"),
  /**
   * A transfer of value goes to {@code found} of recipient, organisation and attendees, not one.
   */
  TRANSFER_RECIPIENTS("model.transfer.recipients", count("found")),
  /** A transfer of value records a headcount but has no attendees. */
  TRANSFER_HEADCOUNT_NOT_GROUP("model.transfer.headcount-not-group"),
  /** A group transfer's headcount is below its {@code attendees} attendees. */
  TRANSFER_HEADCOUNT_TOO_LOW("model.transfer.headcount-too-low", count("attendees")),
  /** A transfer of value of nature {@code nature} records a meal setting. */
  TRANSFER_MEAL_SETTING_NOT_FOOD("model.transfer.meal-setting-not-food", choice("nature")),
  /** A transfer of value of nature {@code nature} records an item. */
  TRANSFER_ITEM_NOT_GIFT("model.transfer.item-not-gift", choice("nature")),
  /** A group transfer of value names a third party; only one recipient can direct a payment. */
  TRANSFER_THIRD_PARTY_GROUP("model.transfer.third-party-group"),
  /** A transfer of value to an organisation or a group is marked as an employee's compensation. */
  TRANSFER_EMPLOYMENT_COMPENSATION_NOT_PERSON("model.transfer.employment-compensation-not-person"),
  /** A third party that is an individual is marked as a charity. */
  THIRD_PARTY_CHARITY_NOT_ENTITY("model.third-party.charity-not-entity"),
  /** A service agreement has {@code found} of stakeholder and organisation as provider, not one. */
  AGREEMENT_PROVIDERS("model.agreement.providers", count("found")),
  /** An interaction names none of our team members. */
  INTERACTION_NO_TEAM_MEMBER("model.interaction.no-team-member"),
  /** A speaker programme records a need for someone who did not attend the interaction. */
  INTERACTION_NEED_OF_ABSENTEE("model.interaction.need-of-absentee"),
  /** An action names itself as its parent. */
  ACTION_OWN_PARENT("model.action.own-parent"),
  /** A completed action has no completion date. */
  ACTION_COMPLETION_MISSING("model.action.completion-missing"),
  /** An action that is {@code status}, not completed, has a completion date. */
  ACTION_COMPLETION_NOT_COMPLETED("model.action.completion-not-completed", choice("status")),
  /** A customer feedback gives none of its three scores. */
  FEEDBACK_EMPTY("model.feedback.empty"),
  /** A KPI has a measurement date but no current value. */
  KPI_MEASURED_WITHOUT_VALUE("model.kpi.measured-without-value"),
  /** An objective names an indication but not the product it belongs to. */
  OBJECTIVE_INDICATION_WITHOUT_PRODUCT("model.objective.indication-without-product"),
  /** A shared value initiative that is {@code status} records a launch date. */
  INITIATIVE_LAUNCH_NOT_LAUNCHED("model.initiative.launch-not-launched", choice("status")),
  /** A target list has no stakeholder. */
  TARGET_LIST_EMPTY("model.target-list.empty"),
  /** A formulary entry that is {@code status}, not restricted, records restrictions. */
  FORMULARY_RESTRICTIONS_NOT_RESTRICTED(
      "model.formulary.restrictions-not-restricted", choice("status")),
  /** An indication approval's jurisdiction is neither a country code nor {@code EU}. */
  APPROVAL_JURISDICTION("model.approval.jurisdiction"),
  /** A whitespace cell that is {@code status}, not competitor-held, names a competitor product. */
  WHITESPACE_COMPETITOR_NOT_HELD("model.whitespace.competitor-not-held", choice("status")),
  /** A whitespace cell that is not indicated names an indication. */
  WHITESPACE_INDICATION_NOT_INDICATED("model.whitespace.indication-not-indicated"),
  /** A licence state of a healthcare professional is not a two-letter state code. */
  HCP_STATE_CODE("model.hcp.state-code"),
  /** A stakeholder names themself as the one they report to. */
  STAKEHOLDER_REPORTS_TO_SELF("model.stakeholder.reports-to-self"),
  /** A stakeholder who is {@code status}, neither retiring nor departed, has a departure date. */
  STAKEHOLDER_DEPARTURE_NOT_LEAVING("model.stakeholder.departure-not-leaving", choice("status")),
  /** A stakeholder influence names the same stakeholder on both sides. */
  INFLUENCE_ON_SELF("model.influence.self"),
  /** A clinical unit is named with a site it does not belong to. */
  UNIT_NOT_AT_SITE("model.unit.not-at-site", ref("site")),
  /** An open opportunity has no expected close. */
  OPPORTUNITY_EXPECTED_CLOSE_MISSING("model.opportunity.expected-close-missing"),
  /** A won or lost opportunity has no day it closed. */
  OPPORTUNITY_CLOSE_MISSING("model.opportunity.close-missing"),
  /** An open opportunity has a day it closed. */
  OPPORTUNITY_CLOSE_NOT_CLOSED("model.opportunity.close-not-closed", choice("stage")),
  /** An opportunity that is not lost has a loss reason. */
  OPPORTUNITY_LOSS_NOT_LOST("model.opportunity.loss-not-lost", choice("stage")),
  /**
   * A committee submission's step is at a stage that does not follow {@code previous}, the stage of
   * the step before it: stages only move forward, except that a deferred decision may send the
   * submission back to any stage.
   */
  SUBMISSION_STAGE_ORDER("model.submission.stage-order", choice("previous")),
  /** A committee submission's step is dated before {@code previous}, the step before it. */
  SUBMISSION_DATE_ORDER("model.submission.date-order", date("previous")),
  /** A committee submission has a step after its final {@code decision}. */
  SUBMISSION_AFTER_FINAL_DECISION("model.submission.after-final-decision", choice("decision")),
  /** A submission step at the decision stage does not say what was decided. */
  SUBMISSION_DECISION_MISSING("model.submission.decision-missing"),
  /** A submission step at {@code stage}, not the decision stage, records a decision. */
  SUBMISSION_DECISION_NOT_AT_DECISION("model.submission.decision-not-at-decision", choice("stage")),
  /** A committee submission targets a meeting before the day it was {@code requested}. */
  SUBMISSION_TARGET_BEFORE_REQUEST("model.submission.target-before-request", date("requested")),
  /** A submission to a site's decision body names another site than the body's {@code site}. */
  SUBMISSION_SITE_NOT_BODY_SITE("model.submission.site-not-body-site", ref("site")),
  /**
   * A competitor's activity overlaps another record of the same competitor, for {@code from} to
   * {@code to}, without both naming products and none in common: the same interactions would count
   * twice.
   */
  COMPETITOR_ACTIVITY_OVERLAP("model.competitor-activity.overlap", date("from"), date("to"));

  private final String code;
  private final List<Param> params;

  ModelCode(String code, Param... params) {
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
