package dev.kamkit.rules.compliance.states;

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
 * What the US state pack's findings say. Amounts are US dollars unless a parameter says otherwise;
 * {@code shares} lists each person's part of each transfer as {@link #SHARE} or {@link
 * #SHARE_NO_USD_RATE}, in date, transfer and person order; {@code person} and {@code people} are
 * healthcare professionals; a count that a pattern words as a plural is given as a {@code count}.
 */
public enum UsStatesCode implements MessageCode {
  /** The pack's name, for people: {@code RulePack.name()}. */
  PACK_NAME("states.pack.name"),

  /**
   * A US account records no state for the recipients of {@code count} transfers, neither on their
   * site nor on the account (rule {@code states.jurisdiction.unknown}).
   */
  JURISDICTION_UNKNOWN("states.jurisdiction.unknown", ref("account"), count("count")),
  /**
   * A transfer's state facts cannot be read; {@code problems} are {@code model.attribute.moved} (a
   * fact still recorded as a custom attribute) and {@code model.fact.unknown} messages, in order
   * (rule {@code states.attribute.invalid}).
   */
  ATTRIBUTE_INVALID("states.attribute.invalid", ref("transfer"), list("problems")),
  /**
   * A transfer's {@code amount} in another currency has no USD rate for its {@code date}, so it
   * cannot be held against the limits of its {@code state} ({@link UsState}) (rule {@code
   * states.amount.no-usd-rate}).
   */
  NO_USD_RATE(
      "states.amount.no-usd-rate",
      ref("transfer"),
      money("amount"),
      date("date"),
      choice("state"),
      text("currency"),
      year("year")),
  /**
   * Gifts to a Minnesota practitioner in a calendar year that has ended total {@code total}, over
   * the {@code limit}; {@code unrated} of the counted shares have no USD value and are not in the
   * total; {@code exceptions} gifts the host excepted are listed in {@code excepted} as {@link
   * #MN_EXCEPTION} (rule {@code states.mn.gift-limit}).
   */
  MN_GIFT_LIMIT(
      "states.mn.gift-limit",
      ref("person"),
      money("total"),
      year("year"),
      money("limit"),
      list("shares"),
      count("unrated"),
      count("exceptions"),
      list("excepted")),
  /**
   * As {@link #MN_GIFT_LIMIT}, for the calendar year still under way on the day checked: the total
   * so far is already over the limit (rule {@code states.mn.gift-limit}).
   */
  MN_GIFT_LIMIT_SO_FAR(
      "states.mn.gift-limit.so-far",
      ref("person"),
      money("total"),
      year("year"),
      money("limit"),
      list("shares"),
      count("unrated"),
      count("exceptions"),
      list("excepted")),
  /**
   * A Massachusetts practitioner received {@code count} payments in {@code year} of more than the
   * {@code threshold} each, to disclose ({@code shares}); {@code others} payments of the threshold
   * or less, listed in {@code under}, are not disclosed (rule {@code states.ma.disclosable}).
   */
  MA_DISCLOSABLE(
      "states.ma.disclosable",
      ref("person"),
      count("count"),
      year("year"),
      money("threshold"),
      list("shares"),
      count("others"),
      list("under")),
  /**
   * A meal at a non-CME presentation, {@code usd} per person, to {@code count} Massachusetts
   * practitioners goes in the quarterly report of {@code year}, quarter {@code quarter} (rule
   * {@code states.ma.quarterly-meal-report}).
   */
  MA_QUARTERLY_MEAL_REPORT(
      "states.ma.quarterly-meal-report",
      ref("meal"),
      date("date"),
      money("usd"),
      count("count"),
      list("people"),
      year("year"),
      count("quarter")),
  /**
   * As {@link #MA_QUARTERLY_MEAL_REPORT} for a meal with no USD value, for want of a rate (rule
   * {@code states.ma.quarterly-meal-report}).
   */
  MA_QUARTERLY_MEAL_REPORT_NO_USD_VALUE(
      "states.ma.quarterly-meal-report.no-usd-value",
      ref("meal"),
      date("date"),
      count("count"),
      list("people"),
      year("year"),
      count("quarter")),
  /**
   * A New Jersey prescriber was paid {@code total} for bona fide services in {@code year}, over the
   * {@code cap}: {@code ours} from us ({@code shares}) and {@code others} from other manufacturers
   * as the host recorded it from {@code source}; {@code leftOut} payments are left out of the cap,
   * listed in {@code excluded} as {@link #NJ_LEFT_OUT} (rule {@code states.nj.services-cap}).
   */
  NJ_SERVICES_CAP(
      "states.nj.services-cap",
      ref("person"),
      money("total"),
      year("year"),
      money("cap"),
      money("ours"),
      list("shares"),
      money("others"),
      text("source"),
      count("leftOut"),
      list("excluded")),
  /**
   * As {@link #NJ_SERVICES_CAP} when the host supplied no figure from other manufacturers: our own
   * payments alone are over the cap (rule {@code states.nj.services-cap}).
   */
  NJ_SERVICES_CAP_OURS_ONLY(
      "states.nj.services-cap.ours-only",
      ref("person"),
      money("total"),
      year("year"),
      money("cap"),
      list("shares"),
      count("leftOut"),
      list("excluded")),
  /**
   * A meal cost {@code usd} per person, over New Jersey's {@code cap} of its {@code year} (from
   * {@code source}), for {@code count} New Jersey prescribers (rule {@code states.nj.meal-cap}).
   */
  NJ_MEAL_CAP(
      "states.nj.meal-cap",
      ref("meal"),
      date("date"),
      money("usd"),
      year("year"),
      money("cap"),
      text("source"),
      count("count"),
      list("people")),
  /**
   * New Jersey's meal cap of {@code year} is neither shipped nor supplied, so {@code count} meals
   * to New Jersey prescribers that year are not judged (rule {@code states.nj.meal-cap-unknown}).
   */
  NJ_MEAL_CAP_UNKNOWN("states.nj.meal-cap-unknown", year("year"), count("count")),
  /**
   * A gift or entertainment, {@code share}, went to {@code count} Vermont healthcare professionals
   * with no permitted exception or sample recorded (rule {@code states.vt.gift-ban}).
   */
  VT_GIFT_BAN("states.vt.gift-ban", message("share"), count("count"), list("people")),
  /**
   * What the Vermont disclosure of {@code year}, due by {@code due} and not recorded as filed,
   * holds: one {@link #VT_TALLY} or {@link #VT_TALLY_INCOMPLETE} per {@link VermontCategory} (rule
   * {@code states.vt.disclosure}).
   */
  VT_DISCLOSURE("states.vt.disclosure", year("year"), date("due"), list("tallies")),
  /**
   * As {@link #VT_DISCLOSURE} for a disclosure the host recorded as filed (rule {@code
   * states.vt.disclosure}).
   */
  VT_DISCLOSURE_FILED("states.vt.disclosure.filed", year("year"), date("due"), list("tallies")),
  /**
   * The Vermont disclosure of {@code year}, covering {@code count} transfers, was due by {@code
   * due} and is not recorded as filed (rule {@code states.vt.disclosure-overdue}).
   */
  VT_DISCLOSURE_OVERDUE("states.vt.disclosure-overdue", year("year"), date("due"), count("count")),
  /**
   * No Vermont registration is recorded for {@code year} (due by {@code due}), yet {@code count}
   * transfers went to Vermont healthcare professionals that year (rule {@code
   * states.vt.registration-missing}).
   */
  VT_REGISTRATION_MISSING(
      "states.vt.registration-missing", year("year"), date("due"), count("count")),
  /** One person's part of a transfer: its {@code nature}, its value in US dollars, its day. */
  SHARE("states.part.share", ref("transfer"), choice("nature"), money("usd"), date("date")),
  /** One person's part of a transfer with no USD rate: the transfer's own {@code amount}. */
  SHARE_NO_USD_RATE(
      "states.part.share.no-usd-rate",
      ref("transfer"),
      choice("nature"),
      money("amount"),
      date("date")),
  /** A Minnesota gift not counted, and the {@code exception} the host relies on, as recorded. */
  MN_EXCEPTION("states.part.mn-exception", ref("transfer"), text("exception")),
  /** A New Jersey service payment left out of the cap, and why ({@link NjServiceKind}). */
  NJ_LEFT_OUT("states.part.nj-left-out", ref("transfer"), choice("kind")),
  /** One line of a Vermont disclosure: a {@link VermontCategory}, how many, and their total. */
  VT_TALLY("states.part.vt-tally", choice("category"), count("count"), money("total")),
  /** As {@link #VT_TALLY} when some of them have no USD value and are not in the total. */
  VT_TALLY_INCOMPLETE(
      "states.part.vt-tally.incomplete", choice("category"), count("count"), money("total")),

  // ---- no longer produced: custom attributes became typed facts (issue 19); kept so that
  // results documents written before still read

  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_UNKNOWN_KEY("states.attribute.unknown-key", text("key"), list("known")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_UNKNOWN_SERVICE_KIND(
      "states.attribute.unknown-service-kind", text("key"), text("value"), list("known")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_NOT_TEXT("states.attribute.not-text", text("key"), message("was")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  ATTRIBUTE_NOT_FLAG("states.attribute.not-flag", text("key"), message("was")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  VALUE_TEXT("states.attribute.value.text", text("value")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  VALUE_NUMBER("states.attribute.value.number", number("value")),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  VALUE_TRUE("states.attribute.value.true"),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  VALUE_FALSE("states.attribute.value.false"),
  /**
   * A problem of the custom-attribute readers typed facts replaced.
   *
   * @deprecated no longer produced; kept so that results documents written before still read
   */
  @Deprecated
  VALUE_DATE("states.attribute.value.date", date("value"));

  private final String code;
  private final List<Param> params;

  UsStatesCode(String code, Param... params) {
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
