package dev.kamkit.model.team;

/**
 * A kind of variable pay or target a team member works under. Medical science liaisons must have no
 * sales targets and no sales-based pay (IntuitionLabs on MSL compliance; OIG Special Fraud Alert
 * (2020)), so the kinds say which are tied to sales.
 */
public enum Incentive {
  /** A sales quota or target the member is measured against. */
  SALES_QUOTA,
  /** A bonus or commission that depends on sales volume or revenue. */
  SALES_BASED_BONUS,
  /** Variable pay on objectives that are not sales: quality, education, scientific milestones. */
  OBJECTIVES_BONUS;

  /** True if the incentive is tied to sales: a quota or sales-based pay. */
  public boolean isSalesBased() {
    return this != OBJECTIVES_BONUS;
  }
}
