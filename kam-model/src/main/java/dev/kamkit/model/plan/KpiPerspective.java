package dev.kamkit.model.plan;

/**
 * Whose success a KPI measures: stage 4 of KAM keeps both company and customer metrics in sight
 * (seed 001).
 */
public enum KpiPerspective {
  /** The company's: sales, share, formulary position. */
  COMPANY,
  /** The customer's: outcomes, costs, patient access. */
  CUSTOMER
}
