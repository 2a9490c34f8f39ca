package dev.kamkit.rules.engagement;

import static dev.kamkit.model.explain.Param.choice;
import static dev.kamkit.model.explain.Param.count;
import static dev.kamkit.model.explain.Param.date;
import static dev.kamkit.model.explain.Param.list;
import static dev.kamkit.model.explain.Param.message;
import static dev.kamkit.model.explain.Param.number;
import static dev.kamkit.model.explain.Param.ref;
import static dev.kamkit.model.explain.Param.text;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/**
 * What the engagement model assessment, the SAM allocation, the investment check and the SAM
 * readiness check say, as codes with typed arguments; the words are in this package's {@code
 * messages} bundles (English, German, French).
 *
 * <p>Codes of reasons hosts filter and count by: {@code engagement.factor.*} (a factor's part in
 * its axis), {@code engagement.axis.*} (an axis that cannot be placed), {@code
 * engagement.investment.*} (the investment check) and {@code sam.<practice>.*} (one per situation
 * of each SAM practice). The others word a result's own lines, a factor's basis or a
 * recommendation.
 */
public enum EngagementCode implements MessageCode {

  // --- what the engagement models are (Veeva Business Consulting, "Unlocking True KAM
  // Transformation") ---

  /** What marketing-centric engagement is: {@link EngagementModel#description()}. */
  MODEL_MARKETING_CENTRIC("engagement.model.marketing-centric"),
  /** What service-oriented engagement is. */
  MODEL_SERVICE_ORIENTED("engagement.model.service-oriented"),
  /** What field-orchestrated engagement is. */
  MODEL_FIELD_ORCHESTRATED("engagement.model.field-orchestrated"),
  /** What account-based selling is. */
  MODEL_ACCOUNT_BASED_SELLING("engagement.model.account-based-selling"),
  /** What strategic account management is. */
  MODEL_STRATEGIC_ACCOUNT_MANAGEMENT("engagement.model.strategic-account-management"),

  // --- the account-based selling side of figure 2: SamPractice#accountBasedSelling() ---

  /** The ground both models share: cross-functional teams aligned behind accounts. */
  ABS_CROSS_FUNCTIONAL_TEAM("sam.cross-functional-team.account-based-selling"),
  /** Brand-level account segmentation. */
  ABS_ORGANISATION_WIDE_SEGMENTATION("sam.organisation-wide-segmentation.account-based-selling"),
  /** Segmentation based on revenue. */
  ABS_BROADER_VALUE("sam.broader-value.account-based-selling"),
  /** Many accounts. */
  ABS_FEW_ACCOUNTS("sam.few-accounts.account-based-selling"),
  /** Functionally-driven and aligned. */
  ABS_INTEGRATED_COLLABORATION("sam.integrated-collaboration.account-based-selling"),
  /** One-size-fits-all approach. */
  ABS_DIFFERENTIATED_INVESTMENT("sam.differentiated-investment.account-based-selling"),
  /** Selling a product. */
  ABS_SOLVING_CUSTOMER_PROBLEMS("sam.solving-customer-problems.account-based-selling"),
  /** Internal brand-level account plans. */
  ABS_JOINT_PLANS("sam.joint-plans.account-based-selling"),
  /** Measuring individual activities. */
  ABS_SHARED_OUTCOMES("sam.shared-outcomes.account-based-selling"),

  // --- what a factor's rating rests on: FactorAssessment#basis() ---

