package dev.kamkit.rules.engagement;

/**
 * The axes an account is judged on: the two of seed 004's figure 3 (market complexity, potential
 * value) and the optional strategic fit of seed 004's SAM prioritisation (openness to partnering,
 * clinical-trial and innovation collaboration), used by tiering. Their names for people are in this
 * package's bundles ({@code Axis.VALUE}); word them with {@link
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
