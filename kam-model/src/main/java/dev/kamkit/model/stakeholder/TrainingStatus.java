package dev.kamkit.model.stakeholder;

/**
 * Where a healthcare professional stands in training: Open Payments excludes residents, not
 * fellows.
 */
public enum TrainingStatus {
  /** Fully qualified and practising. */
  PRACTISING,
  /** In residency. */
  RESIDENT,
  /** In a fellowship after residency. */
  FELLOW
}
