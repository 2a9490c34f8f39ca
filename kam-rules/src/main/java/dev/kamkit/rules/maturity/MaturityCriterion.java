package dev.kamkit.rules.maturity;

/**
 * The criteria that turn each stage of seed 001 into something checkable over the aggregates. Each
 * has a stable {@link #id()}; {@code docs/rules-maturity-engagement-tiering.md} says what evidence
 * each reads. A host that judges a criterion differently marks it not required in its {@link
 * MaturityPolicy} (and bumps the policy's version).
 */
public enum MaturityCriterion {
  /** Stage 1: an active team member with a KAM function is named on the account. */
  NAMED_KAM(MaturityStage.DEDICATED_RESOURCES, "named-kam", "A named key account manager"),
  /** Stage 1: that KAM actively holds relationships in the account. */
  KAM_ENGAGED(
      MaturityStage.DEDICATED_RESOURCES, "kam-engaged", "The KAM actively works the account"),
  /** Stage 2: one live account plan the roles work from. */
  ACCOUNT_PLAN(MaturityStage.ALIGNED_ROLES, "account-plan", "One account plan for all roles"),
  /** Stage 2: the team spans several functions. */
  CROSS_FUNCTIONAL_TEAM(
      MaturityStage.ALIGNED_ROLES, "cross-functional-team", "A cross-functional account team"),
  /** Stage 2: several functions own work towards the plan's objectives. */
  SHARED_OBJECTIVES(
      MaturityStage.ALIGNED_ROLES, "shared-objectives", "Roles work to shared objectives"),
  /** Stage 3: the account's needs are recorded and it has a needs-based segment. */
  NEEDS_SEGMENT(MaturityStage.COORDINATED_TEAM, "needs-segment", "Needs-based segmentation"),
  /** Stage 3: tactics name the needs they answer. */
  TACTICS_ON_NEEDS(
      MaturityStage.COORDINATED_TEAM, "tactics-on-needs", "Tactics tied to named needs"),
  /** Stage 3: one need is worked on by several functions together. */
  COORDINATED_ON_NEED(
      MaturityStage.COORDINATED_TEAM,
      "coordinated-on-need",
      "Team activities coordinated on a customer need"),
  /** Stage 4: the plan is complete enough (plan completeness score). */
  COMPLETE_PLAN(MaturityStage.STRATEGIC_PLAN, "complete-plan", "A complete account plan"),
  /** Stage 4: the plan is kept current and shows no rot. */
  CURRENT_PLAN(MaturityStage.STRATEGIC_PLAN, "current-plan", "A current plan, not theatre"),
  /** Stage 4: the plan is approved and its actions are being executed. */
  PLAN_IN_EXECUTION(
      MaturityStage.STRATEGIC_PLAN, "plan-in-execution", "The plan is being executed"),
  /** Stage 4: the plan's actions are owned across a matrix of functions. */
  MATRIX_TEAM(MaturityStage.STRATEGIC_PLAN, "matrix-team", "Executed by a matrix team"),
  /** Stage 4: company and customer KPIs are both tracked. */
  COMPANY_AND_CUSTOMER_KPIS(
      MaturityStage.STRATEGIC_PLAN,
      "company-and-customer-kpis",
      "Company and customer metrics in sight"),
  /** Stage 5: a joint business plan agreed with customer sponsors. */
  JOINT_BUSINESS_PLAN(
      MaturityStage.TRUSTED_PARTNER, "joint-business-plan", "A joint business plan"),
  /** Stage 5: shared-value initiatives launched with the account. */
  SHARED_VALUE_INITIATIVES(
      MaturityStage.TRUSTED_PARTNER,
      "shared-value-initiatives",
      "Value co-created through shared-value initiatives"),
  /** Stage 5: strong, active relationships with the account's executives. */
  EXECUTIVE_RELATIONSHIPS(
      MaturityStage.TRUSTED_PARTNER,
      "executive-relationships",
      "Trusted relationships with senior customer executives"),
  /** Stage 5: our resources from several functions are committed to the customer's initiatives. */
  MARSHALS_RESOURCES(
      MaturityStage.TRUSTED_PARTNER,
      "marshals-resources",
      "Resources marshalled on the customer's behalf");

  private final MaturityStage stage;
  private final String id;
  private final String title;

  MaturityCriterion(MaturityStage stage, String slug, String title) {
    this.stage = stage;
    this.id = "maturity.stage-" + stage.number() + "." + slug;
    this.title = title;
  }

  /** The stage this criterion belongs to. */
  public MaturityStage stage() {
    return stage;
  }

  /** Stable id, for example {@code "maturity.stage-2.shared-objectives"}. */
  public String id() {
    return id;
  }

  /** Short title for people. */
  public String title() {
    return title;
  }
}
