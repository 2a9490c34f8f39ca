package dev.kamkit.model.committee;

/** Where a decision body's decisions apply. */
public enum DecisionScope {
  /** Decisions bind the whole system, every site of an IDN. */
  SYSTEM,
  /** Decisions bind one site of care. */
  SITE
}
