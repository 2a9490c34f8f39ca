package dev.kamkit.model.account;

/** Where a contract stands; the values follow Veeva's {@code Contract_vod__c.Status_vod__c}. */
public enum ContractStatus {
  /** Being drafted. */
  DRAFT,
  /** In the approval process. */
  IN_APPROVAL,
  /** Signed by both parties. */
  SIGNED,
  /** In force. */
  ACTIVE,
  /** Rejected. */
  REJECTED,
  /** Ended by its term or terminated. */
  ENDED
}
