package dev.kamkit.model.plan;

/** Where a shared-value initiative stands. */
public enum InitiativeStatus {
  /** Proposed to the account. */
  PROPOSED,
  /** Agreed with the account. */
  AGREED,
  /** Launched: resources committed and work under way. */
  LAUNCHED,
  /** Completed. */
  COMPLETED,
  /** Stopped before completion. */
  STOPPED;

  /** True once launched, whether still running or completed. */
  public boolean isLaunched() {
    return this == LAUNCHED || this == COMPLETED;
  }
}
