package dev.kamkit.rules.compliance.efpia;

import static dev.kamkit.model.explain.Param.choice;
import static dev.kamkit.model.explain.Param.count;
import static dev.kamkit.model.explain.Param.date;
import static dev.kamkit.model.explain.Param.list;
import static dev.kamkit.model.explain.Param.message;
import static dev.kamkit.model.explain.Param.money;
import static dev.kamkit.model.explain.Param.number;
import static dev.kamkit.model.explain.Param.ref;
import static dev.kamkit.model.explain.Param.text;
import static dev.kamkit.model.explain.Param.year;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/**
 * What the EFPIA pack's findings say. Each code starts with the id of the rule it is a finding of;
 * where a rule covers several situations, each has its own code under the rule's id.
 *
 * <p>Common arguments: {@code key} a custom attribute key as written; {@code hcp} and {@code
 * recipient} the person concerned, by id and name; {@code transfer} a transfer of value, by id;
 * {@code year} a disclosure period; {@code amount} and {@code total} amounts, in the transfer's or
 * the disclosure currency as the pattern says.
 */
public enum EfpiaCode implements MessageCode {
  /** The pack's name, for people: {@code RulePack.name()}. */
  PACK_NAME("efpia.pack.name"),

  /**
   * The policy has no disclosure currency for the account's {@code country} (ISO 3166-1 alpha-2),
   * so nothing of the account is disclosed (rule {@code efpia.configuration.currency-missing}).
   */
  CURRENCY_MISSING("efpia.configuration.currency-missing", text("country")),
  /**
   * {@code meals} meals are left unjudged because the policy does not say whether meals are
   * disclosed (rule {@code efpia.configuration.meals-setting-missing}).
   */
  MEALS_SETTING_MISSING("efpia.configuration.meals-setting-missing", count("meals")),
  /**
   * A transfer's EFPIA facts cannot be read; {@code problems} are {@code model.attribute.moved} (a
   * fact still recorded as a custom attribute) and {@code model.fact.unknown} messages, in order
   * (rule {@code efpia.attribute.invalid}).
   */
  ATTRIBUTE_INVALID("efpia.attribute.invalid", list("problems")),
  /**
   * A beneficiary's {@code amount} of a transfer on {@code date} has no host-supplied rate into the
   * disclosure {@code currency} (ISO 4217) for {@code year} (rule {@code efpia.amount.no-rate}).
   */
  NO_RATE("efpia.amount.no-rate", money("amount"), date("date"), text("currency"), year("year")),
  /**
   * No category is recorded and the transfer's {@code nature} of payment settles none for a
   * recipient of {@code type}; {@code key} is the category attribute and {@code allowed} the
   * category codes of that recipient type (rule {@code efpia.transfer.unclassified}).
   */
  UNCLASSIFIED_NATURE(
      "efpia.transfer.unclassified.nature",
      choice("nature"),
      choice("type"),
      text("key"),
      list("allowed")),
  /**
   * The recorded {@code category} is not one the Code has for a recipient of {@code type}: an HCP
   * has no donations and grants and no event sponsorship (rule {@code
   * efpia.transfer.unclassified}).
   */
  UNCLASSIFIED_CATEGORY("efpia.transfer.unclassified.category", choice("category"), choice("type")),
  /**
   * A transfer made on {@code date}, before the {@code firstPeriod} (2015) of the Code (rule {@code
   * efpia.transfer.out-of-scope}).
   */
  OUT_OF_SCOPE_BEFORE_FIRST_PERIOD(
      "efpia.transfer.out-of-scope.before-first-period", date("date"), year("firstPeriod")),
  /**
   * A beneficiary who is not recorded as a healthcare professional; the Code discloses transfers to
   * HCPs and HCOs only (rule {@code efpia.transfer.out-of-scope}).
   */
  OUT_OF_SCOPE_NOT_HCP("efpia.transfer.out-of-scope.not-hcp", ref("recipient")),
  /**
   * A meal of {@code amount} while the host's policy does not disclose meals (rule {@code
   * efpia.transfer.out-of-scope}).
   */
  OUT_OF_SCOPE_MEAL("efpia.transfer.out-of-scope.meal", money("amount")),
  /**
   * The transfer records the same value as {@code transfer} and is counted once, there (rule {@code
   * efpia.indirect.counted-once}).
   */
  COUNTED_ONCE("efpia.indirect.counted-once", ref("transfer")),
  /**
   * The counted-in attribute {@code key} holds {@code target}, which names no transfer of the
   * account; the transfer is disclosed where it is (rule {@code
   * efpia.indirect.counted-in-invalid}).
   */
  COUNTED_IN_UNKNOWN("efpia.indirect.counted-in-invalid.unknown", text("key"), text("target")),
  /**
   * The counted-in attribute {@code key} names the transfer itself; the transfer is disclosed where
   * it is (rule {@code efpia.indirect.counted-in-invalid}).
   */
  COUNTED_IN_ITSELF("efpia.indirect.counted-in-invalid.itself", text("key"), ref("target")),
  /**
   * The counted-in attribute {@code key} names {@code target}, a transfer that is itself counted
   * elsewhere; the transfer is disclosed where it is (rule {@code
   * efpia.indirect.counted-in-invalid}).
   */
  COUNTED_IN_COUNTED_ELSEWHERE(
      "efpia.indirect.counted-in-invalid.counted-elsewhere", text("key"), ref("target")),
  /**
   * The HCP consented to named disclosure of {@code consented} of their {@code transfers} transfers
   * in {@code year}; consent is all-in or all-out, so all are disclosed in aggregate (rule {@code
   * efpia.consent.partial}).
   */
  PARTIAL_CONSENT(
      "efpia.consent.partial", ref("hcp"), count("consented"), count("transfers"), year("year")),
  /**
   * The HCP refused named disclosure; their {@code transfers} transfers of {@code year} are
   * disclosed in aggregate (rule {@code efpia.consent.aggregated}).
   */
  AGGREGATED_REFUSED(
      "efpia.consent.aggregated.refused", ref("hcp"), count("transfers"), year("year")),
  /**
   * No consent to named disclosure is recorded for the HCP; their {@code transfers} transfers of
   * {@code year} are disclosed in aggregate (rule {@code efpia.consent.aggregated}).
   */
  AGGREGATED_NOT_RECORDED(
      "efpia.consent.aggregated.not-recorded", ref("hcp"), count("transfers"), year("year")),
  /**
   * Period {@code year} has ended and is not yet disclosed, before its {@code deadline}; it stays
   * public for at least {@code publicYears} years and its records are kept for at least {@code
   * recordYears} (rule {@code efpia.disclosure.due}).
   */
  DUE(
      "efpia.disclosure.due",
      year("year"),
      date("deadline"),
      count("publicYears"),
      count("recordYears")),
  /**
   * Period {@code year} is past its {@code deadline} with no publication recorded as of {@code
   * asOf} (rule {@code efpia.disclosure.overdue}).
   */
  OVERDUE("efpia.disclosure.overdue", year("year"), date("deadline"), date("asOf")),
  /**
   * Period {@code year} was {@code published} after its {@code deadline} (rule {@code
   * efpia.disclosure.late}).
   */
  LATE("efpia.disclosure.late", year("year"), date("published"), date("deadline")),
  /**
   * The disclosure of period {@code year}, which has ended, in {@code country}: {@code hcos} HCOs
   * and {@code hcps} HCPs named, {@code aggregates} aggregate rows, {@code research} (one of the
   * {@code efpia.disclosure.summary.research*} messages), the {@code total} and the {@code
   * deadline} (rule {@code efpia.disclosure.summary}).
   */
  SUMMARY(
      "efpia.disclosure.summary",
      year("year"),
      text("country"),
      count("hcos"),
      count("hcps"),
      count("aggregates"),
      message("research"),
      money("total"),
      date("deadline")),
  /**
   * As {@link #SUMMARY}, for a period that has not ended yet: the figures are those so far (rule
   * {@code efpia.disclosure.summary}).
   */
  SUMMARY_OPEN(
      "efpia.disclosure.summary.open",
      year("year"),
      text("country"),
      count("hcos"),
      count("hcps"),
      count("aggregates"),
      message("research"),
      money("total"),
      date("deadline")),
  /** The research and development a summary discloses in aggregate: its {@code amount}. */
  RESEARCH_AMOUNT("efpia.disclosure.summary.research", money("amount")),
  /** A summary's period has no research and development to disclose. */
  RESEARCH_NONE("efpia.disclosure.summary.research.none"),

  // ---- no longer produced: custom attributes became typed facts (issue 19); kept so that
  // results documents written before still read

  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_UNKNOWN_KEY("efpia.attribute.invalid.unknown-key", text("key"), list("known")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_NOT_TEXT("efpia.attribute.invalid.not-text", text("key"), message("value")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_NOT_ONE_OF(
      "efpia.attribute.invalid.not-one-of", text("key"), text("value"), list("allowed")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_NOT_FLAG("efpia.attribute.invalid.not-flag", text("key"), message("value")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  VALUE_TEXT("efpia.attribute.value.text", text("value")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  VALUE_NUMBER("efpia.attribute.value.number", number("value")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  VALUE_FLAG("efpia.attribute.value.flag", text("value")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  VALUE_DATE("efpia.attribute.value.date", date("value"));

  private final String code;
  private final List<Param> params;

  EfpiaCode(String code, Param... params) {
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
