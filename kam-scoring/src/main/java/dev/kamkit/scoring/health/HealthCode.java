package dev.kamkit.scoring.health;

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
 * Every message of account health and under-served accounts: the scores' titles and component
 * labels, each reason an indicator gives, the reason for the status colour, the lines of {@link
 * HealthResult#explain()} and {@link UnderServedReport#explain()}, and the parts some of them are
 * made of (a relationship, a cell of whitespace, a fiscal year without figures).
 *
 * <p>The look-back window appears as two arguments, {@code days} (its length) and {@code end} (the
 * scoring day): "the 180 days to 2026-11-22". Shares and ratios are fractions (0.925 for 92.5%).
 * Currencies are their ISO codes, as text.
 */
public enum HealthCode implements MessageCode {

  // ---- titles and labels ----

  /** The title of the health score over every indicator. */
  TITLE("health.title"),
  /** The title of the score over the leading indicators alone. */
  TITLE_LEADING("health.title.leading"),
  /** The title of the score over the lagging indicators alone. */
  TITLE_LAGGING("health.title.lagging"),
  /** A component's label: the indicator's name ({@link HealthIndicator} display name). */
  INDICATOR("health.indicator", choice("indicator")),

  // ---- the explanation of a health result ----

  /** The line with the leading indicators' own score out of 100. */
  EXPLAIN_LEADING("health.explain.leading", number("value")),
  /** The line with the lagging indicators' own score out of 100. */
  EXPLAIN_LAGGING("health.explain.lagging", number("value")),
  /** The lagging line when no lagging indicator has data (so there is no lagging score). */
  EXPLAIN_LAGGING_NO_DATA("health.explain.lagging.no-data"),
  /** The line with the status (a {@code RagStatus}) and the reason for its colour. */
  EXPLAIN_STATUS("health.explain.status", choice("status"), message("reason")),

  // ---- the reason for the status colour ----

  /** Green: the score is at or above the green mark and no colour rule applies. */
  STATUS_GREEN("health.status.green", number("score"), number("greenFrom")),
  /** Amber: the score is below the green mark and at or above the amber mark. */
  STATUS_AMBER("health.status.amber", number("score"), number("greenFrom")),
  /** Red: the score is below the amber mark. */
  STATUS_RED("health.status.red", number("score"), number("amberFrom")),
  /**
   * Amber although the score reaches the green mark: the colour rules that applied ({@code rules},
   * their reasons' messages) hold it there.
   */
  STATUS_HELD_AT_AMBER(
      "health.status.held-at-amber", number("score"), number("greenFrom"), list("rules")),
  /**
   * An amber or red score's reason ({@code band}: {@link #STATUS_AMBER} or {@link #STATUS_RED})
   * with the colour rules that would have held it at amber anyway ({@code rules}).
   */
  STATUS_ALSO("health.status.also", message("band"), list("rules")),
  /**
   * A status reason ({@code reason}) with the note that no lagging indicator has host data, so the
   * colour rests on the leading indicators alone.
   */
  STATUS_LEADING_ONLY("health.status.leading-only", message("reason")),
  /**
   * Colour rule (risk): no new relationship, committee access, initiative or committee approval at
   * all in the window; holds an otherwise green account at amber.
   */
  NO_MOMENTUM("health.colour.no-momentum", count("days"), date("end")),

  // ---- new relationships ----

  /**
   * Strength: relationships that started in the window ({@code count} of them; {@code
   * relationships}, each a {@link #RELATIONSHIP}).
   */
  RELATIONSHIPS_NEW(
      "health.relationships.new",
      count("count"),
      count("days"),
      date("end"),
      list("relationships")),
  /** Part of {@link #RELATIONSHIPS_NEW}: our team member with a stakeholder, since a day. */
  RELATIONSHIP("health.relationship", ref("member"), ref("stakeholder"), date("since")),
  /** Gap: fewer new relationships ({@code count}, possibly none) than the policy's target. */
  RELATIONSHIPS_BELOW_TARGET(
      "health.relationships.below-target",
      count("count"),
      count("days"),
      date("end"),
      count("target")),

  // ---- committee access ----

  /**
   * The indicator does not apply: no committee of the key kinds ({@code kinds}, {@code
   * DecisionBodyKind} values) is recorded.
   */
  COMMITTEE_NONE_RECORDED("health.committee.none-recorded", list("kinds")),
  /**
   * Strength: a key committee first reached in the window, through our team member's relationship
   * with one of its voting members, since a day.
   */
  COMMITTEE_GAINED(
      "health.committee.gained",
      ref("committee"),
      ref("member"),
      ref("stakeholder"),
      date("since")),
  /** Gap: a key committee whose voting members ({@code voters}) none of us holds. */
  COMMITTEE_NOT_REACHED("health.committee.not-reached", ref("committee"), list("voters")),
  /** Gap: a key committee not reached, none of whose voting members is mapped. */
  COMMITTEE_NO_VOTING_MEMBER("health.committee.no-voting-member", ref("committee")),
  /** Strength: the key committees already reached before the window. */
  COMMITTEE_HELD("health.committee.held", count("days"), date("end"), list("committees")),

  // ---- committee progression: the submissions active in the window ----

  /**
   * The indicator does not apply: no committee submission was open or decided in the window. The
   * stalled submissions' own reasons are {@code committee.stalled} codes.
   */
  PROGRESSION_NONE("health.progression.none", count("days"), date("end")),
  /**
   * Strength: open submissions that have not stalled ({@code submissions}, each its {@code
   * committee.submission.open} description).
   */
  PROGRESSION_MOVING("health.progression.moving", count("count"), list("submissions")),
  /**
   * Strength: submissions approved, with or without restrictions, in the window ({@code
   * submissions}, each its {@code committee.submission.decided} description).
   */
  PROGRESSION_APPROVED(
      "health.progression.approved", count("days"), date("end"), list("submissions")),
  /** Gap: submissions rejected in the window ({@code submissions}, as for approvals). */
  PROGRESSION_REJECTED(
      "health.progression.rejected", count("days"), date("end"), list("submissions")),

  // ---- shared-value initiatives ----

  /** Gap: no account plan is recorded, so no initiative can have been launched. */
  INITIATIVES_NO_PLAN("health.initiatives.no-plan"),
  /**
   * Strength: initiatives launched in the window ({@code initiatives}, each an {@link
   * #INITIATIVE}).
   */
  INITIATIVES_LAUNCHED(
      "health.initiatives.launched", count("days"), date("end"), list("initiatives")),
  /** Part of {@link #INITIATIVES_LAUNCHED}: an initiative and the day it was launched. */
  INITIATIVE("health.initiative", ref("initiative"), date("launched")),
  /** Gap: fewer initiatives launched ({@code count}, possibly none) than the policy's target. */
  INITIATIVES_BELOW_TARGET(
      "health.initiatives.below-target",
      count("count"),
      count("days"),
      date("end"),
      count("target")),

  // ---- formulary wins ----

  /** The indicator does not apply: no formulary status of our products up to the scoring day. */
  FORMULARY_NO_DATA("health.formulary.no-data", date("end")),
  /**
   * Strength: a product listed in the window ({@code status}, a {@code FormularyStatus}) after not
   * being listed ({@code from}).
   */
  FORMULARY_WIN(
      "health.formulary.win", ref("product"), choice("status"), date("date"), choice("from")),
  /** Strength: a product listed in the window for the first time, with no earlier status. */
  FORMULARY_FIRST_LISTING(
      "health.formulary.win.first", ref("product"), choice("status"), date("date")),
  /**
   * Risk: a product lost its listing in the window and has not regained it ({@code status} is the
   * one it has now); holds an otherwise green account at amber.
   */
  FORMULARY_LOST("health.formulary.lost", ref("product"), date("date"), choice("status")),
  /** Gap: a product that could be won and is not listed ({@code status}) by the scoring day. */
  FORMULARY_NOT_LISTED(
      "health.formulary.not-listed", ref("product"), choice("status"), count("days"), date("end")),
  /** Strength: products listed throughout the window, so there was nothing to win. */
  FORMULARY_HELD("health.formulary.held", count("days"), date("end"), list("products")),

  // ---- volume trend: units of the latest complete fiscal year against the year before ----

  /** Strength: units up from none in the previous year. */
  VOLUME_NEW(
      "health.volume.new",
      number("units"),
      year("year"),
      number("previousUnits"),
      year("previousYear")),
  /** Gap: no units in either year. */
  VOLUME_NONE(
      "health.volume.none",
      number("units"),
      year("year"),
      number("previousUnits"),
      year("previousYear")),
  /** Strength: units at or above the band's full mark ({@code ratio} of the year before). */
  VOLUME_ON_TRACK(
      "health.volume.on-track",
      number("ratio"),
      number("units"),
      year("year"),
      number("previousUnits"),
      year("previousYear")),
  /** Gap: units grew or held, but stay below the band's full mark. */
  VOLUME_BELOW_TARGET(
      "health.volume.below-target",
      number("ratio"),
      number("units"),
      year("year"),
      number("previousUnits"),
      year("previousYear")),
  /** Risk: units fell against the year before. */
  VOLUME_DECLINED(
      "health.volume.declined",
      number("ratio"),
      number("units"),
      year("year"),
      number("previousUnits"),
      year("previousYear")),
  /**
   * The indicator does not apply: units are missing for one or both years ({@code missing}, each a
   * {@link #FISCAL_NO_UNITS}).
   */
  VOLUME_NO_DATA("health.volume.no-data", year("previousYear"), year("year"), list("missing")),

  // ---- net revenue retention ----

  /** Strength: net revenue up from none in the previous year. */
  REVENUE_NEW(
      "health.revenue.new",
      money("revenue"),
      year("year"),
      money("previousRevenue"),
      year("previousYear")),
  /** Gap: no net revenue in either year. */
  REVENUE_NONE(
      "health.revenue.none",
      money("revenue"),
      year("year"),
      money("previousRevenue"),
      year("previousYear")),
  /** Strength: net revenue retained at or above the band's full mark. */
  REVENUE_ON_TRACK(
      "health.revenue.on-track",
      number("ratio"),
      money("revenue"),
      year("year"),
      money("previousRevenue"),
      year("previousYear")),
  /** Gap: net revenue grew or held, but stays below the band's full mark. */
  REVENUE_BELOW_TARGET(
      "health.revenue.below-target",
      number("ratio"),
      money("revenue"),
      year("year"),
      money("previousRevenue"),
      year("previousYear")),
  /** Risk: net revenue fell against the year before. */
  REVENUE_DECLINED(
      "health.revenue.declined",
      number("ratio"),
      money("revenue"),
      year("year"),
      money("previousRevenue"),
      year("previousYear")),
  /**
   * The indicator does not apply: net revenue in the reporting currency is missing for one or both
   * years ({@code missing}, each a {@link #FISCAL_NO_REVENUE} or {@link #FISCAL_OTHER_CURRENCY}).
   */
  REVENUE_NO_DATA(
      "health.revenue.no-data",
      text("currency"),
      year("previousYear"),
      year("year"),
      list("missing")),

  // ---- revenue trajectory: the pipeline against the plan's revenue targets ----

  /**
   * The indicator does not apply: no objective still being worked on the scoring day has a revenue
   * target. Where one has, the reasons are the pipeline's {@code pipeline.target} codes.
   */
  TRAJECTORY_NO_TARGETS("health.trajectory.no-targets", date("end")),

  // ---- why a fiscal year has no total (parts of other messages) ----

  /** No units are recorded for the fiscal year (or a product row lacks them). */
  FISCAL_NO_UNITS("health.fiscal.no-units", year("year")),
  /** No net revenue is recorded for the fiscal year (or a product row lacks it). */
  FISCAL_NO_REVENUE("health.fiscal.no-revenue", year("year")),
  /** The fiscal year's net revenue is in another currency than the reporting one: left out. */
  FISCAL_OTHER_CURRENCY(
      "health.fiscal.other-currency", year("year"), text("currency"), text("reportingCurrency")),

  // ---- contract value in force: the scoring day against the window's start ----

  /** Strength: contract value in force up from none ({@code now} and {@code before}: in force). */
  CONTRACT_VALUE_NEW("health.contract-value.new", message("now"), message("before")),
  /** Gap: no contract value in force on either day. */
  CONTRACT_VALUE_NONE("health.contract-value.none", message("now"), message("before")),
  /** Strength: contract value at or above the band's full mark. */
  CONTRACT_VALUE_ON_TRACK(
      "health.contract-value.on-track", number("ratio"), message("now"), message("before")),
  /** Gap: contract value grew or held, but stays below the band's full mark. */
  CONTRACT_VALUE_BELOW_TARGET(
      "health.contract-value.below-target", number("ratio"), message("now"), message("before")),
  /** Risk: contract value in force fell. */
  CONTRACT_VALUE_DECLINED(
      "health.contract-value.declined", number("ratio"), message("now"), message("before")),
  /** Part of a contract-value trend: the value in force on a day, and the contracts making it. */
  CONTRACT_VALUE_IN_FORCE(
      "health.contract-value.in-force", money("value"), date("date"), list("contracts")),
  /** Part of a contract-value trend: the value in force on a day when no contract was in force. */
  CONTRACT_VALUE_IN_FORCE_NONE("health.contract-value.in-force.none", money("value"), date("date")),
  /** The indicator does not apply: no contract has a value in the reporting currency. */
  CONTRACT_VALUE_NO_DATA("health.contract-value.no-data", text("currency")),
  /**
   * Gap: contracts valued in another currency, left out ({@code contracts}, each a {@link
   * #CONTRACT_VALUED}).
   */
  CONTRACT_VALUE_OTHER_CURRENCY(
      "health.contract-value.other-currency", count("count"), list("contracts"), text("currency")),
  /** Part of {@link #CONTRACT_VALUE_OTHER_CURRENCY}: a contract and its value. */
  CONTRACT_VALUED("health.contract-value.contract", ref("contract"), money("value")),
  /** Gap: contracts in force on either day without a recorded value, which add nothing. */
  CONTRACT_VALUE_UNVALUED("health.contract-value.unvalued", count("count"), list("contracts")),

  // ---- contract renewal ----

  /** The indicator does not apply: no contract is recorded. */
  RENEWAL_NO_DATA("health.renewal.no-data"),
  /** Strength: no contract ended in the window or ends by the end of the notice period. */
  RENEWAL_NONE_DUE("health.renewal.none-due", count("days"), date("end"), date("horizon")),
  /** Strength: a contract due (ending on {@code end}) has a signed successor. */
  RENEWAL_RENEWED("health.renewal.renewed", ref("contract"), date("end"), ref("successor")),
  /**
   * Risk: a contract ended in the window without a successor; holds an otherwise green account at
   * amber.
   */
  RENEWAL_LAPSED("health.renewal.lapsed", ref("contract"), date("end")),
  /**
   * Risk: as {@link #RENEWAL_LAPSED}, but a renewal is pending ({@code status}, a {@code
   * ContractStatus}: draft or in approval).
   */
  RENEWAL_LAPSED_PENDING(
      "health.renewal.lapsed.pending",
      ref("contract"),
      date("end"),
      ref("renewal"),
      choice("status")),
  /**
   * Risk: a contract ends within the notice period, {@code days} after the scoring day, without a
   * signed successor; holds an otherwise green account at amber.
   */
  RENEWAL_UNRENEWED("health.renewal.unrenewed", ref("contract"), date("end"), count("days")),
  /** Risk: as {@link #RENEWAL_UNRENEWED}, but a renewal is pending ({@code status}). */
  RENEWAL_UNRENEWED_PENDING(
      "health.renewal.unrenewed.pending",
      ref("contract"),
      date("end"),
      count("days"),
      ref("renewal"),
      choice("status")),

  // ---- under-served accounts: one account's verdict ----

  /**
   * Strength: the account's share of activity is in line with its share of potential ({@code
   * potential}: {@link #POTENTIAL_MADE_OF} or {@link #POTENTIAL_WHITESPACE_ONLY}).
   */
  FOCUS_IN_LINE(
      "health.focus.in-line",
      ref("account"),
      number("potentialShare"),
      message("potential"),
      number("activityShare"),
      count("interactions"),
      count("totalInteractions"),
      count("days"),
      date("end")),
  /**
   * Risk: a high-value account whose share of activity is well below its share of potential, {@code
   * shortfall} interactions short of what its potential warrants.
   */
  FOCUS_UNDER_SERVED(
      "health.focus.under-served",
      ref("account"),
      number("potentialShare"),
      message("potential"),
      number("activityShare"),
      count("interactions"),
      count("totalInteractions"),
      count("days"),
      date("end"),
      count("shortfall")),
  /**
   * Gap: the account's share of activity is well below its share of potential, but its potential is
   * under the high-value mark ({@code highValueFrom} times the average), so it is not flagged.
   */
  FOCUS_BELOW_POTENTIAL(
      "health.focus.below-potential",
      ref("account"),
      number("potentialShare"),
      message("potential"),
      number("activityShare"),
      count("interactions"),
      count("totalInteractions"),
      count("days"),
      date("end"),
      number("highValueFrom")),
  /** Gap: the account has potential, but the portfolio had no completed interaction at all. */
  FOCUS_NO_ACTIVITY(
      "health.focus.no-activity",
      ref("account"),
      number("potentialShare"),
      message("potential"),
      count("days"),
      date("end")),
  /** Gap: the account shows no potential, so its interactions cannot be weighed against it. */
  FOCUS_NO_POTENTIAL(
      "health.focus.no-potential", ref("account"), money("potential"), count("interactions")),
  /**
   * Part of a verdict: the potential, made of a fiscal year's net revenue and unsold whitespace.
   */
  POTENTIAL_MADE_OF(
      "health.focus.potential",
      money("potential"),
      year("year"),
      money("revenue"),
      money("whitespace")),
  /** Part of a verdict: the potential, made of unsold whitespace only (no net revenue known). */
  POTENTIAL_WHITESPACE_ONLY("health.focus.potential.whitespace-only", money("potential")),

  // ---- under-served accounts: the portfolio ----

  /** Note: no account has a known potential in the reporting currency; nothing is judged. */
  PORTFOLIO_NOTHING_JUDGED("health.focus.nothing-judged", text("currency")),
  /** Note: the accounts judged add up to no potential; none can be judged against it. */
  PORTFOLIO_NO_POTENTIAL("health.focus.portfolio.no-potential"),
  /** Note (risk): no completed interaction in the window across the portfolio; nobody flagged. */
  PORTFOLIO_NO_ACTIVITY("health.focus.portfolio.no-activity", count("days"), date("end")),
  /**
   * The headline of {@link UnderServedReport#explain()}: under-served of high-value accounts, and
   * the accounts judged and left out.
   */
  UNDER_SERVED_SUMMARY(
      "health.under-served.summary",
      count("underServed"),
      count("highValue"),
      count("judged"),
      count("leftOut")),

  // ---- potential ----

  /**
   * Gap: no net revenue in the reporting currency for the latest complete fiscal year ({@code
   * note}: {@link #FISCAL_NO_REVENUE} or {@link #FISCAL_OTHER_CURRENCY}), so potential counts
   * unsold whitespace only.
   */
  POTENTIAL_NO_REVENUE("health.potential.no-revenue", message("note")),
  /**
   * Gap: unsold whitespace valued in another currency, left out ({@code cells}, each a {@link
   * #POTENTIAL_CELL_VALUED}).
   */
  POTENTIAL_OTHER_CURRENCY("health.potential.other-currency", list("cells"), text("currency")),
  /**
   * Gap: unsold whitespace without an estimated value ({@code cells}, each a {@link
   * #POTENTIAL_CELL}).
   */
  POTENTIAL_UNVALUED("health.potential.unvalued", list("cells")),
  /** Part of a potential reason: a product in a clinical unit. */
  POTENTIAL_CELL("health.potential.cell", ref("product"), ref("unit")),
  /** Part of a potential reason: a product in a clinical unit, with the cell's estimated value. */
  POTENTIAL_CELL_VALUED(
      "health.potential.cell.valued", ref("product"), ref("unit"), money("value")),
  /**
   * Not assessed: the account's potential is unknown, as it has no net revenue ({@code note}) and
   * no unsold whitespace valued in the reporting currency.
   */
  POTENTIAL_UNKNOWN("health.potential.unknown", ref("account"), message("note"), text("currency")),

  // ---- violations of a health policy or result

  /**
   * A policy gives no weight to either indicator that always applies (new relationships,
   * initiatives), so an account with no contracts, volumes or revenue would score nothing.
   */
  POLICY_ALWAYS_APPLYING_UNWEIGHTED("health.policy.always-applying-unweighted"),
  /** An account focus is marked under-served though the account is not of high value. */
  FOCUS_UNDER_SERVED_NOT_HIGH_VALUE("health.focus.under-served-not-high-value");

  private final String code;
  private final List<Param> params;

  HealthCode(String code, Param... params) {
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