  /** Rated by the host, who named no source. */
  BASIS_HOST("engagement.basis.host"),
  /** Rated by the host, who named its source (an exercise, a team, a day). */
  BASIS_HOST_SOURCE("engagement.basis.host.source", text("source")),
  /** A factor no data proxy exists for, not rated by the host. */
  BASIS_HOST_ONLY("engagement.basis.host-only"),
  /** Competitive intensity read from the plan's landscape: competitors, the highest threat. */
  BASIS_COMPETITORS("engagement.basis.competitors", count("competitors"), choice("threat")),
  /** Competitive intensity read from competitor-held whitespace cells of our products. */
  BASIS_COMPETITOR_CELLS("engagement.basis.competitor-cells", count("cells")),
  /** Neither a competitive landscape nor a competitor-held cell of ours is recorded. */
  BASIS_NO_COMPETITION("engagement.basis.competition.unrecorded"),
  /** Payer pressure read from the formulary: products pressured, products known, percent. */
  BASIS_FORMULARY(
      "engagement.basis.formulary", count("restricted"), count("products"), number("percent")),
  /** No formulary status is recorded for any of our products. */
  BASIS_NO_FORMULARY("engagement.basis.formulary.unrecorded"),
  /** Decision-making complexity read from bodies, sites and deciding functions: the points. */
  BASIS_DECISION(
      "engagement.basis.decision",
      count("bodies"),
      count("sites"),
      count("functions"),
      number("points")),
  /** The same, with decision bodies at both system and site level. */
  BASIS_DECISION_LEVELS(
      "engagement.basis.decision.levels",
      count("bodies"),
      count("sites"),
      count("functions"),
      number("points")),
  /** No decision body, no stakeholder with a buying role, and one site. */
  BASIS_NO_DECISION("engagement.basis.decision.unrecorded"),
  /** Patient population read from staffed beds. */
  BASIS_BEDS("engagement.basis.beds", count("beds")),
  /** An account of a kind whose beds do not measure the patients it covers (a payer...). */
  BASIS_BEDS_KIND("engagement.basis.beds.kind", choice("kind")),
  /** No bed count on the account or its sites. */
  BASIS_NO_BEDS("engagement.basis.beds.unrecorded"),
  /** Unmet need read from the pain points on the plan's patient pathways. */
  BASIS_PAIN_POINTS("engagement.basis.pain-points", count("painPoints"), count("pathways")),
  /** No patient pathway on the plan. */
  BASIS_NO_PATHWAYS("engagement.basis.pathways.unrecorded"),
  /** Growth opportunity read from addressable whitespace cells not yet sold. */
  BASIS_WHITESPACE("engagement.basis.whitespace", count("open"), count("addressable")),
  /** No addressable whitespace cell. */
  BASIS_NO_WHITESPACE("engagement.basis.whitespace.unrecorded"),

  // --- a factor's part in its axis: the reason under its score component, and its line ---

  /** A factor the host rated: the rating and its basis. */
  FACTOR_HOST("engagement.factor.host", choice("factor"), choice("rating"), message("basis")),
  /** A factor rated from the account's data: the rating and its basis. */
  FACTOR_DATA("engagement.factor.data", choice("factor"), choice("rating"), message("basis")),
  /** A factor not assessed, left out of its axis: what would let it be assessed. */
  FACTOR_NOT_ASSESSED("engagement.factor.not-assessed", choice("factor"), message("basis")),
  /** A factor's score component label: its name. */
  FACTOR_TITLE("engagement.factor.title", choice("factor")),

  // --- an axis ---

  /** An axis's score title: its name. */
  AXIS_TITLE("engagement.axis.title", choice("axis")),
  /** An axis placed clearly on one side of its cut-off: value, level, cut-off. */
  AXIS_PLACED(
      "engagement.axis.placed", choice("axis"), number("value"), choice("level"), number("cutOff")),
  /** An axis placed less than the policy's band from its cut-off. */
  AXIS_PLACED_BORDER(
      "engagement.axis.placed.border",
      choice("axis"),
      number("value"),
      choice("level"),
      number("cutOff")),
  /** An axis not placed: how many of its factors were assessed at all. */
  AXIS_UNPLACED("engagement.axis.unplaced", choice("axis"), count("assessed")),
  /**
   * The reason an axis is not placed: of the factors the policy weighs, how many are assessed and
   * how many are needed, and which of them to assess. Factors the policy gives no weight are not
   * counted, nor named.
   */
  AXIS_NOT_PLACED(
      "engagement.axis.not-placed",
      choice("axis"),
      count("assessed"),
      count("weighed"),
      count("needed"),
      list("missing")),
  /**
   * The reason an axis is not placed when the policy weighs fewer of its factors than it needs
   * assessed, so no rating can place it.
   */
  AXIS_TOO_FEW_WEIGHED(
      "engagement.axis.too-few-weighed", choice("axis"), count("weighed"), count("needed")),

