package dev.kamkit.scoring.completeness;

import static dev.kamkit.model.explain.Param.count;
import static dev.kamkit.model.explain.Param.date;
import static dev.kamkit.model.explain.Param.list;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/**
 * What plan completeness says, as codes: the score's title, the ten section labels, the reasons
 * behind each section, and the signs of plan rot.
 *
 * <p>Lists of stakeholders, products and objectives hold their references in the order of the
 * reason's subjects; {@code missing} lists {@link ProfileFact} values.
 */
public enum CompletenessCode implements MessageCode {
  /** The title of the plan completeness score. */
  TITLE("completeness.title"),
  /** The label of the account profile section. */
  PROFILE("completeness.component.profile"),
  /** The label of the relationship map section. */
  RELATIONSHIP_MAP("completeness.component.relationship-map"),
  /** The label of the whitespace grid section. */
  WHITESPACE("completeness.component.whitespace"),
  /** The label of the competitive landscape section. */
  COMPETITIVE_LANDSCAPE("completeness.component.competitive-landscape"),
  /** The label of the value proposition section. */
  VALUE_PROPOSITION("completeness.component.value-proposition"),
  /** The label of the formulary status section. */
  FORMULARY("completeness.component.formulary"),
  /** The label of the objectives section. */
  OBJECTIVES("completeness.component.objectives"),
  /** The label of the pipeline section: objectives an opportunity serves. */
  PIPELINE("completeness.component.pipeline"),
  /** The label of the actions section. */
  ACTIONS("completeness.component.actions"),
  /** The label of the KPI section. */
  KPIS("completeness.component.kpis"),
  /** The label of the currency section: current, not rotten. */
  CURRENCY("completeness.component.currency"),

  /**
   * The profile records enough facts to be full: {@code recorded} of {@code total}; {@code
   * unrecorded} facts ({@code missing}) are not recorded. A strength.
   */
  PROFILE_FULL(
      "completeness.profile.full",
      count("recorded"),
      count("total"),
      count("unrecorded"),
      list("missing")),
  /** The profile records too few facts to be full; arguments as {@link #PROFILE_FULL}. A gap. */
  PROFILE_THIN(
      "completeness.profile.thin",
      count("recorded"),
      count("total"),
      count("unrecorded"),
      list("missing")),

  /** At least the policy's {@code minimum} stakeholders are mapped ({@code mapped}). A strength. */
  MAP_SIZE_MET("completeness.map.size-met", count("mapped"), count("minimum")),
  /** Fewer than the policy's {@code minimum} stakeholders are mapped ({@code mapped}). A gap. */
  MAP_TOO_SMALL("completeness.map.too-small", count("mapped"), count("minimum")),
  /**
   * {@code count} mapped stakeholders ({@code stakeholders}) lack a buying role or a sentiment. A
   * gap.
   */
  MAP_THIN_ENTRIES("completeness.map.thin-entries", count("count"), list("stakeholders")),

  /** No product of ours is recorded, so there is no whitespace grid. A gap. */
  WHITESPACE_NO_PRODUCTS("completeness.whitespace.no-products"),
  /** No clinical unit is recorded, so there is no whitespace grid. A gap. */
  WHITESPACE_NO_UNITS("completeness.whitespace.no-units"),
  /** Every cell of the grid is assessed: {@code assessed} of {@code cells}. A strength. */
  WHITESPACE_FULL("completeness.whitespace.full", count("assessed"), count("cells")),
  /** Only {@code assessed} of the grid's {@code cells} cells are assessed. A gap. */
  WHITESPACE_PARTIAL("completeness.whitespace.partial", count("assessed"), count("cells")),

  /** {@code positions} competitor positions are recorded, some with strengths or weaknesses. */
  COMPETITION_ASSESSED("completeness.competition.assessed", count("positions")),
  /** No competitor position is recorded. A gap. */
  COMPETITION_MISSING("completeness.competition.missing"),
  /**
   * {@code positions} competitor positions are recorded, none with strengths or weaknesses: half
   * credit. A gap.
   */
  COMPETITION_SHALLOW("completeness.competition.shallow", count("positions")),

  /** The value proposition has a documented business and clinical rationale. A strength. */
  VALUE_PROPOSITION_DOCUMENTED("completeness.value-proposition.documented"),
  /** No value proposition is recorded. A gap. */
  VALUE_PROPOSITION_MISSING("completeness.value-proposition.missing"),
  /**
   * The value proposition has no documented business rationale (its clinical one may be missing
   * too): half credit. A gap.
   */
  VALUE_PROPOSITION_NO_BUSINESS_RATIONALE("completeness.value-proposition.no-business-rationale"),
  /**
   * The value proposition has a business rationale but no documented clinical one: half credit. A
   * gap.
   */
  VALUE_PROPOSITION_NO_CLINICAL_RATIONALE("completeness.value-proposition.no-clinical-rationale"),

  /** No product of ours is recorded, so no formulary status can be known. A gap. */
  FORMULARY_NO_PRODUCTS("completeness.formulary.no-products"),
  /** The formulary status of every one of our {@code products} products is known. A strength. */
  FORMULARY_KNOWN("completeness.formulary.known", count("products")),
  /**
   * The formulary status of {@code unknown} of our {@code products} products ({@code unlisted}) is
   * not known on the scoring date. A gap.
   */
  FORMULARY_UNKNOWN(
      "completeness.formulary.unknown", count("unknown"), count("products"), list("unlisted")),

