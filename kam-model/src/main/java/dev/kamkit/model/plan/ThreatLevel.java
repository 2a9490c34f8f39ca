package dev.kamkit.model.plan;

/** How much a competitor threatens our position in the account. */
public enum ThreatLevel {
  /** Little threat. */
  LOW,
  /** A real but contained threat. */
  MEDIUM,
  /** A threat to a formulary position, contract or key relationship. */
  HIGH
}
