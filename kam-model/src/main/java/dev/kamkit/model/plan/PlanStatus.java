package dev.kamkit.model.plan;

/** Where the account plan stands in its approval cycle. */
public enum PlanStatus {
  /** Being written. */
  DRAFT,
  /** Submitted for approval. */
  PENDING_APPROVAL,
  /** Approved and in execution. */
  ACTIVE,
  /** Superseded or closed. */
  INACTIVE
}
