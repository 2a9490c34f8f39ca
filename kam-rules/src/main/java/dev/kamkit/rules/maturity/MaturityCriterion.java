package dev.kamkit.rules.maturity;

import dev.kamkit.model.explain.Message;
import dev.kamkit.rules.criteria.CriterionResult;

/**
 * The criteria that turn each stage of KAM evolution (Clarity, "Pharma Key Account Management – The
 * Evolution Continues") into something checkable over the aggregates. Each has a stable {@link
 * #id()} and a title, its display name in this package's message bundle; {@code
 * docs/rules-maturity-engagement-tiering.md} says what evidence each reads. A host that judges a
 * criterion differently marks it not required in its {@link MaturityPolicy} (and bumps the policy's
 * version).
 */
public enum MaturityCriterion {
  /** Stage 1: an active team member with a KAM function is named on the account. */
  NAMED_KAM(MaturityStage.DEDICATED_RESOURCES, "maturity.stage-1.named-kam"),
  /** Stage 1: that KAM actively holds relationships in the account. */
  KAM_ENGAGED(MaturityStage.DEDICATED_RESOURCES, "maturity.stage-1.kam-engaged"),
  /** Stage 2: one live account plan the roles work from. */
  ACCOUNT_PLAN(MaturityStage.ALIGNED_ROLES, "maturity.stage-2.account-plan"),
  /** Stage 2: the team spans several functions. */
  CROSS_FUNCTIONAL_TEAM(MaturityStage.ALIGNED_ROLES, "maturity.stage-2.cross-functional-team"),
  /** Stage 2: several functions own work towards the plan's objectives. */
  SHARED_OBJECTIVES(MaturityStage.ALIGNED_ROLES, "maturity.stage-2.shared-objectives"),
  /** Stage 3: the account's needs are recorded and it has a needs-based segment. */
  NEEDS_SEGMENT(MaturityStage.COORDINATED_TEAM, "maturity.stage-3.needs-segment"),
  /** Stage 3: tactics name the needs they answer. */
  TACTICS_ON_NEEDS(MaturityStage.COORDINATED_TEAM, "maturity.stage-3.tactics-on-needs"),
  /** Stage 3: one need is worked on by several functions together. */
  COORDINATED_ON_NEED(MaturityStage.COORDINATED_TEAM, "maturity.stage-3.coordinated-on-need"),
  /** Stage 4: the plan is complete enough (plan completeness score). */
  COMPLETE_PLAN(MaturityStage.STRATEGIC_PLAN, "maturity.stage-4.complete-plan"),
  /** Stage 4: the plan is kept current and shows no rot. */
  CURRENT_PLAN(MaturityStage.STRATEGIC_PLAN, "maturity.stage-4.current-plan"),
  /** Stage 4: the plan is approved and its actions are being executed. */
  PLAN_IN_EXECUTION(MaturityStage.STRATEGIC_PLAN, "maturity.stage-4.plan-in-execution"),
  /** Stage 4: the plan's actions are owned across a matrix of functions. */
  MATRIX_TEAM(MaturityStage.STRATEGIC_PLAN, "maturity.stage-4.matrix-team"),
  /** Stage 4: company and customer KPIs are both tracked. */
  COMPANY_AND_CUSTOMER_KPIS(
      MaturityStage.STRATEGIC_PLAN, "maturity.stage-4.company-and-customer-kpis"),
  /** Stage 5: a joint business plan agreed with customer sponsors. */
  JOINT_BUSINESS_PLAN(MaturityStage.TRUSTED_PARTNER, "maturity.stage-5.joint-business-plan"),
  /** Stage 5: shared-value initiatives launched with the account. */
  SHARED_VALUE_INITIATIVES(
      MaturityStage.TRUSTED_PARTNER, "maturity.stage-5.shared-value-initiatives"),
  /** Stage 5: strong, active relationships with the account's executives. */
  EXECUTIVE_RELATIONSHIPS(
      MaturityStage.TRUSTED_PARTNER, "maturity.stage-5.executive-relationships"),
  /** Stage 5: our resources from several functions are committed to the customer's initiatives. */
  MARSHALS_RESOURCES(MaturityStage.TRUSTED_PARTNER, "maturity.stage-5.marshals-resources");

  private final MaturityStage stage;
  private final String id;

  MaturityCriterion(MaturityStage stage, String id) {
    this.stage = stage;
    this.id = id;
  }

  /** The stage this criterion belongs to. */
  public MaturityStage stage() {
    return stage;
  }

  /** Stable id, for example {@code "maturity.stage-2.shared-objectives"}. */
  public String id() {
    return id;
  }

  /** The title for people, "Roles work to shared objectives", as a message worded on demand. */
  public Message title() {
    return CriterionResult.titleOf(this);
  }
}
