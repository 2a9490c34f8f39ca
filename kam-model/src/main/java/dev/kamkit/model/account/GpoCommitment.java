package dev.kamkit.model.account;

/** How bound an account is to its group purchasing organisation's contracts. */
public enum GpoCommitment {
  /** Committed tier: the account has agreed to buy on the GPO's contracts for a category. */
  COMMITTED,
  /** Non-committed: the account may buy on the GPO's contracts or elsewhere. */
  NON_COMMITTED
}