  // --- recommendations ---

  /** A recommendation's line: the model, its role, why. */
  RECOMMENDATION("engagement.recommendation", choice("model"), choice("role"), message("why")),
  /** Why the primary model: the quadrant and what the model is. */
  WHY_PRIMARY("engagement.recommendation.primary", choice("quadrant"), message("description")),
  /** Why an alternative: the neighbouring quadrant and the axes on its border. */
  WHY_ALTERNATIVE("engagement.recommendation.alternative", choice("quadrant"), list("borders")),
  /** One axis on the border, inside {@link #WHY_ALTERNATIVE}: its value and cut-off. */
  WHY_BORDER("engagement.recommendation.border", choice("axis"), number("value"), number("cutOff")),
  /** Why a foundation: the primary model builds on it; what it is. */
  WHY_FOUNDATION("engagement.recommendation.foundation", choice("model"), message("description")),
  /** Why a complement: the primary model it complements; what it is. */
  WHY_COMPLEMENT("engagement.recommendation.complement", choice("model"), message("description")),

  // --- an assessment's explanation ---

  /** The headline: the account (name, then id), the day and the policy. */
  ASSESSMENT(
      "engagement.assessment", ref("account"), ref("accountId"), date("asOf"), text("policy")),
  /** The quadrant the account sits in. */
  ASSESSMENT_GRID("engagement.assessment.grid", choice("quadrant")),
  /** The heading of the recommendations. */
  ASSESSMENT_RECOMMENDED("engagement.assessment.recommended"),
  /** The heading of the reasons the account is not placed. */
  ASSESSMENT_NOT_PLACED("engagement.assessment.not-placed"),
  /** One reason the account is not placed, as a bullet. */
  ASSESSMENT_REASON("engagement.assessment.reason", message("reason")),

  // --- the SAM allocation ---

  /** How the cap was reached: the smaller of the maximum and the share of the portfolio. */
  SAM_CAP(
      "engagement.sam.cap",
      count("maximum"),
      number("percent"),
      count("accounts"),
      count("byShare")),
  /** The same, raised to the policy's minimum. */
  SAM_CAP_RAISED(
      "engagement.sam.cap.raised",
      count("maximum"),
      number("percent"),
      count("accounts"),
      count("byShare"),
      count("minimum")),
  /**
   * Why a candidate was held back: its rank and potential value, the cap, the last selected account
   * and its value, and the model it is served with instead.
   */
  HELD_BACK_RANKED(
      "engagement.sam.held-back.ranked",
      count("rank"),
      number("value"),
      count("allowed"),
      ref("last"),
      number("lastValue"),
      choice("instead")),
  /** Why a candidate was held back when the policy allows no SAM account in the portfolio. */
  HELD_BACK_NONE_ALLOWED("engagement.sam.held-back.none-allowed", choice("instead")),
  /** The allocation's headline: selected, candidates, the cap and how it was reached, policy. */
  SAM_ALLOCATION(
      "engagement.sam.allocation",
      count("selected"),
      count("candidates"),
      count("cap"),
      message("capReason"),
      text("policy")),
  /** The accounts selected for SAM, in rank order. */
  SAM_SELECTED("engagement.sam.selected", list("accounts")),
  /** One candidate held back, and why. */
  SAM_HELD_BACK("engagement.sam.held-back", ref("account"), message("why")),

  // --- the investment check ---

