package dev.kamkit.model.plan;

/**
 * The kind of need an account has, for needs-based segmentation (Veeva Business Consulting,
 * "Unlocking True KAM Transformation", figure 6): an account under budget pressure calls for a
 * different engagement than one chasing clinical outcomes.
 */
public enum NeedCategory {
  /** Cost containment and budget pressure. */
  COST_CONTAINMENT,
  /** Better clinical outcomes and quality measures. */
  CLINICAL_OUTCOMES,
  /** Patient access, diagnosis rates and throughput. */
  PATIENT_ACCESS,
  /** Operational efficiency: capacity, workflow, staffing. */
  OPERATIONAL_EFFICIENCY,
  /** Adherence and follow-up along the patient pathway. */
  ADHERENCE,
  /** Innovation, research and clinical-trial collaboration. */
  INNOVATION,
  /** Population health and value-based care. */
  POPULATION_HEALTH,
  /** Any other need. */
  OTHER
}
