package dev.kamkit.model.committee;

/** What a decision body decided on a committee submission. */
public enum SubmissionDecision {
  /** Approved as requested. */
  APPROVED,
  /** Approved with restrictions: to some units, indications, prescribers or criteria. */
  APPROVED_WITH_RESTRICTIONS,
  /** Rejected. */
  REJECTED,
  /**
   * Deferred to a later meeting, often with a request for more evidence: not a final decision. The
   * submission stays open and may return to any stage.
   */
  DEFERRED;

  /** True for every decision but {@link #DEFERRED}: the submission is closed. */
  public boolean isFinal() {
    return this != DEFERRED;
  }

  /** True for {@link #APPROVED} and {@link #APPROVED_WITH_RESTRICTIONS}. */
  public boolean isApproval() {
    return this == APPROVED || this == APPROVED_WITH_RESTRICTIONS;
  }
}
