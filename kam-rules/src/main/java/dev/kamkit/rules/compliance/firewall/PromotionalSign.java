package dev.kamkit.rules.compliance.firewall;

/**
 * What makes an interaction with commercial participants promotional, for {@code
 * firewall.interaction.medical-on-promotional-call}; its display names are in the package bundle.
 */
public enum PromotionalSign {
  /** One of our products (not a competitor's) was discussed. */
  DISCUSSED_OUR_PRODUCTS,
  /** Promotional materials were used. */
  USED_PROMOTIONAL_MATERIALS,
  /** The interaction was a speaker programme. */
  SPEAKER_PROGRAMME
}
