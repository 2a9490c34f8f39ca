package dev.kamkit.model.portfolio;

/**
 * A product's standing on the account's formulary. Veeva's {@code Formulary_Status__c} and {@code
 * Benefit_Design_Line_vod__c.Status_vod__c} values map here, with numeric tiers kept in {@code
 * FormularyEntry.tier}.
 */
public enum FormularyStatus {
  /** Preferred or exclusive: the first choice in its class. */
  PREFERRED,
  /** On the formulary without restriction. */
  ON_FORMULARY,
  /** On the formulary with restrictions (prior authorisation, quantity limits, step edits). */
  RESTRICTED,
  /** Under review by the P&amp;T committee. */
  UNDER_REVIEW,
  /** Not on the formulary: use needs a non-formulary exception. */
  NON_FORMULARY,
  /** Not listed at all. */
  NOT_LISTED;

  /** True if the product can be used without a non-formulary exception. */
  public boolean isListed() {
    return this == PREFERRED || this == ON_FORMULARY || this == RESTRICTED;
  }
}
