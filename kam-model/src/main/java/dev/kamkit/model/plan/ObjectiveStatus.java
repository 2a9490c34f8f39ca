package dev.kamkit.model.plan;

/** Where an objective stands; Salesforce's {@code AccountPlanObjective.Status} maps here. */
public enum ObjectiveStatus {
  /** Not started. */
  NOT_STARTED,
  /** Being worked on. */
  IN_PROGRESS,
  /** Achieved. */
  ACHIEVED,
  /** Closed without being achieved. */
  MISSED,
  /** Dropped. */
  CANCELLED
}
