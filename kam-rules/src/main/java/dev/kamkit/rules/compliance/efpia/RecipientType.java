package dev.kamkit.rules.compliance.efpia;

/**
 * The two kinds of recipient the EFPIA Disclosure Code discloses; their words are in the package
 * bundle under {@code RecipientType.CONSTANT}.
 */
public enum RecipientType {
  /** A healthcare professional: a stakeholder with an {@code HcpIdentity}. */
  HCP,
  /** A healthcare organisation: the organisation of a transfer of value. */
  HCO
}