  /** Effort measured as completed interactions within the policy's window. */
  EFFORT_INTERACTIONS("engagement.effort.interactions", count("days")),
  /** Effort measured as team members on the account. */
  EFFORT_TEAM_MEMBERS("engagement.effort.team-members"),
  /** Effort the host supplied, in the host's own words (FTE days, planned calls...). */
  EFFORT_HOST("engagement.effort.host", text("measure")),
  /** Not judged: too few accounts have a placed potential value. */
  INVESTMENT_TOO_FEW("engagement.investment.not-judged.too-few", count("ranked"), count("needed")),
  /** Not judged: no effort is recorded on any ranked account. */
  INVESTMENT_NO_EFFORT("engagement.investment.not-judged.no-effort"),
  /**
   * Effort follows potential: the top accounts' share of effort and of accounts (rounded
   * percentages), the concentration and the policy's minimum.
   */
  INVESTMENT_DIFFERENTIATED(
      "engagement.investment.differentiated",
      count("top"),
      count("ranked"),
      number("effortPercent"),
      number("accountPercent"),
      number("concentration"),
      number("minimum")),
  /** Effort is spread evenly: the same figures, and a risk. */
  INVESTMENT_EVEN_SPREAD(
      "engagement.investment.even-spread",
      count("top"),
      count("ranked"),
      number("effortPercent"),
      number("accountPercent"),
      number("concentration"),
      number("minimum")),
  /** Top accounts getting no more effort than the median of the rest. */
  INVESTMENT_UNDERINVESTED(
      "engagement.investment.underinvested", count("count"), number("median"), list("accounts")),
  /** The investment result's headline when effort is spread evenly. */
  INVESTMENT_HEADLINE_EVEN(
      "engagement.investment.headline.even", count("accounts"), message("measure"), text("policy")),
  /** The investment result's headline when effort follows potential. */
  INVESTMENT_HEADLINE_FOLLOWS(
      "engagement.investment.headline.follows",
      count("accounts"),
      message("measure"),
      text("policy")),
  /** The investment result's headline when the spread could not be judged. */
  INVESTMENT_HEADLINE_NOT_JUDGED(
      "engagement.investment.headline.not-judged",
      count("accounts"),
      message("measure"),
      text("policy")),

  // --- the SAM readiness check ---

  /** The readiness headline: the account (name, then id), practices in place, day, policy. */
  READINESS(
      "engagement.sam.readiness",
      ref("account"),
      ref("accountId"),
      count("met"),
      count("practices"),
      date("asOf"),
      text("policy")),
  /** One practice's line: its outcome, the practice and its reasons. */
  READINESS_PRACTICE(
      "engagement.sam.readiness.practice", choice("outcome"), choice("practice"), list("reasons")),

