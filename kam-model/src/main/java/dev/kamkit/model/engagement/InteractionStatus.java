package dev.kamkit.model.engagement;

/**
 * Whether an interaction is planned or took place; Veeva's Planned_vod / Submitted_vod map here.
 */
public enum InteractionStatus {
  /** Planned, not yet held. */
  PLANNED,
  /** Held and recorded. */
  COMPLETED,
  /** Cancelled. */
  CANCELLED
}