  /** No live objective is recorded. A gap. */
  OBJECTIVES_NONE("completeness.objectives.none"),
  /** All {@code total} live objectives are measurable and dated ({@code measurable}). */
  OBJECTIVES_MEASURABLE("completeness.objectives.measurable", count("measurable"), count("total")),
  /**
   * Only {@code measurable} of {@code total} live objectives are measurable and dated; the others
   * ({@code vague}) lack a measure or a due date. A gap.
   */
  OBJECTIVES_VAGUE(
      "completeness.objectives.vague", count("measurable"), count("total"), list("vague")),

  /**
   * The account records no opportunity, so the plan is not judged against a pipeline: the section
   * does not apply. Recording the opportunities, with the objectives each serves, changes it.
   */
  PIPELINE_NOT_RECORDED("completeness.pipeline.not-recorded"),
  /**
   * No objective being worked seeks revenue (none has a revenue target or a product outside the
   * medical side): the section does not apply.
   */
  PIPELINE_NO_REVENUE_OBJECTIVE("completeness.pipeline.no-revenue-objective"),
  /** All {@code total} objectives that seek revenue have an open or won opportunity behind them. */
  PIPELINE_LINKED("completeness.pipeline.linked", count("linked"), count("total")),
  /**
   * Only {@code linked} of {@code total} objectives that seek revenue have an open or won
   * opportunity behind them; the others ({@code unlinked}) have none. A gap: linking the
   * opportunity that serves each, or opening one, closes it.
   */
  PIPELINE_UNLINKED(
      "completeness.pipeline.unlinked", count("linked"), count("total"), list("unlinked")),

  /** No live action is recorded. A gap. */
  ACTIONS_NONE("completeness.actions.none"),
  /** All {@code total} live actions have an owner, a due date and an objective ({@code owned}). */
  ACTIONS_OWNED("completeness.actions.owned", count("owned"), count("total")),
  /**
   * Only {@code owned} of {@code total} live actions have an owner, a due date and an objective.
   */
  ACTIONS_LOOSE("completeness.actions.loose", count("owned"), count("total")),

  /** Both leading and lagging KPIs are tracked. A strength. */
  KPIS_BOTH("completeness.kpis.both"),
  /** No KPI is recorded. A gap. */
  KPIS_NONE("completeness.kpis.none"),
  /** Only leading KPIs are tracked: nothing confirms the results they predict. A gap. */
  KPIS_LEADING_ONLY("completeness.kpis.leading-only"),
  /** Only lagging KPIs are tracked: nothing predicts the results they confirm. A gap. */
  KPIS_LAGGING_ONLY("completeness.kpis.lagging-only"),

  /** The account has no plan. A gap. */
  PLAN_MISSING("completeness.plan.missing"),
  /**
   * The plan was last updated on {@code date}, {@code days} days before the scoring date, within
   * the policy's {@code limit}. A strength.
   */
  CURRENCY_UPDATED("completeness.currency.updated", date("date"), count("days"), count("limit")),
  /** The plan's last update is older than the policy's {@code limit}. A gap. */
  CURRENCY_STALE("completeness.currency.stale", date("date"), count("days"), count("limit")),
  /** The plan has never been updated by the scoring date. A gap. */
  CURRENCY_NEVER_UPDATED("completeness.currency.never-updated"),
  /**
   * The plan was last reviewed on {@code date}, {@code days} days before the scoring date, within
   * the policy's {@code limit}. A strength.
   */
  CURRENCY_REVIEWED("completeness.currency.reviewed", date("date"), count("days"), count("limit")),
  /** The plan's last review is older than the policy's {@code limit}. A gap. */
  CURRENCY_UNREVIEWED(
      "completeness.currency.unreviewed", date("date"), count("days"), count("limit")),
  /** The plan has never been reviewed by the scoring date. A gap. */
  CURRENCY_NEVER_REVIEWED("completeness.currency.never-reviewed"),

  /**
   * Plan rot: the plan was last updated on {@code updated}, before the latest review on {@code
   * reviewed}, so the review changed nothing. A risk.
   */
  ROT_UNCHANGED_SINCE_REVIEW(
      "completeness.rot.unchanged-since-review", date("updated"), date("reviewed")),
  /**
   * Plan rot: all {@code updates} updates of the last {@code lookback} days came within {@code
   * days} days before a review. A risk.
   */
  ROT_REVIEW_THEATRE(
      "completeness.rot.review-theatre", count("updates"), count("lookback"), count("days")),
  /**
   * Plan rot: the plan was last reviewed on {@code reviewed}; reviews are due every {@code cadence}
   * days, and with the policy's slack the review is {@code overdue} days past its {@code limit}
   * days. A plan never reviewed is not rot but {@link #CURRENCY_NEVER_REVIEWED}. A risk.
   */
  ROT_REVIEW_OVERDUE(
      "completeness.rot.review-overdue",
      date("reviewed"),
      count("overdue"),
      count("cadence"),
      count("limit"));

  private final String code;
  private final List<Param> params;

  CompletenessCode(String code, Param... params) {
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
