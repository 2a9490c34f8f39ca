package dev.kamkit.model.committee;

/** What kind of decision body a committee is. */
public enum DecisionBodyKind {
  /** Pharmacy &amp; therapeutics committee: decides what goes on the formulary. */
  PHARMACY_AND_THERAPEUTICS,
  /** Value analysis committee: evaluates devices and supplies on cost and outcome. */
  VALUE_ANALYSIS,
  /** A formulary subcommittee or a payer's formulary committee. */
  FORMULARY,
  /** Procurement or contracting committee: awards contracts and sets purchasing terms. */
  PROCUREMENT,
  /** Executive or board-level committee: strategy, capital and system-wide programmes. */
  EXECUTIVE,
  /** Medical executive or clinical governance committee: protocols and pathways. */
  CLINICAL_GOVERNANCE,
  /** Quality or population-health committee: outcomes, measures, care programmes. */
  QUALITY,
  /** Any other decision body; keep the CRM's own label in the body's attributes. */
  OTHER
}
