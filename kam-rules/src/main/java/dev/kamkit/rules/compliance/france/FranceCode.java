package dev.kamkit.rules.compliance.france;

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
 * What the France pack's findings say. Each code starts with the id of the rule it is a finding of;
 * where a rule covers several situations, each has its own code under the rule's id.
 *
 * <p>Common arguments: {@code amount} one beneficiary's share of a transfer in euros, tax included;
 * {@code date} the transfer's day; {@code threshold} or {@code limit} the figure of {@link
 * FrenchThresholds} it is compared with; {@code beneficiary} the person or organisation, by id and
 * name; {@code key} a custom attribute key as written ({@code fr.authorisation} in the anti-gift
 * findings: the attribute that would record the authorisation).
 */
public enum FranceCode implements MessageCode {
  /** The pack's name, for people: {@code RulePack.name()}. */
  PACK_NAME("france.pack.name"),

  /**
   * {@code avantages} avantages of exactly the publication {@code threshold} are left unjudged
   * because the policy does not say whether the test is {@code >} or {@code >=} (rule {@code
   * france.configuration.publication-test-missing}).
   */
  PUBLICATION_TEST_MISSING(
      "france.configuration.publication-test-missing", count("avantages"), money("threshold")),
  /**
   * A transfer's France facts cannot be read; {@code problems} are {@code model.attribute.moved} (a
   * fact still recorded as a custom attribute) and {@code model.fact.unknown} messages, in order
   * (rule {@code france.attribute.invalid}).
   */
  ATTRIBUTE_INVALID("france.attribute.invalid", list("problems")),
  /**
   * A beneficiary's {@code amount} of a transfer on {@code date}, not in euros, has no
   * host-supplied EUR rate for {@code year} (rule {@code france.amount.no-eur-rate}).
   */
  NO_EUR_RATE("france.amount.no-eur-rate", money("amount"), date("date"), year("year")),
  /**
   * A transfer under {@code convention} is published on Transparence Santé whatever its amount
   * (rule {@code france.transparency.publish}).
   */
  PUBLISH_CONVENTION(
      "france.transparency.publish.convention", text("convention"), money("amount"), date("date")),
  /**
   * An avantage of exactly the publication {@code threshold}, published because the host's test is
   * {@code >=} (rule {@code france.transparency.publish}).
   */
  PUBLISH_AT_THRESHOLD(
      "france.transparency.publish.at-threshold",
      money("amount"),
      date("date"),
      money("threshold")),
  /**
   * An avantage above the publication {@code threshold}, published (rule {@code
   * france.transparency.publish}).
   */
  PUBLISH_ABOVE_THRESHOLD(
      "france.transparency.publish.above-threshold",
      money("amount"),
      date("date"),
      money("threshold")),
  /**
   * A transfer under the anti-gift law records no kind under {@code key}, so its thresholds cannot
   * be judged; {@code kinds} lists the kind codes (rule {@code france.lea.kind-missing}).
   */
  KIND_MISSING("france.lea.kind-missing", text("key"), list("kinds")),
  /**
   * A fee of {@code amount} records neither hours ({@code hoursKey}) nor half-days ({@code
   * halfDaysKey}), so the {@code perHour} and {@code perHalfDay} thresholds cannot be judged (rule
   * {@code france.lea.fee-duration-missing}).
   */
  FEE_DURATION_MISSING(
      "france.lea.fee-duration-missing",
      money("amount"),
      text("hoursKey"),
      text("halfDaysKey"),
      money("perHour"),
      money("perHalfDay")),
  /**
   * Hospitality of {@code amount} for {@code nights} nights is above the {@code threshold} a night
   * and no authorisation is recorded (rule {@code france.lea.authorisation-missing}).
   */
  AUTHORISATION_NIGHTS(
      "france.lea.authorisation-missing.nights",
      money("amount"),
      number("nights"),
      money("threshold"),
      text("key")),
  /**
   * Hospitality of {@code amount} for {@code meals} meals is above the {@code threshold} a meal and
   * no authorisation is recorded (rule {@code france.lea.authorisation-missing}).
   */
  AUTHORISATION_MEALS(
      "france.lea.authorisation-missing.meals",
      money("amount"),
      number("meals"),
      money("threshold"),
      text("key")),
  /**
   * Hospitality of {@code amount} for {@code snacks} snacks is above the {@code threshold} a snack
   * and no authorisation is recorded (rule {@code france.lea.authorisation-missing}).
   */
  AUTHORISATION_SNACKS(
      "france.lea.authorisation-missing.snacks",
      money("amount"),
      number("snacks"),
      money("threshold"),
      text("key")),
  /**
   * A fee of {@code amount} for {@code hours} hours is above the {@code threshold} an hour and no
   * authorisation is recorded (rule {@code france.lea.authorisation-missing}).
   */
  AUTHORISATION_HOURS(
      "france.lea.authorisation-missing.hours",
      money("amount"),
      number("hours"),
      money("threshold"),
      text("key")),
  /**
   * A fee of {@code amount} for {@code halfDays} half-days is above the {@code threshold} a
   * half-day and no authorisation is recorded (rule {@code france.lea.authorisation-missing}).
   */
  AUTHORISATION_HALF_DAYS(
      "france.lea.authorisation-missing.half-days",
      money("amount"),
      number("halfDays"),
      money("threshold"),
      text("key")),
  /**
   * A registration fee of {@code amount} is above the {@code threshold} and no authorisation is
   * recorded (rule {@code france.lea.authorisation-missing}).
   */
  AUTHORISATION_REGISTRATION(
      "france.lea.authorisation-missing.registration",
      money("amount"),
      money("threshold"),
      text("key")),
  /**
   * Training funding of {@code amount} is above the {@code threshold} and no authorisation is
   * recorded (rule {@code france.lea.authorisation-missing}).
   */
  AUTHORISATION_TRAINING(
      "france.lea.authorisation-missing.training",
      money("amount"),
      money("threshold"),
      text("key")),
  /**
   * A research gift of {@code amount} to an HCP is above the {@code threshold} and no authorisation
   * is recorded (rule {@code france.lea.authorisation-missing}).
   */
  AUTHORISATION_RESEARCH_GIFT_HCP(
      "france.lea.authorisation-missing.research-gift.hcp",
      money("amount"),
      money("threshold"),
      text("key")),
  /**
   * A research gift of {@code amount} to an association is above the {@code threshold} and no
   * authorisation is recorded (rule {@code france.lea.authorisation-missing}).
   */
  AUTHORISATION_RESEARCH_GIFT_ASSOCIATION(
      "france.lea.authorisation-missing.research-gift.association",
      money("amount"),
      money("threshold"),
      text("key")),
  /**
   * The beneficiary's hospitality and registration for {@code event} total {@code total}, above the
   * {@code threshold}, and some of them carry no authorisation (rule {@code
   * france.lea.authorisation-missing}).
   */
  AUTHORISATION_EVENT_TOTAL(
      "france.lea.authorisation-missing.event-total",
      text("event"),
      money("total"),
      ref("beneficiary"),
      money("threshold"),
      text("key")),
  /**
   * The beneficiary's fees under {@code convention} total {@code total}, above the {@code
   * threshold}, and some of them carry no authorisation (rule {@code
   * france.lea.authorisation-missing}).
   */
  AUTHORISATION_CONVENTION_TOTAL(
      "france.lea.authorisation-missing.convention-total",
      text("convention"),
      money("total"),
      ref("beneficiary"),
      money("threshold"),
      text("key")),
  /**
   * An impromptu meal, book or sample ({@code kind}) of {@code amount} is above the négligeable
   * {@code limit} for one item so it follows the routing: {@code route} (rule {@code
   * france.lea.not-negligible}).
   */
  NOT_NEGLIGIBLE_ABOVE_LIMIT(
      "france.lea.not-negligible.above-limit",
      choice("kind"),
      money("amount"),
      date("date"),
      money("limit"),
      message("route")),
  /**
   * An impromptu meal within the limit, but the beneficiary already had the {@code allowed}
   * négligeable impromptu meals of {@code year}; it follows the routing, {@code route} (rule {@code
   * france.lea.not-negligible}).
   */
  NOT_NEGLIGIBLE_IMPROMPTU_MEALS(
      "france.lea.not-negligible.impromptu-meals-per-year",
      money("amount"),
      date("date"),
      ref("beneficiary"),
      year("year"),
      count("allowed"),
      message("route")),
  /**
   * A sample within the limit, but the beneficiary already had the {@code allowed} négligeable
   * samples of {@code year}; it follows the routing, {@code route} (rule {@code
   * france.lea.not-negligible}).
   */
  NOT_NEGLIGIBLE_SAMPLES(
      "france.lea.not-negligible.samples-per-year",
      money("amount"),
      date("date"),
      ref("beneficiary"),
      year("year"),
      count("allowed"),
      message("route")),
  /**
   * A book within the limit, but with it the beneficiary's négligeable books of {@code year} would
   * {@code total} more than the yearly {@code limit}; it follows the routing, {@code route} (rule
   * {@code france.lea.not-negligible}).
   */
  NOT_NEGLIGIBLE_BOOKS(
      "france.lea.not-negligible.books-per-year",
      money("amount"),
      date("date"),
      ref("beneficiary"),
      year("year"),
      money("total"),
      money("limit"),
      message("route")),
  /**
   * The route of an advantage that is not négligeable and at or below the authorisation thresholds:
   * a convention and a declaration to the ordre, and neither the {@code declaration} nor the {@code
   * authorisation} key is recorded. Inside other messages.
   */
  ROUTE_DECLARATION("france.lea.route.declaration", text("declaration"), text("authorisation")),
  /**
   * The route of an advantage above an authorisation threshold: the ordre's authorisation, and no
   * {@code key} is recorded. Inside other messages.
   */
  ROUTE_AUTHORISATION("france.lea.route.authorisation", text("key")),
  /**
   * An advantage ({@code kind}) of {@code amount} on {@code date} to {@code beneficiary}, not
   * négligeable and at or below every authorisation threshold, was neither declared nor authorised:
   * {@code route} (rule {@code france.lea.declaration-missing}).
   */
  DECLARATION_MISSING(
      "france.lea.declaration-missing",
      choice("kind"),
      money("amount"),
      date("date"),
      ref("beneficiary"),
      message("route")),

  // ---- no longer produced: custom attributes became typed facts (issue 19); kept so that
  // results documents written before still read

  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_UNKNOWN_KEY("france.attribute.invalid.unknown-key", text("key"), list("known")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_NOT_TEXT("france.attribute.invalid.not-text", text("key"), message("value")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_NOT_ONE_OF(
      "france.attribute.invalid.not-one-of", text("key"), text("value"), list("allowed")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_NOT_POSITIVE_NUMBER(
      "france.attribute.invalid.not-positive-number", text("key"), message("value")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_NOT_WHOLE_NUMBER(
      "france.attribute.invalid.not-whole-number", text("key"), number("value")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  VALUE_TEXT("france.attribute.value.text", text("value")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  VALUE_NUMBER("france.attribute.value.number", number("value")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  VALUE_FLAG("france.attribute.value.flag", text("value")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  VALUE_DATE("france.attribute.value.date", date("value"));

  private final String code;
  private final List<Param> params;

  FranceCode(String code, Param... params) {
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
