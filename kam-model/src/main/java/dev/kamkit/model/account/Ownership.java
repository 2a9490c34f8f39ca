package dev.kamkit.model.account;

/** Who owns an institution. */
public enum Ownership {
  /** Not-for-profit, including faith-based systems. */
  NOT_FOR_PROFIT,
  /** Investor-owned. */
  FOR_PROFIT,
  /** Owned by a government: federal, state, local or a national health service. */
  GOVERNMENT,
  /** Physician-owned. */
  PHYSICIAN_OWNED
}
