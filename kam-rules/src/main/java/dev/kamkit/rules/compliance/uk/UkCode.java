package dev.kamkit.rules.compliance.uk;

import static dev.kamkit.model.explain.Param.count;
import static dev.kamkit.model.explain.Param.date;
import static dev.kamkit.model.explain.Param.list;
import static dev.kamkit.model.explain.Param.message;
import static dev.kamkit.model.explain.Param.number;
import static dev.kamkit.model.explain.Param.ref;
import static dev.kamkit.model.explain.Param.text;
import static dev.kamkit.model.explain.Param.year;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/**
 * What the Disclosure UK pack's findings say. Each code starts with the id of the rule it is a
 * finding of; where a rule covers several situations, each has its own code under the rule's id.
 *
 * <p>Common arguments: {@code stakeholder} the person concerned, shown by id; {@code key} a custom
 * attribute key as written; {@code date} a transfer's day; {@code year} a disclosure period.
 */
public enum UkCode implements MessageCode {
  /** The pack's name, for people: {@code RulePack.name()}. */
  PACK_NAME("uk.pack.name"),

  /**
   * The policy has no submission day while the account has disclosable transfers (rule {@code
   * uk.configuration.submission-day-missing}).
   */
  SUBMISSION_DAY_MISSING("uk.configuration.submission-day-missing"),
  /**
   * A stakeholder's UK facts cannot be read; {@code problems} are {@code model.attribute.moved} (a
   * fact still recorded as a custom attribute) and {@code model.fact.unknown} messages, in order
   * (rule {@code uk.attribute.invalid}).
   */
  ATTRIBUTE_INVALID("uk.attribute.invalid", list("problems")),
  /**
   * An HCP has {@code transfers} disclosed transfers and no lawful basis recorded under {@code key}
   * (rule {@code uk.lawful-basis.missing}).
   */
  LAWFUL_BASIS_MISSING_HCP(
      "uk.lawful-basis.missing.hcp", ref("stakeholder"), count("transfers"), text("key")),
  /**
   * A decision maker who is not an HCP has {@code transfers} disclosed transfers and no lawful
   * basis recorded under {@code key} (rule {@code uk.lawful-basis.missing}).
   */
  LAWFUL_BASIS_MISSING_DECISION_MAKER(
      "uk.lawful-basis.missing.decision-maker",
      ref("stakeholder"),
      count("transfers"),
      text("key")),
  /**
   * An HCP is disclosed on the basis of consent but refused disclosure consent (rule {@code
   * uk.lawful-basis.consent-not-given}).
   */
  CONSENT_REFUSED("uk.lawful-basis.consent-not-given.refused", ref("stakeholder")),
  /**
   * An HCP is disclosed on the basis of consent but no disclosure consent is recorded (rule {@code
   * uk.lawful-basis.consent-not-given}).
   */
  CONSENT_NOT_RECORDED("uk.lawful-basis.consent-not-given.not-recorded", ref("stakeholder")),
  /**
   * A transfer to a person who is neither an HCP nor a decision maker, which Disclosure UK does not
   * cover (rule {@code uk.recipient.out-of-scope}).
   */
  OUT_OF_SCOPE_NOT_DECISION_MAKER(
      "uk.recipient.out-of-scope.not-decision-maker", ref("stakeholder")),
  /**
   * A transfer made on {@code date}, before January 2022, to a decision maker who is not an HCP
   * (rule {@code uk.recipient.out-of-scope}).
   */
  OUT_OF_SCOPE_BEFORE_2022(
      "uk.recipient.out-of-scope.decision-maker-before-2022", ref("stakeholder"), date("date")),
  /**
   * Period {@code year} has ended: submit by {@code deadline}, the host's day; publication falls on
   * {@code publicationFrom} or {@code publicationBy} (rule {@code uk.submission.due}).
   */
  SUBMISSION_DUE(
      "uk.submission.due",
      year("year"),
      date("deadline"),
      date("publicationFrom"),
      date("publicationBy")),
  /**
   * Period {@code year} has ended and the policy sets no submission day: submit about the end of
   * March of {@code submissionYear}; publication falls on {@code publicationFrom} or {@code
   * publicationBy} (rule {@code uk.submission.due}).
   */
  SUBMISSION_DUE_DAY_UNSET(
      "uk.submission.due.day-unset",
      year("year"),
      year("submissionYear"),
      date("publicationFrom"),
      date("publicationBy")),

  // ---- no longer produced: custom attributes became typed facts (issue 19); kept so that
  // results documents written before still read

  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_UNKNOWN_KEY("uk.attribute.invalid.unknown-key", text("key"), list("known")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_NOT_TEXT("uk.attribute.invalid.not-text", text("key"), message("value")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_NOT_ALLOWED(
      "uk.attribute.invalid.not-allowed", text("key"), text("value"), list("allowed")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_NOT_FLAG("uk.attribute.invalid.not-flag", text("key"), message("value")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  VALUE_TEXT("uk.attribute.value.text", text("value")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  VALUE_NUMBER("uk.attribute.value.number", number("value")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  VALUE_FLAG("uk.attribute.value.flag", text("value")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  VALUE_DATE("uk.attribute.value.date", date("value"));

  private final String code;
  private final List<Param> params;

  UkCode(String code, Param... params) {
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
