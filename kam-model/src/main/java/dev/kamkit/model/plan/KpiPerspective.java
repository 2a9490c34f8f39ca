package dev.kamkit.model.plan;

/**
 * Whose success a KPI measures: stage 4 of KAM keeps both company and customer metrics in sight
 * (Clarity, "Pharma Key Account Management – The Evolution Continues").
 */
public enum KpiPerspective {
  /** The company's: sales, share, formulary position. */
  COMPANY,
  /** The customer's: outcomes, costs, patient access. */
  CUSTOMER
}
