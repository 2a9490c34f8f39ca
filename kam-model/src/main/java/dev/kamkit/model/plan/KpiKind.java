package dev.kamkit.model.plan;

/**
 * Whether a KPI predicts or confirms: leading indicators (new stakeholder relationships, committee
 * access gained, value initiatives launched) predict lagging ones (formulary wins, volume, contract
 * value) (Prolifiq, "Pharma Key Account Management").
 */
public enum KpiKind {
  /** Predicts results to come. */
  LEADING,
  /** Confirms results achieved. */
  LAGGING
}
