package dev.kamkit.model.account;

/** What kind of agreement a contract is. */
public enum ContractKind {
  /** A direct purchase agreement with the account. */
  DIRECT_PURCHASE,
  /** Pricing through the account's group purchasing organisation. */
  GPO,
  /** A payer rebate or formulary-access agreement. */
  PAYER_REBATE,
  /** An outcomes- or value-based agreement. */
  VALUE_BASED,
  /** A service, consulting or data agreement. */
  SERVICE,
  /** Any other agreement. */
  OTHER
}
