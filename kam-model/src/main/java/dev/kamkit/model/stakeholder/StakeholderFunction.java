package dev.kamkit.model.stakeholder;

/** Which part of the account a stakeholder works in. */
public enum StakeholderFunction {
  /** Prescribers and clinical department heads. */
  CLINICAL,
  /** Nursing leadership and nurses. */
  NURSING,
  /** Pharmacy: directors, formulary managers, clinical pharmacists. */
  PHARMACY,
  /** Procurement and supply chain. */
  PROCUREMENT,
  /** Finance: CFO, controllers, revenue cycle. */
  FINANCE,
  /** Executive leadership: CEO, COO, CMO, system presidents. */
  EXECUTIVE,
  /** Information technology and the EHR team. */
  IT,
  /** The payer arm or managed-care contracting. */
  PAYER,
  /** Quality, outcomes and population health. */
  QUALITY_AND_POPULATION_HEALTH,
  /** Medical affairs, research and the medical staff office. */
  MEDICAL,
  /** Anyone else; keep the CRM's own value in the stakeholder's attributes. */
  OTHER
}
