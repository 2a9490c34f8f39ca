package dev.kamkit.model.stakeholder;

/** How much weight a stakeholder's view carries in the account's decisions. */
public enum Influence {
  /** Little say. */
  LOW,
  /** Heard, but does not carry the decision. */
  MEDIUM,
  /** Shapes decisions. */
  HIGH,
  /** Can make or stop a decision alone. */
  DECISIVE;

  /** True if this is more than {@code other}. */
  public boolean exceeds(Influence other) {
    return compareTo(other) > 0;
  }
}
