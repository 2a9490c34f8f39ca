package dev.kamkit.model.stakeholder;

/**
 * A stakeholder's level in the account's organisation, used to tell whether a blocker outranks
 * everyone we know (Prolifiq, "Pharma Key Account Management").
 */
public enum Seniority {
  /** Front-line staff and individual clinicians. */
  STAFF,
  /** Managers and supervisors. */
  MANAGER,
  /** Department or service-line heads, committee chairs. */
  DEPARTMENT_HEAD,
  /** Directors and vice-presidents. */
  SENIOR_LEADER,
  /** The C-suite and system executives. */
  EXECUTIVE;

  /** True if this level is above {@code other}. */
  public boolean outranks(Seniority other) {
    return compareTo(other) > 0;
  }
}
