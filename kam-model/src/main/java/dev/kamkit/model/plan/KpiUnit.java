package dev.kamkit.model.plan;

/**
 * How a KPI's values are expressed; Salesforce's {@code AccountPlanObjectiveMeasure.ValueType} maps
 * here.
 */
public enum KpiUnit {
  /** A plain number or count. */
  NUMBER,
  /** A percentage, 0-100. */
  PERCENT,
  /** An amount of money in the plan's currency. */
  CURRENCY
}
