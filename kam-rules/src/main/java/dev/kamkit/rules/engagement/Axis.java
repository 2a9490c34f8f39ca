package dev.kamkit.rules.engagement;

/**
 * The axes an account is judged on: the two of seed 004's figure 3 (market complexity, potential
 * value) and the optional strategic fit of seed 004's SAM prioritisation (openness to partnering,
 * clinical-trial and innovation collaboration), used by tiering.
 */
public enum Axis {
  /** Market complexity: competitors, payer affordability, decision-making, finding patients. */
  COMPLEXITY("market complexity"),
  /** Potential value: patient population, unmet need, differentiation, growth opportunity. */
  VALUE("potential value"),
  /** Strategic fit: openness to partnering, clinical-trial and innovation collaboration. */
  STRATEGIC_FIT("strategic fit");

  private final String label;

  Axis(String label) {
    this.label = label;
  }

  /** {@code "market complexity"}. */
  public String label() {
    return label;
  }
}
