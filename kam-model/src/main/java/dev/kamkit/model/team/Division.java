package dev.kamkit.model.team;

/**
 * The two sides of the commercial / medical firewall. Medical affairs owns scientific exchange;
 * commercial must not direct it (seed 000, REGULATORY.md 6).
 */
public enum Division {
  /** Sales, key account management, marketing, market access, service. */
  COMMERCIAL,
  /** Medical science liaisons and medical affairs. */
  MEDICAL
}
