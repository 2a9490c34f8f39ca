package dev.kamkit.rules.engagement;

/** Which side of its cut-off an axis score lies on. */
public enum AxisLevel {
  /** Below the cut-off. */
  LOW,
  /** At or above the cut-off. */
  HIGH
}
