package dev.kamkit.rules.maturity;

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
 * What KAM maturity and the Cranfield relationship ladder say, as stable codes: the reasons behind
 * every criterion of the five stages ({@code maturity.stage-N.<criterion>.<situation>}, prefixed by
 * the {@link MaturityCriterion#id() criterion's id}), the evidence, gaps and disintegration signals
 * of the relationship stage ({@code relationship.*}), the lines the results are explained with, and
 * what each stage means.
 *
 * <p>Lists of functions, people, products and initiatives are {@code LIST} arguments in a stable
 * order: functions by their constant names, model objects by name unless the code says otherwise.
 */
public enum MaturityCode implements MessageCode {
  // ---- the stages and what they mean

  /** A maturity stage with its number: "stage 2 (Aligned roles)", "no stage (Not yet KAM)". */
  STAGE_LABEL("maturity.stage.label", count("number"), choice("stage")),
  /** What {@link MaturityStage#NONE} means. */
  STAGE_0_MEANS("maturity.stage-0.description"),
  /** What {@link MaturityStage#DEDICATED_RESOURCES} means. */
  STAGE_1_MEANS("maturity.stage-1.description"),
  /** What {@link MaturityStage#ALIGNED_ROLES} means. */
  STAGE_2_MEANS("maturity.stage-2.description"),
  /** What {@link MaturityStage#COORDINATED_TEAM} means. */
  STAGE_3_MEANS("maturity.stage-3.description"),
  /** What {@link MaturityStage#STRATEGIC_PLAN} means. */
  STAGE_4_MEANS("maturity.stage-4.description"),
  /** What {@link MaturityStage#TRUSTED_PARTNER} means. */
  STAGE_5_MEANS("maturity.stage-5.description"),
  /** What {@link RelationshipStage#EXPLORATORY} means. */
  EXPLORATORY_MEANS("relationship.exploratory.description"),
  /** What {@link RelationshipStage#BASIC} means. */
  BASIC_MEANS("relationship.basic.description"),
  /** What {@link RelationshipStage#COOPERATIVE} means. */
  COOPERATIVE_MEANS("relationship.cooperative.description"),
  /** What {@link RelationshipStage#INTERDEPENDENT} means. */
  INTERDEPENDENT_MEANS("relationship.interdependent.description"),
  /** What {@link RelationshipStage#INTEGRATED} means. */
  INTEGRATED_MEANS("relationship.integrated.description"),
  /** What {@link RelationshipStage#DISINTEGRATING} means. */
  DISINTEGRATING_MEANS("relationship.disintegrating.description"),

  // ---- stage 1: dedicated resources

  /** Named KAM met: the active team members with a KAM function, sorted by name. */
  NAMED_KAM_MET("maturity.stage-1.named-kam.met", list("kams")),
  /** Named KAM missing: no active team member has one of the policy's KAM functions (listed). */
  NAMED_KAM_MISSING("maturity.stage-1.named-kam.missing", list("functions")),
  /** KAM engaged met: how many stakeholders the KAMs actively hold. */
  KAM_ENGAGED_MET("maturity.stage-1.kam-engaged.met", count("held")),
  /**
   * KAM engaged missing while a KAM is named: the stakeholders the KAMs actively hold, the activity
   * window in days, and the least number the policy asks for.
   */
  KAM_ENGAGED_MISSING(
      "maturity.stage-1.kam-engaged.missing", count("held"), count("days"), count("needed")),
  /** KAM engaged missing because no KAM is named. */
  KAM_ENGAGED_NO_KAM("maturity.stage-1.kam-engaged.no-kam"),

  // ---- stage 2: aligned roles

  /** Account plan met: the plan's name and its status (anything but inactive). */
  ACCOUNT_PLAN_MET("maturity.stage-2.account-plan.met", text("plan"), choice("status")),
  /** Account plan missing: the plan is inactive. */
  ACCOUNT_PLAN_INACTIVE("maturity.stage-2.account-plan.inactive", text("plan")),
  /** Account plan missing: the account has no plan. */
  ACCOUNT_PLAN_NONE("maturity.stage-2.account-plan.none"),
  /** Cross-functional team met: how many functions the active team spans, and which. */
  CROSS_FUNCTIONAL_TEAM_MET(
      "maturity.stage-2.cross-functional-team.met", count("count"), list("functions")),
  /** Cross-functional team missing: the functions spanned, and the least number needed. */
  CROSS_FUNCTIONAL_TEAM_MISSING(
      "maturity.stage-2.cross-functional-team.missing",
      count("count"),
      list("functions"),
      count("needed")),
  /**
   * Shared objectives met: the functions that own the plan's live objectives or actions towards
   * them, and how many live objectives the plan has.
   */
  SHARED_OBJECTIVES_MET(
      "maturity.stage-2.shared-objectives.met",
      count("count"),
      list("functions"),
      count("objectives")),
  /** Shared objectives missing: fewer functions than needed own objectives or actions to them. */
  SHARED_OBJECTIVES_MISSING(
      "maturity.stage-2.shared-objectives.missing",
      count("count"),
      list("functions"),
      count("needed")),
  /** Shared objectives missing: nobody on the active team owns an objective or an action to one. */
  SHARED_OBJECTIVES_UNOWNED("maturity.stage-2.shared-objectives.unowned", count("needed")),
  /** Shared objectives missing: the plan has no live objective, or there is no plan. */
  SHARED_OBJECTIVES_NONE("maturity.stage-2.shared-objectives.none"),

  // ---- stage 3: coordinated team

  /** Needs segment met: the plan's needs-based segment, and how many needs are recorded. */
  NEEDS_SEGMENT_MET("maturity.stage-3.needs-segment.met", choice("segment"), count("needs")),
  /** Needs segment missing: a segment is assigned but no need is recorded. */
  NEEDS_SEGMENT_NO_NEEDS("maturity.stage-3.needs-segment.no-needs"),
  /** Needs segment missing: needs are recorded but no segment is assigned. */
  NEEDS_SEGMENT_NO_SEGMENT("maturity.stage-3.needs-segment.no-segment"),
  /** Needs segment missing: neither a need is recorded nor a segment assigned. */
  NEEDS_SEGMENT_NEITHER("maturity.stage-3.needs-segment.neither"),
  /** Tactics on needs met: how many live actions name a recorded need. */
  TACTICS_ON_NEEDS_MET("maturity.stage-3.tactics-on-needs.met", count("actions")),
  /** Tactics on needs missing: the live actions naming a recorded need, and the least needed. */
  TACTICS_ON_NEEDS_MISSING(
      "maturity.stage-3.tactics-on-needs.missing", count("actions"), count("needed")),
  /** Coordinated on a need met: the need and the functions whose live actions answer it. */
  COORDINATED_ON_NEED_MET(
      "maturity.stage-3.coordinated-on-need.met", ref("need"), count("count"), list("functions")),
  /**
   * Coordinated on a need missing: the least number of functions needed, and the need most
   * functions work on (the first by id on a tie) with those functions.
   */
  COORDINATED_ON_NEED_MISSING(
      "maturity.stage-3.coordinated-on-need.missing",
      count("needed"),
      ref("need"),
      count("count"),
      list("functions")),
  /** Coordinated on a need missing: no need is recorded. */
  COORDINATED_ON_NEED_NO_NEEDS("maturity.stage-3.coordinated-on-need.no-needs"),

  // ---- stage 4: strategic account plan

  /** Complete plan met: the plan completeness score and the least the policy asks for. */
  COMPLETE_PLAN_MET("maturity.stage-4.complete-plan.met", number("score"), number("needed")),
  /**
   * Complete plan missing: the score, the least needed, and the (up to three) sections losing most
   * points, each a {@link #COMPLETE_PLAN_GAP}.
   */
  COMPLETE_PLAN_MISSING(
      "maturity.stage-4.complete-plan.missing", number("score"), number("needed"), list("gaps")),
  /** One section of the plan completeness score that loses points: its label and the points. */
  COMPLETE_PLAN_GAP("maturity.stage-4.complete-plan.gap", message("section"), number("short")),
  /** Current plan met: the last update, how many days ago, the policy's limit, and no plan rot. */
  CURRENT_PLAN_MET(
      "maturity.stage-4.current-plan.met", date("updated"), count("days"), count("limit")),
  /** Current plan missing: the last update is older than the limit, and the plan shows no rot. */
  CURRENT_PLAN_STALE(
      "maturity.stage-4.current-plan.stale", date("updated"), count("days"), count("limit")),
  /**
   * Current plan missing: the plan shows rot; the last update, and the plan completeness scorer's
   * rot reasons in order (nested, whatever their codes).
   */
  CURRENT_PLAN_ROTTEN(
      "maturity.stage-4.current-plan.rotten",
      date("updated"),
      count("days"),
      count("limit"),
      message("rot")),
  /** Current plan missing: the plan was never updated and shows no rot. */
  CURRENT_PLAN_NEVER_UPDATED("maturity.stage-4.current-plan.never-updated"),
  /**
   * Current plan missing: the plan was never updated, and its rot reasons (nested). Kept for rot
   * rules that do not need an update: today's plan rot rules all read updates, so they never show
   * for a plan that was never updated.
   */
  CURRENT_PLAN_NEVER_UPDATED_ROTTEN(
      "maturity.stage-4.current-plan.never-updated.rotten", message("rot")),
  /** Current plan missing: there is no plan. */
  CURRENT_PLAN_NONE("maturity.stage-4.current-plan.none"),
  /** Plan in execution met: the plan is active and this many live actions are under way or done. */
  PLAN_IN_EXECUTION_MET("maturity.stage-4.plan-in-execution.met", count("actions")),
  /** Plan in execution missing: the plan is active but no live action is under way or done. */
  PLAN_IN_EXECUTION_IDLE("maturity.stage-4.plan-in-execution.idle"),
  /**
   * Plan in execution missing: the plan is not active (its status), with the live actions under way
   * or done (possibly none).
   */
  PLAN_IN_EXECUTION_UNAPPROVED(
      "maturity.stage-4.plan-in-execution.unapproved", choice("status"), count("actions")),
  /** Plan in execution missing: there is no plan. */
  PLAN_IN_EXECUTION_NONE("maturity.stage-4.plan-in-execution.none"),
  /** Matrix team met: the functions that own live actions. */
  MATRIX_TEAM_MET("maturity.stage-4.matrix-team.met", count("count"), list("functions")),
  /** Matrix team missing: fewer functions own live actions than the policy's least. */
  MATRIX_TEAM_MISSING(
      "maturity.stage-4.matrix-team.missing", count("count"), list("functions"), count("needed")),
  /**
   * Matrix team missing: enough functions own live actions, but the policy asks for commercial and
   * medical owners and they come from one division.
   */
  MATRIX_TEAM_ONE_DIVISION(
      "maturity.stage-4.matrix-team.one-division", count("count"), list("functions")),
  /** Company and customer KPIs met: both are recorded (the policy does not ask for values). */
  KPIS_MET("maturity.stage-4.company-and-customer-kpis.met", count("company"), count("customer")),
  /** Company and customer KPIs met: both carry measured values, as the policy asks. */
  KPIS_MET_MEASURED(
      "maturity.stage-4.company-and-customer-kpis.met.measured",
      count("company"),
      count("customer")),
  /** KPIs missing: customer KPIs are recorded, company KPIs not (values not asked for). */
  KPIS_NO_COMPANY("maturity.stage-4.company-and-customer-kpis.no-company"),
  /** KPIs missing: customer KPIs are measured, company KPIs not (the policy asks for values). */
  KPIS_NO_COMPANY_MEASURED("maturity.stage-4.company-and-customer-kpis.no-company.measured"),
  /** KPIs missing: company KPIs are recorded, customer KPIs not (values not asked for). */
  KPIS_NO_CUSTOMER("maturity.stage-4.company-and-customer-kpis.no-customer"),
  /** KPIs missing: company KPIs are measured, customer KPIs not (the policy asks for values). */
  KPIS_NO_CUSTOMER_MEASURED("maturity.stage-4.company-and-customer-kpis.no-customer.measured"),
  /** KPIs missing: neither company nor customer KPIs are recorded (values not asked for). */
  KPIS_NEITHER("maturity.stage-4.company-and-customer-kpis.neither"),
  /** KPIs missing: neither company nor customer KPIs are measured (the policy asks for values). */
  KPIS_NEITHER_MEASURED("maturity.stage-4.company-and-customer-kpis.neither.measured"),

  // ---- stage 5: trusted partner

  /** Joint business plan met: agreed on a day, with its customer sponsors and joint objectives. */
  JOINT_BUSINESS_PLAN_MET(
      "maturity.stage-5.joint-business-plan.met",
      date("agreed"),
      count("sponsors"),
      count("objectives")),
  /**
   * Joint business plan missing: the plan exists but lacks something, each a {@code
   * JOINT_BUSINESS_PLAN_LACKS_*} message in the order agreement, sponsor, objective.
   */
  JOINT_BUSINESS_PLAN_LACKING("maturity.stage-5.joint-business-plan.lacking", list("lacking")),
  /** What a joint business plan lacks: it is not agreed with the customer by the day judged. */
  JOINT_BUSINESS_PLAN_LACKS_AGREEMENT("maturity.stage-5.joint-business-plan.lacks.agreement"),
  /** What a joint business plan lacks: a customer sponsor. */
  JOINT_BUSINESS_PLAN_LACKS_SPONSOR("maturity.stage-5.joint-business-plan.lacks.sponsor"),
  /** What a joint business plan lacks: a joint objective. */
  JOINT_BUSINESS_PLAN_LACKS_OBJECTIVE("maturity.stage-5.joint-business-plan.lacks.objective"),
  /** Joint business plan missing: the plan has none. */
  JOINT_BUSINESS_PLAN_NONE("maturity.stage-5.joint-business-plan.none"),
  /** Shared-value initiatives met: the launched initiatives, sorted by name. */
  SHARED_VALUE_INITIATIVES_MET(
      "maturity.stage-5.shared-value-initiatives.met", count("count"), list("initiatives")),
  /**
   * Shared-value initiatives missing: how many have launched, how many are recorded, and the least
   * number the policy asks to have launched.
   */
  SHARED_VALUE_INITIATIVES_MISSING(
      "maturity.stage-5.shared-value-initiatives.missing",
      count("launched"),
      count("recorded"),
      count("needed")),
  /** Shared-value initiatives missing: none is recorded. */
  SHARED_VALUE_INITIATIVES_NONE("maturity.stage-5.shared-value-initiatives.none"),
  /**
   * Executive relationships met: the executives held actively at the policy's least strength or
   * better, sorted by name.
   */
  EXECUTIVE_RELATIONSHIPS_MET(
      "maturity.stage-5.executive-relationships.met",
      count("count"),
      choice("strength"),
      list("executives")),
  /**
   * Executive relationships missing: the executives mapped (sorted by name), how many are held at
   * the least strength, and the least number needed.
   */
  EXECUTIVE_RELATIONSHIPS_MISSING(
      "maturity.stage-5.executive-relationships.missing",
      count("mapped"),
      list("executives"),
      count("held"),
      choice("strength"),
      count("needed")),
  /** Executive relationships missing: no engageable executive of the account is mapped. */
  EXECUTIVE_RELATIONSHIPS_NONE("maturity.stage-5.executive-relationships.none"),
  /** Marshals resources met: our functions staffing the agreed and launched initiatives. */
  MARSHALS_RESOURCES_MET(
      "maturity.stage-5.marshals-resources.met", count("count"), list("functions")),
  /** Marshals resources missing: fewer of our functions staff them than the policy's least. */
  MARSHALS_RESOURCES_MISSING(
      "maturity.stage-5.marshals-resources.missing",
      count("count"),
      list("functions"),
      count("needed")),
  /** Marshals resources missing: no shared-value initiative is agreed or launched. */
  MARSHALS_RESOURCES_NONE("maturity.stage-5.marshals-resources.none"),
  /** The reason of a criterion the host's policy does not require: what the data shows (nested). */
  NOT_REQUIRED("maturity.criterion.not-required", message("reason")),

  // ---- the maturity results explained

  /** A maturity result's headline: the account, its stage, the day and the policy version. */
  RESULT(
      "maturity.result",
      ref("account"),
      text("id"),
      message("stage"),
      date("asOf"),
      text("policy")),
  /** Above the criteria of one stage that holds. */
  RESULT_STAGE_HOLDS("maturity.result.stage-holds", count("number")),
  /** Above what the next stage is missing. */
  RESULT_MISSING_FOR("maturity.result.missing-for", message("stage")),
  /** Above the criteria already met for stages beyond the next. */
  RESULT_AHEAD("maturity.result.ahead"),
  /** One item of a list under a heading: a reason. */
  ITEM("maturity.item", message("reason")),
  /** An account's move between two snapshots: from which stage to which. */
  CHANGE("maturity.change", ref("account"), text("id"), message("from"), message("to")),
  /** A criterion that counted before and no longer does. */
  CHANGE_LOST("maturity.change.lost", message("criterion")),
  /** Two snapshots compared, with the same accounts in both. */
  COMPARISON("maturity.comparison", count("regressed"), count("advanced"), count("unchanged")),
  /** Two snapshots compared, with accounts added or removed. */
  COMPARISON_MEMBERSHIP(
      "maturity.comparison.membership",
      count("regressed"),
      count("advanced"),
      count("unchanged"),
      count("added"),
      count("removed")),
  /** An account that regressed: its {@link #CHANGE}. */
  COMPARISON_REGRESSED("maturity.comparison.regressed", message("change")),
  /** An account that advanced: its {@link #CHANGE}. */
  COMPARISON_ADVANCED("maturity.comparison.advanced", message("change")),
  /** A portfolio's maturity: how many accounts. */
  PORTFOLIO("maturity.portfolio", count("accounts")),
  /** One stage of a portfolio: its number and name, how many accounts, and which (by id). */
  PORTFOLIO_STAGE(
      "maturity.portfolio.stage",
      count("number"),
      choice("stage"),
      count("count"),
      list("accounts")),

  // ---- the relationship stage explained

  /** A relationship stage result's headline: the account, the stage, the day, the policy. */
  RELATIONSHIP_RESULT(
      "relationship.result",
      ref("account"),
      text("id"),
      choice("stage"),
      date("asOf"),
      text("policy")),
  /** The headline of a disintegrating relationship: also the stage it is falling from. */
  RELATIONSHIP_RESULT_FALLING(
      "relationship.result.falling",
      ref("account"),
      text("id"),
      choice("stage"),
      choice("from"),
      date("asOf"),
      text("policy")),
  /**
   * The contact structure: its shape, the active links, and on each side the people and their
   * functions (how many, and which).
   */
  RELATIONSHIP_CONTACTS(
      "relationship.result.contacts",
      choice("structure"),
      count("links"),
      count("ours"),
      count("ourFunctionCount"),
      list("ourFunctions"),
      count("theirs"),
      count("theirFunctionCount"),
      list("theirFunctions")),
  /** Above what would take the relationship one step up. */
  RELATIONSHIP_TO_MOVE_UP("relationship.result.to-move-up"),

  // ---- the ladder: evidence and gaps

  /** Gap of a disintegrating relationship: how many signals show, to be addressed first. */
  NEXT_ADDRESS_SIGNALS("relationship.next.address-signals", count("signals")),
  /** Gap of an exploratory relationship: nothing shows the two sides trade. */
  NEXT_START_TRADING("relationship.next.start-trading"),
  /** Evidence: what shows the two sides trade, each a {@code TRADING_*} message. */
  TRADING("relationship.trading", list("shows")),
  /** Trading shows in contracts active or signed and in force. */
  TRADING_CONTRACTS("relationship.trading.contracts", count("count")),
  /** Trading shows in whitespace cells of our products sold. */
  TRADING_WHITESPACE_SOLD("relationship.trading.whitespace-sold", count("count")),
  /** Trading shows in our products listed on the formulary. */
  TRADING_LISTED("relationship.trading.listed", count("count")),
  /** Trading shows in volume bought in the last two fiscal years. */
  TRADING_VOLUME("relationship.trading.volume"),
  /** Gap of a basic relationship: nobody of ours holds anyone of theirs actively. */
  NEXT_OPEN_THREADS("relationship.next.open-threads"),
  /** Gap of a basic relationship: every active link runs through one person on a side. */
  NEXT_WIDEN_BOW_TIE("relationship.next.widen-bow-tie"),
  /** Evidence: several people on each side are in touch. */
  CONTACTS_MULTIPLE("relationship.contacts.multiple"),
  /**
   * Gap of a cooperative relationship short of a diamond: each {@code DIAMOND_SHORT_*} it lacks.
   */
  NEXT_BUILD_DIAMOND("relationship.next.build-diamond", list("short")),
  /** A diamond lacks this many more functions of ours. */
  DIAMOND_SHORT_OUR_FUNCTIONS("relationship.next.build-diamond.our-functions", count("count")),
  /** A diamond lacks this many more functions of theirs. */
  DIAMOND_SHORT_THEIR_FUNCTIONS("relationship.next.build-diamond.their-functions", count("count")),
  /** A diamond lacks this many more active links. */
  DIAMOND_SHORT_LINKS("relationship.next.build-diamond.links", count("count")),
  /** Evidence: a diamond of peer contacts across functions on both sides. */
  CONTACTS_DIAMOND("relationship.contacts.diamond"),
  /** Gap of a diamond: no stakeholder of the policy's least seniority or above is held. */
  NEXT_SENIOR_CONTACT("relationship.next.senior-contact", choice("seniority")),
  /** Gap of a diamond: no joint work has begun. */
  NEXT_JOINT_WORK("relationship.next.joint-work"),
  /** Evidence: how many senior stakeholders are held actively. */
  SENIOR_CONTACTS("relationship.senior-contacts", count("count")),
  /** Evidence: the joint work begun, each a {@code JOINT_WORK_*} message. */
  JOINT_WORK("relationship.joint-work", list("joint")),
  /** Joint work: a joint business plan agreed with the customer. */
  JOINT_WORK_AGREED_PLAN("relationship.joint-work.agreed-plan"),
  /** Joint work: a joint business plan not yet agreed. */
  JOINT_WORK_DRAFT_PLAN("relationship.joint-work.draft-plan"),
  /** Joint work: shared-value initiatives agreed or launched. */
  JOINT_WORK_INITIATIVES("relationship.joint-work.initiatives", count("count")),
  /** Joint work: value-based or service agreements in force. */
  JOINT_WORK_AGREEMENTS("relationship.joint-work.agreements", count("count")),
  /** Gap of an interdependent relationship: no executive is held at the policy's strength. */
  NEXT_EXECUTIVE_TRUST("relationship.next.executive-trust", choice("strength")),
  /** Gap of an interdependent relationship: the joint business plan is not agreed. */
  NEXT_AGREE_JOINT_PLAN("relationship.next.agree-joint-plan"),
  /** Gap of an interdependent relationship: no launched initiative has people of both sides. */
  NEXT_JOINT_TEAM("relationship.next.joint-team"),
  /** Evidence of an integrated relationship. */
  INTEGRATED("relationship.integrated"),

  // ---- disintegration signals

  /**
   * Signal: relationships active within the look-back have lapsed, more than are still active; how
   * many lapsed, the look-back in days, and how many are active.
   */
  SIGNAL_THREADS_LAPSED(
      "relationship.signal.threads-lapsed", count("lapsed"), count("days"), count("active")),
  /** Signal: our products that lost their formulary listing within the look-back, by name. */
  SIGNAL_LISTING_LOST("relationship.signal.listing-lost", count("days"), list("products")),
  /** Signal: contracts ended within the look-back and none is in force. */
  SIGNAL_CONTRACT_LAPSED("relationship.signal.contract-lapsed", count("count"), count("days")),
  /** Signal: economic buyers or executives who are detractors, by id. */
  SIGNAL_HOSTILE_DECISION_MAKERS("relationship.signal.hostile-decision-makers", list("people")),
  /**
   * Signal: the voice of the account fell between its last two readings; the days of both, and each
   * fall, a {@code VOICE_FALL_*} message.
   */
  SIGNAL_VOICE_FALLING(
      "relationship.signal.voice-falling", date("from"), date("to"), list("falls")),
  /** The relationship score fell from one reading to the next. */
  VOICE_FALL_RELATIONSHIP_SCORE(
      "relationship.signal.voice-falling.relationship-score", number("before"), number("after")),
  /** The net promoter score fell from one reading to the next. */
  VOICE_FALL_NPS("relationship.signal.voice-falling.nps", number("before"), number("after")),
  /** Signal: stakeholders we held left the account within the look-back, by id. */
  SIGNAL_CONTACTS_DEPARTED("relationship.signal.contacts-departed", count("count"), list("people")),

  // ---- violations of a maturity or relationship-stage result

  /** A stage result is for {@code NONE}, which is not a stage of the ladder. */
  RESULT_STAGE_NONE("maturity.result.stage-none"),
  /** A maturity result does not hold stages 1 to 5, in order. */
  RESULT_STAGES_NOT_LADDER("maturity.result.stages-not-ladder"),
  /**
   * A maturity result's stage is not the highest whose criteria and all lower ones hold: that is
   * stage {@code holding}.
   */
  RESULT_STAGE_NOT_HIGHEST("maturity.result.stage-not-highest", count("holding")),
  /**
   * A relationship-stage result says what it fell from though it is not disintegrating, or does not
   * though it is.
   */
  RESULT_FALLING_FROM_UNEXPECTED("relationship.result.falling-from-unexpected"),
  /** A disintegrating relationship is said to fall from disintegrating. */
  RESULT_FALLING_FROM_DISINTEGRATING("relationship.result.falling-from-disintegrating");

  private final String code;
  private final List<Param> params;

  MaturityCode(String code, Param... params) {
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
