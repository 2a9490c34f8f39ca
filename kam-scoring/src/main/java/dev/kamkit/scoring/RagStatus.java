package dev.kamkit.scoring;

/** The traffic-light colour KAM reviews use: green, amber, red. */
public enum RagStatus {
  /** On track. */
  GREEN,
  /** Needs attention. */
  AMBER,
  /** At risk: act now. */
  RED
}
