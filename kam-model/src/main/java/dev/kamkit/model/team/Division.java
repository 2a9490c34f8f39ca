package dev.kamkit.model.team;

/**
 * The two sides of the commercial / medical firewall. Medical affairs owns scientific exchange;
 * commercial must not direct it (Prolifiq, "Pharma Key Account Management"; IntuitionLabs on MSL
 * compliance; OIG Special Fraud Alert (2020)).
 */
public enum Division {
  /** Sales, key account management, marketing, market access, service. */
  COMMERCIAL,
  /** Medical science liaisons and medical affairs. */
  MEDICAL
}
