package dev.kamkit.model.plan;

/**
 * Where an action stands. Veeva's {@code Pending_vod} maps to {@link #PLANNED}, {@code
 * Completed_vod} to {@link #COMPLETED}.
 */
public enum ActionStatus {
  /** Planned, not started. */
  PLANNED,
  /** Under way. */
  IN_PROGRESS,
  /** Done. */
  COMPLETED,
  /** Dropped: it no longer counts towards progress. */
  CANCELLED;

  /** True once the action is done or dropped. */
  public boolean isClosed() {
    return this == COMPLETED || this == CANCELLED;
  }
}
