package dev.kamkit.model.stakeholder;

/** Whether a stakeholder is still in the account. */
public enum StakeholderStatus {
  /** In post. */
  ACTIVE,
  /**
   * Still in post but leaving soon: retirement or a known move. A champion in this state is a risk.
   */
  RETIRING,
  /** Temporarily away. */
  ON_LEAVE,
  /** No longer in the account. Kept so history and reporting stay intact. */
  DEPARTED;

  /** True while the stakeholder can still be engaged. */
  public boolean isEngageable() {
    return this == ACTIVE || this == RETIRING;
  }
}
