package dev.kamkit.rules.maturity;

/**
 * Where the relationship between the company and the account sits on the Cranfield ladder of
 * McDonald, Rogers and Woodburn (CRM-MAPPING.md section 5): exploratory, basic, cooperative,
 * interdependent, integrated; and disintegrating, which can happen from any stage.
 */
public enum RelationshipStage {
  /** Before trading: both sides explore what the other can do. */
  EXPLORATORY("before trading: both sides explore what the other can do"),
  /** Trading through one point of contact on a side (the bow-tie): price and product dominate. */
  BASIC("trading through one point of contact on a side, the bow-tie"),
  /** Several people on each side in touch, but the links are not yet a diamond of peers. */
  COOPERATIVE("several people in touch on each side, still orchestrated through a few"),
  /** A diamond of peer contacts across functions, senior involvement and joint work begun. */
  INTERDEPENDENT("a diamond of peer contacts with senior involvement and joint work begun"),
  /** Partners working as one: joint plan agreed, joint teams, executive relationships. */
  INTEGRATED("partners working as one: an agreed joint plan, joint teams, executive trust"),
  /** Falling apart: business lost, threads lapsing, decision-makers turning hostile. */
  DISINTEGRATING("falling apart: business lost, threads lapsing, decision-makers turning hostile");

  private final String description;

  RelationshipStage(String description) {
    this.description = description;
  }

  /** What the stage means. */
  public String description() {
    return description;
  }
}
