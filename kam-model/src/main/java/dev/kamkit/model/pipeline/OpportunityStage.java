package dev.kamkit.model.pipeline;

/**
 * Where an opportunity stands in the sale. The open stages follow the usual B2B sales stages that
 * Salesforce's default {@code Opportunity.StageName} values group into; a host maps its own stage
 * names to these.
 */
public enum OpportunityStage {
  /** Seen, not yet qualified: a need or a whitespace cell someone has named. */
  IDENTIFIED,
  /** Qualified: the need, the buyer and the route to a decision are known. */
  QUALIFIED,
  /** A proposal, dossier or quote is with the customer. */
  PROPOSAL,
  /** Terms, price or contract are being negotiated, or a committee decision is awaited. */
  NEGOTIATION,
  /** Closed: the customer bought. */
  WON,
  /** Closed: the customer did not buy, or the opportunity was dropped. */
  LOST;

  /** True for {@link #WON} and {@link #LOST}: the opportunity is no longer in the pipeline. */
  public boolean isClosed() {
    return this == WON || this == LOST;
  }
}
