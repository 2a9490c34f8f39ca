package dev.kamkit.model.stakeholder;

/** A stakeholder's seat on a decision body. */
public enum CommitteeRole {
  /** Chairs the committee. */
  CHAIR,
  /** A voting member. */
  VOTING_MEMBER,
  /** A member without a vote, such as a secretary or adviser. */
  NON_VOTING_MEMBER
}