  /** The active team spans enough functions: how many, which. */
  TEAM_MET("sam.cross-functional-team.met", count("count"), list("functions")),
  /** The active team spans too few functions: how many, which, how many are needed. */
  TEAM_MISSING(
      "sam.cross-functional-team.missing", count("count"), list("functions"), count("needed")),
  /** A needs-based segment on the plan and a tier on the account. */
  SEGMENTATION_MET("sam.organisation-wide-segmentation.met", choice("segment"), choice("tier")),
  /** A tier, but no needs-based segment on the plan. */
  SEGMENTATION_NO_SEGMENT("sam.organisation-wide-segmentation.no-segment"),
  /** A needs-based segment, but no tier on the account. */
  SEGMENTATION_NO_TIER("sam.organisation-wide-segmentation.no-tier"),
  /** Neither a needs-based segment nor a tier. */
  SEGMENTATION_NEITHER("sam.organisation-wide-segmentation.no-segment-or-tier"),
  /** Enough value factors beyond revenue assessed: which. */
  BROADER_VALUE_MET("sam.broader-value.met", list("factors")),
  /** Too few value factors beyond revenue assessed: which, how many are needed. */
  BROADER_VALUE_MISSING("sam.broader-value.missing", list("factors"), count("needed")),
  /** No value factor beyond revenue assessed: how many are needed. */
  BROADER_VALUE_NONE("sam.broader-value.none", count("needed")),
  /** Selected for SAM: how many were, under which cap. */
  FEW_ACCOUNTS_MET("sam.few-accounts.met", count("selected"), count("cap")),
  /** Held back by the cap: why. */
  FEW_ACCOUNTS_HELD_BACK("sam.few-accounts.held-back", message("why")),
  /** Not a SAM candidate in the portfolio's allocation. */
  FEW_ACCOUNTS_NOT_CANDIDATE("sam.few-accounts.not-candidate"),
  /** Not assessed: the portfolio's SAM allocation was not given. */
  FEW_ACCOUNTS_NOT_ASSESSED("sam.few-accounts.not-assessed"),
  /** Enough functions work one objective or initiative together: how many, on what. */
  INTEGRATED_MET("sam.integrated-collaboration.met", count("count"), message("where")),
  /** Too few functions work together: at most how many, on what, how many are needed. */
  INTEGRATED_MISSING(
      "sam.integrated-collaboration.missing", count("count"), message("where"), count("needed")),
  /** No objective or initiative is worked by our functions at all. */
  INTEGRATED_NONE("sam.integrated-collaboration.none"),
  /** Where functions work together, inside the two above: an objective. */
  INTEGRATED_ON_OBJECTIVE("sam.integrated-collaboration.objective", ref("objective")),
  /** Where functions work together, inside the two above: a shared-value initiative. */
  INTEGRATED_ON_INITIATIVE("sam.integrated-collaboration.initiative", ref("initiative")),
  /** Effort on the account at least the multiple of the portfolio median. */
  INVESTMENT_MET(
      "sam.differentiated-investment.met", number("effort"), message("measure"), number("median")),
  /** Effort below the multiple of the median: the effort a SAM account needs. */
  INVESTMENT_MISSING(
      "sam.differentiated-investment.missing",
      number("effort"),
      message("measure"),
      number("median"),
      number("needed")),
  /** Not assessed: the investment check was not given, or did not measure the account. */
  INVESTMENT_NOT_ASSESSED("sam.differentiated-investment.not-assessed"),
  /** Initiatives or product-neutral objectives answer a recorded need: how many. */
  PROBLEMS_MET("sam.solving-customer-problems.met", count("count")),
  /** Nothing committed answers a recorded customer need. */
  PROBLEMS_MISSING("sam.solving-customer-problems.missing"),
  /** A joint business plan agreed with a customer sponsor: when. */
  JOINT_PLANS_MET("sam.joint-plans.met", date("agreedOn")),
  /** No joint business plan at all. */
  JOINT_PLANS_NO_PLAN("sam.joint-plans.no-plan"),
  /** A joint business plan not agreed with the customer by the day. */
  JOINT_PLANS_NOT_AGREED("sam.joint-plans.not-agreed"),
  /** An agreed joint business plan without a customer sponsor. */
  JOINT_PLANS_NO_SPONSOR("sam.joint-plans.no-sponsor"),
  /** Customer KPIs with a target: how many. */
  OUTCOMES_MET("sam.shared-outcomes.met", count("count")),
  /** No customer KPI with a target. */
  OUTCOMES_MISSING("sam.shared-outcomes.missing"),

  // ---- violations of an engagement policy, inputs or result

  /** A policy gives no factor of grid axis {@code axis} a positive weight. */
  POLICY_AXIS_UNWEIGHTED("engagement.policy.axis-unweighted", choice("axis")),
  /** A factor assessment has a rating though not assessed, or none though assessed. */
  FACTOR_RATING_UNEXPECTED("engagement.factor.rating-unexpected"),
  /** An axis score has a value though it was not scored, or none though it was. */
  AXIS_VALUE_UNEXPECTED("engagement.axis.value-unexpected"),
  /** An axis score holds a factor of another axis, {@code axis}. */
  AXIS_FACTOR_OF_OTHER_AXIS("engagement.axis.factor-of-other-axis", choice("axis")),
  /** A SAM readiness result holds a practice that is not one of the SAM practices. */
  READINESS_UNKNOWN_PRACTICE("sam.readiness.unknown-practice");

  private final String code;
  private final List<Param> params;

  EngagementCode(String code, Param... params) {
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
