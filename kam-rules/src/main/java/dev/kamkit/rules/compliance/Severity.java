package dev.kamkit.rules.compliance;

/** How serious a finding is. */
public enum Severity {
  /** A breach or a record that cannot be reported as it stands: fix before submission. */
  ERROR,
  /** A likely problem or a missing safeguard: review. */
  WARNING,
  /** Worth knowing, no action required: for example why a payment is not reportable. */
  INFO
}
