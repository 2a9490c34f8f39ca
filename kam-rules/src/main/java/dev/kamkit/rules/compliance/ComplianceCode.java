package dev.kamkit.rules.compliance;

import static dev.kamkit.model.explain.Param.choice;
import static dev.kamkit.model.explain.Param.count;
import static dev.kamkit.model.explain.Param.date;
import static dev.kamkit.model.explain.Param.list;
import static dev.kamkit.model.explain.Param.message;
import static dev.kamkit.model.explain.Param.ref;
import static dev.kamkit.model.explain.Param.text;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/**
 * The lines every compliance report is worded with, whatever the packs. The problems packs share
 * when they read their facts are {@code dev.kamkit.model.base.FactReader}'s model codes.
 */
public enum ComplianceCode implements MessageCode {
  /**
   * One finding as a line: its severity, rule id, the ids of its subjects, what it says and the
   * regulation or code clause it rests on. {@link Finding#toString()} is its English words.
   */
  FINDING(
      "compliance.finding",
      choice("severity"),
      text("rule"),
      list("subjects"),
      message("message"),
      text("source")),
  /**
   * The headline of a {@link ComplianceReport}: the day checked, the packs that ran (each a {@link
   * #REPORT_PACK}) and how many findings there are, of which how many errors and warnings.
   */
  REPORT(
      "compliance.report",
      date("asOf"),
      list("packs"),
      count("findings"),
      count("errors"),
      count("warnings")),
  /** One pack that ran, in a report's headline: its id and the version of its policy. */
  REPORT_PACK("compliance.report.pack", text("pack"), text("version")),
  /** The findings of one account in a report: the account, and its findings counted likewise. */
  REPORT_ACCOUNT(
      "compliance.report.account",
      ref("account"),
      count("findings"),
      count("errors"),
      count("warnings")),

  // ---- violations of a pack's policy

  /**
   * A policy gives its own value for a year whose value kamkit ships verified (an Open Payments
   * threshold row, a New Jersey meal cap): a verified value cannot be replaced, only unverified
   * years can be set.
   */
  VERIFIED_YEAR_REPLACED("compliance.policy.verified-year-replaced"),

  // ---- no longer produced: custom attributes became typed facts (issue 19); kept so that
  // results documents written before still read

  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_UNKNOWN_KEY("compliance.attribute.unknown-key", text("key"), list("known")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_NOT_TEXT("compliance.attribute.not-text", text("key"), message("value")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_NOT_ONE_OF(
      "compliance.attribute.not-one-of", text("key"), text("value"), list("allowed")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_NOT_NUMBER("compliance.attribute.not-number", text("key"), message("value")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_NOT_POSITIVE_NUMBER(
      "compliance.attribute.not-positive-number", text("key"), message("value")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_NOT_FLAG("compliance.attribute.not-flag", text("key"), message("value")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  VALUE_TEXT("compliance.attribute.value.text", text("text")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  VALUE_NUMBER("compliance.attribute.value.number", text("number")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  VALUE_FLAG("compliance.attribute.value.flag", text("flag")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  VALUE_DATE("compliance.attribute.value.date", date("date"));

  private final String code;
  private final List<Param> params;

  ComplianceCode(String code, Param... params) {
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
