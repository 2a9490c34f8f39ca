package dev.kamkit.model.engagement;

/** What a service agreement buys from a healthcare professional or organisation. */
public enum ServiceKind {
  /** Consulting. */
  CONSULTING,
  /** Speaking at speaker programmes or other events. */
  SPEAKING,
  /** Sitting on an advisory board. */
  ADVISORY_BOARD,
  /** Research services. */
  RESEARCH,
  /** Any other service. */
  OTHER
}
