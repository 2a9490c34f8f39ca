package dev.kamkit.rules.compliance.firewall;

/** The kinds of record a commercial view of an account leaves out; named in the package bundle. */
public enum WithheldKind {
  /** Interactions held by medical affairs alone. */
  MEDICAL_INTERACTIONS,
  /** The links from transfers of value to such interactions; the transfers stay visible. */
  TRANSFER_LINKS,
  /** Target lists built by medical team members. */
  MEDICAL_TARGET_LISTS
}
