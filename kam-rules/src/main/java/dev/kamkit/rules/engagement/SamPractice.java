package dev.kamkit.rules.engagement;

/**
 * The contrasts of seed 004's figure 2, account-based selling against strategic account management,
 * each as a practice whose presence an account's data can show. The first is the ground both models
 * share.
 */
public enum SamPractice {
  /** Both: cross-functional teams aligned behind accounts, not individual HCPs. */
  CROSS_FUNCTIONAL_TEAM(
      "cross-functional-team",
      "Cross-functional teams aligned behind accounts (not individual HCPs)",
      "Cross-functional teams aligned behind accounts (not individual HCPs)"),
  /** Brand-level account segmentation, versus organisation-wide account segmentation. */
  ORGANISATION_WIDE_SEGMENTATION(
      "organisation-wide-segmentation",
      "Brand-level account segmentation",
      "Organisation-wide account segmentation"),
  /** Segmentation based on revenue, versus a broader definition of value. */
  BROADER_VALUE("broader-value", "Segmentation based on revenue", "Broader definition of value"),
  /** Many accounts, versus few accounts. */
  FEW_ACCOUNTS("few-accounts", "Many accounts", "Few accounts"),
  /** Functionally-driven and aligned, versus integrated cross-team collaboration. */
  INTEGRATED_COLLABORATION(
      "integrated-collaboration",
      "Functionally-driven and aligned",
      "Integrated cross-team collaboration"),
  /** One-size-fits-all approach, versus differentiated investment. */
  DIFFERENTIATED_INVESTMENT(
      "differentiated-investment", "One-size-fits-all approach", "Differentiated investment"),
  /** Selling a product, versus solving customer problems. */
  SOLVING_CUSTOMER_PROBLEMS(
      "solving-customer-problems", "Selling a product", "Solving customer problems"),
  /** Internal brand-level account plans, versus joint organisational-level account plans. */
  JOINT_PLANS(
      "joint-plans",
      "Internal brand-level account plans",
      "Joint organisational-level account plans"),
  /** Measuring individual activities, versus measuring shared outcomes. */
  SHARED_OUTCOMES(
      "shared-outcomes", "Measuring individual activities", "Measuring shared outcomes");

  private final String id;
  private final String accountBasedSelling;
  private final String strategic;

  SamPractice(String slug, String accountBasedSelling, String strategic) {
    this.id = "sam." + slug;
    this.accountBasedSelling = accountBasedSelling;
    this.strategic = strategic;
  }

  /** Stable id, for example {@code "sam.joint-plans"}. */
  public String id() {
    return id;
  }

  /** The account-based selling side of the contrast, in figure 2's words. */
  public String accountBasedSelling() {
    return accountBasedSelling;
  }

  /** The strategic account management side, in figure 2's words. */
  public String strategic() {
    return strategic;
  }
}
