package dev.kamkit.rules.engagement;

/**
 * The axes an account is judged on: the two of figure 3 of Veeva Business Consulting's "Unlocking
 * True KAM Transformation" (market complexity, potential value) and the optional strategic fit of
 * the SAM prioritisation in Veeva Business Consulting's "Unlocking True KAM Transformation"
 * (openness to partnering, clinical-trial and innovation collaboration), used by tiering. Their
 * names for people are in this package's bundles ({@code Axis.VALUE}); word them with {@link
 * dev.kamkit.model.explain.Messages#name}.
 */
public enum Axis {
  /** Market complexity: competitors, payer affordability, decision-making, finding patients. */
  COMPLEXITY,
  /** Potential value: patient population, unmet need, differentiation, growth opportunity. */
  VALUE,
  /** Strategic fit: openness to partnering, clinical-trial and innovation collaboration. */
  STRATEGIC_FIT
}
