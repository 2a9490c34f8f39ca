package dev.kamkit.rules.compliance.conduct;

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
 * What the conduct pack's findings say (Anti-Kickback Statute, its safe harbors and the PhRMA
 * Code).
 *
 * <p>Common arguments. A service agreement: {@code agreement} the agreement, {@code kind} its
 * {@link dev.kamkit.model.engagement.ServiceKind}, {@code provider} the person or organisation
 * providing the services, {@code start} the first day of its term; where payments under it are
 * listed, {@code paid} is how many and {@code payments} each as {@link #PAYMENT}. A payment: {@code
 * transfer}, {@code amount} and {@code date}, and {@code recipient} as {@link #RECIPIENT_PERSON},
 * {@link #RECIPIENT_ORGANISATION} or {@link #RECIPIENT_GROUP}. A speaker programme: {@code
 * programme} the interaction, {@code date} its day and {@code topic} its topic as recorded; an
 * earlier one {@code earlier}, {@code earlierDate}, {@code earlierTopic}.
 */
public enum ConductCode implements MessageCode {
  /** The pack's name, for people: {@code RulePack.name()}. */
  PACK_NAME("conduct.pack.name"),

  /**
   * A service agreement sets compensation taking into account the volume or value of referrals or
   * business (rule {@code conduct.agreement.volume-based}).
   */
  VOLUME_BASED(
      "conduct.agreement.volume-based",
      ref("agreement"),
      choice("kind"),
      ref("provider"),
      date("start"),
      count("paid"),
      list("payments")),
  /**
   * A payment whose nature buys a service was made under no service agreement; {@code nature} is
   * its {@link dev.kamkit.model.engagement.NatureOfPayment} (rule {@code
   * conduct.payment.no-agreement}).
   */
  NO_AGREEMENT(
      "conduct.payment.no-agreement",
      ref("transfer"),
      money("amount"),
      date("date"),
      choice("nature"),
      message("recipient")),
  /**
   * A service agreement whose term has begun, or under which payments were made, is not signed
   * (rule {@code conduct.agreement.unsigned}).
   */
  UNSIGNED(
      "conduct.agreement.unsigned",
      ref("agreement"),
      choice("kind"),
      ref("provider"),
      date("start"),
      count("paid"),
      list("payments")),
  /**
   * A service agreement was signed on {@code signed}, after its term began, before any payment
   * under it (rule {@code conduct.agreement.signed-late}).
   */
  SIGNED_AFTER_START(
      "conduct.agreement.signed-late.after-start",
      ref("agreement"),
      choice("kind"),
      ref("provider"),
      date("signed"),
      date("start")),
  /**
   * A service agreement was signed on {@code signed}, on or before the first day of its term but
   * after the {@code payments} made under it (rule {@code conduct.agreement.signed-late}).
   */
  SIGNED_AFTER_PAYMENTS(
      "conduct.agreement.signed-late.after-payments",
      ref("agreement"),
      choice("kind"),
      ref("provider"),
      date("signed"),
      list("payments")),
  /**
   * A service agreement was signed on {@code signed}, after its term began and after the {@code
   * payments} made under it (rule {@code conduct.agreement.signed-late}).
   */
  SIGNED_AFTER_START_AND_PAYMENTS(
      "conduct.agreement.signed-late.after-start-and-payments",
      ref("agreement"),
      choice("kind"),
      ref("provider"),
      date("signed"),
      date("start"),
      list("payments")),
  /**
   * A service agreement in effect records no day on which its compensation methodology was set
   * (rule {@code conduct.agreement.compensation-not-in-advance}).
   */
  COMPENSATION_SET_UNRECORDED(
      "conduct.agreement.compensation-set.unrecorded",
      ref("agreement"),
      choice("kind"),
      ref("provider"),
      date("start"),
      count("paid"),
      list("payments")),
  /**
   * A service agreement had its compensation methodology set on {@code set}, after its term began,
   * before any payment under it (rule {@code conduct.agreement.compensation-not-in-advance}).
   */
  COMPENSATION_SET_AFTER_START(
      "conduct.agreement.compensation-set.after-start",
      ref("agreement"),
      choice("kind"),
      ref("provider"),
      date("set"),
      date("start")),
  /**
   * A service agreement had its compensation methodology set on {@code set}, on or before the first
   * day of its term but after the {@code payments} made under it (rule {@code
   * conduct.agreement.compensation-not-in-advance}).
   */
  COMPENSATION_SET_AFTER_PAYMENTS(
      "conduct.agreement.compensation-set.after-payments",
      ref("agreement"),
      choice("kind"),
      ref("provider"),
      date("set"),
      list("payments")),
  /**
   * A service agreement had its compensation methodology set on {@code set}, after its term began
   * and after the {@code payments} made under it (rule {@code
   * conduct.agreement.compensation-not-in-advance}).
   */
  COMPENSATION_SET_AFTER_START_AND_PAYMENTS(
      "conduct.agreement.compensation-set.after-start-and-payments",
      ref("agreement"),
      choice("kind"),
      ref("provider"),
      date("set"),
      date("start"),
      list("payments")),
  /**
   * A speaker programme served alcohol paid for by the company; {@code venue} is its {@link
   * dev.kamkit.model.engagement.Venue} (rule {@code conduct.speaker.alcohol}).
   */
  ALCOHOL(
      "conduct.speaker.alcohol", ref("programme"), date("date"), text("topic"), choice("venue")),
  /**
   * A speaker programme was held at a high-end restaurant or a luxury resort, its {@code venue}
   * (rule {@code conduct.speaker.high-end-venue}).
   */
  HIGH_END_VENUE(
      "conduct.speaker.high-end-venue",
      ref("programme"),
      date("date"),
      text("topic"),
      choice("venue")),
  /**
   * A speaker programme was held at an entertainment or recreation venue (rule {@code
   * conduct.speaker.entertainment-venue}).
   */
  ENTERTAINMENT_VENUE(
      "conduct.speaker.entertainment-venue", ref("programme"), date("date"), text("topic")),
  /**
   * An {@code attendee} attended a second speaker programme on the same topic, no meal served, with
   * no educational need recorded (rule {@code conduct.speaker.repeat-attendance}).
   */
  REPEAT_ATTENDANCE(
      "conduct.speaker.repeat-attendance",
      ref("attendee"),
      ref("programme"),
      date("date"),
      text("topic"),
      ref("earlier"),
      date("earlierDate"),
      text("earlierTopic")),
  /**
   * An {@code attendee} attended a second speaker programme on the same topic, with a meal, with no
   * educational need recorded (rule {@code conduct.speaker.repeat-attendance}).
   */
  REPEAT_ATTENDANCE_WITH_MEAL(
      "conduct.speaker.repeat-attendance.meal",
      ref("attendee"),
      ref("programme"),
      date("date"),
      text("topic"),
      ref("earlier"),
      date("earlierDate"),
      text("earlierTopic")),
  /**
   * A programme's speaker, {@code attendee}, later attended a programme on the same topic as a
   * participant (rule {@code conduct.speaker.speaker-attends-later}).
   */
  SPEAKER_ATTENDS_LATER(
      "conduct.speaker.speaker-attends-later",
      ref("attendee"),
      ref("programme"),
      date("date"),
      text("topic"),
      ref("earlier"),
      date("earlierDate"),
      text("earlierTopic")),
  /**
   * A programme's recorded {@code speaker} was chosen by a commercial team {@code member}, whose
   * {@link dev.kamkit.model.team.TeamFunction} is {@code function} (rule {@code
   * conduct.speaker.chosen-by-commercial}).
   */
  CHOSEN_BY_COMMERCIAL(
      "conduct.speaker.chosen-by-commercial",
      ref("speaker"),
      ref("programme"),
      date("date"),
      text("topic"),
      ref("member"),
      choice("function")),
  /**
   * A programme's speaker, whom the programme does not record, was chosen by a commercial team
   * {@code member} (rule {@code conduct.speaker.chosen-by-commercial}).
   */
  CHOSEN_BY_COMMERCIAL_SPEAKER_UNRECORDED(
      "conduct.speaker.chosen-by-commercial.speaker-unrecorded",
      ref("programme"),
      date("date"),
      text("topic"),
      ref("member"),
      choice("function")),
  /** A grab-and-go meal (rule {@code conduct.meal.grab-and-go}). */
  GRAB_AND_GO(
      "conduct.meal.grab-and-go",
      ref("transfer"),
      money("amount"),
      date("date"),
      message("recipient")),
  /** Entertainment or recreation was given (rule {@code conduct.hospitality.entertainment}). */
  ENTERTAINMENT(
      "conduct.hospitality.entertainment",
      ref("transfer"),
      money("amount"),
      date("date"),
      message("recipient")),
  /**
   * A non-educational item was given; {@code nature} is the transfer's nature of payment (rule
   * {@code conduct.item.non-educational}).
   */
  NON_EDUCATIONAL_ITEM(
      "conduct.item.non-educational",
      ref("transfer"),
      money("amount"),
      date("date"),
      choice("nature"),
      message("recipient")),
  /**
   * An educational item was worth {@code usd}, more than the PhRMA Code's {@code limit} (rule
   * {@code conduct.item.educational-over-limit}).
   */
  EDUCATIONAL_ITEM_OVER_LIMIT(
      "conduct.item.educational-over-limit",
      ref("transfer"),
      money("amount"),
      date("date"),
      message("recipient"),
      money("usd"),
      money("limit")),
  /**
   * An educational item in {@code currency} cannot be held against the {@code limit}: the policy
   * has no USD rate for it effective on or before its date in the same {@code year} (rule {@code
   * conduct.item.no-usd-rate}).
   */
  NO_USD_RATE(
      "conduct.item.no-usd-rate",
      ref("transfer"),
      money("amount"),
      date("date"),
      message("recipient"),
      money("limit"),
      text("currency"),
      year("year")),
  /**
   * A meal at a speaker programme or in the office cost {@code perPerson} for each of the {@code
   * partook} who had it, more than the company's {@code cap} (rule {@code
   * conduct.meal.over-company-cap}).
   */
  MEAL_OVER_CAP(
      "conduct.meal.over-company-cap",
      ref("transfer"),
      money("amount"),
      date("date"),
      message("recipient"),
      money("perPerson"),
      count("partook"),
      money("cap")),
  /**
   * A meal in {@code currency} cannot be held against the company's {@code cap}: the policy has no
   * USD rate for it effective on or before its date in the same {@code year} (rule {@code
   * conduct.meal.no-usd-rate}).
   */
  MEAL_NO_USD_RATE(
      "conduct.meal.no-usd-rate",
      ref("transfer"),
      money("amount"),
      date("date"),
      message("recipient"),
      money("cap"),
      text("currency"),
      year("year")),
  /**
   * A GPO {@code contract}, with its {@link dev.kamkit.model.account.ContractStatus} {@code
   * status}, fixes an administrative fee of {@code percent} of the purchase price, above the {@code
   * limit} (per cent), and states no amount or maximum (rule {@code conduct.gpo.fee-above-limit}).
   */
  GPO_FEE_ABOVE_LIMIT(
      "conduct.gpo.fee-above-limit",
      ref("contract"),
      choice("status"),
      number("percent"),
      number("limit")),
  /**
   * A GPO {@code contract} states its administrative fee neither as a percentage nor as an amount
   * or maximum (rule {@code conduct.gpo.fee-terms-missing}).
   */
  GPO_FEE_TERMS_MISSING("conduct.gpo.fee-terms-missing", ref("contract"), choice("status")),
  /** Names a payment in a list of payments: the transfer, its amount and its day. */
  PAYMENT("conduct.part.payment", ref("transfer"), money("amount"), date("date")),
  /** Names the person who received a transfer. */
  RECIPIENT_PERSON("conduct.part.recipient.person", ref("person")),
  /** Names the organisation that received a transfer. */
  RECIPIENT_ORGANISATION("conduct.part.recipient.organisation", ref("organisation")),
  /** Names a group that received a transfer (a group meal), by how many attendees it had. */
  RECIPIENT_GROUP("conduct.part.recipient.group", count("attendees"));

  private final String code;
  private final List<Param> params;

  ConductCode(String code, Param... params) {
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
