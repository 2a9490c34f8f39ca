package dev.kamkit.model.account;

/**
 * The tier an account is assigned by potential: effort follows tier, so that the few accounts that
 * drive most of the value are not underinvested (Prolifiq, "Pharma Key Account Management": a
 * programme that spreads effort evenly over 40 accounts underinvests in the 8 that matter).
 */
public enum AccountTier {
  /** The few strategic accounts: a dedicated, cross-functional team and a joint plan. */
  TIER_1,
  /** Key accounts with a named KAM and a full account plan. */
  TIER_2,
  /** Accounts served through account-based selling with brand-level plans. */
  TIER_3
}
