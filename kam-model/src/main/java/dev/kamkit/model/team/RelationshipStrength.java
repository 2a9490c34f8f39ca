package dev.kamkit.model.team;

/**
 * How strong a team member's relationship with a stakeholder is. Altify's relationship levels
 * (vendor, credible source, problem solver, trusted advisor) map onto the four steps here; a Veeva
 * affiliation's strength 0/1/2 maps to {@link #ACQUAINTED}, {@link #WORKING} and {@link #STRONG}.
 */
public enum RelationshipStrength {
  /** We have met; the stakeholder knows our name. */
  ACQUAINTED,
  /** Regular working contact: the stakeholder takes our meetings. */
  WORKING,
  /** The stakeholder seeks us out and shares what is going on. */
  STRONG,
  /** A trusted adviser: consulted before decisions are made. */
  TRUSTED;

  /** True if this is at least {@code other}. */
  public boolean isAtLeast(RelationshipStrength other) {
    return compareTo(other) >= 0;
  }
}
