package dev.kamkit.model.stakeholder;

/**
 * The part a stakeholder plays in a buying decision. A person may hold several.
 *
 * <p>Hosts migrating from other tools map their roles here and keep the original in {@code
 * attributes}: Altify's decision maker and approver map to {@link #ECONOMIC_BUYER}, its evaluator
 * to {@link #TECHNICAL_BUYER}; Kapta's champion to {@link #CLINICAL_CHAMPION}, its influencer and
 * recommender to {@link #INFLUENCER}; Miller Heiman's user buyer to {@link #USER}.
 */
public enum BuyingRole {
  /** Gives the final yes (or veto) and controls the budget: often the CFO or a system executive. */
  ECONOMIC_BUYER,
  /** Screens options against criteria and can say no but not yes: pharmacy, procurement, VAC. */
  TECHNICAL_BUYER,
  /** A clinician who advocates for the product inside the account. */
  CLINICAL_CHAMPION,
  /** Uses or prescribes the product day to day. */
  USER,
  /** Opposes the product or the company and can stop a decision. */
  BLOCKER,
  /** Guides us through the account: tells us how decisions are really made. */
  COACH,
  /** Shapes the decision without owning it. */
  INFLUENCER
}
