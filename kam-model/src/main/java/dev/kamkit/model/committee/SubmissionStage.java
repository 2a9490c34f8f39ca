package dev.kamkit.model.committee;

/**
 * Where a committee submission stands on its way through a decision body, in the order a value
 * analysis or P&amp;T request takes: the request, the dossier of evidence, a clinical evaluation
 * where the body asks for one, the committee's review, its decision (Prolifiq, "Healthcare Key
 * Account Management: A Practical Guide": "value analysis committee review, clinical evaluation
 * periods"). A submission may skip a stage the body does not use, never go back, except after a
 * {@linkplain SubmissionDecision#DEFERRED deferred} decision.
 */
public enum SubmissionStage {
  /** The request has been made: a clinician or we asked the body to consider the product. */
  REQUEST,
  /** The dossier is being assembled or is with the body: evidence, costs, operational impact. */
  DOSSIER,
  /** The product is being evaluated in use, at a unit or site, for the body. */
  CLINICAL_EVALUATION,
  /** The body has it on its agenda and is reviewing it. */
  COMMITTEE_REVIEW,
  /** The body has decided; the step says what ({@link SubmissionDecision}). */
  DECISION
}
