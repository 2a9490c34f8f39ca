package dev.kamkit.rules.criteria;

/**
 * How one criterion stands for one account. Its display names ({@code met}, {@code missing}, ...)
 * are in this package's message bundle.
 */
public enum Outcome {
  /** The data shows the criterion is met; the reasons are the evidence. */
  MET,
  /** The data does not show it; the reasons say what to add. */
  MISSING,
  /** The host's policy does not require it, so it does not hold anything back. */
  NOT_REQUIRED,
  /** It cannot be judged from what was given, for example a portfolio-level fact asked alone. */
  NOT_ASSESSED;

  /** True for {@link #MET} and {@link #NOT_REQUIRED}: the outcomes that hold nothing back. */
  public boolean counts() {
    return this == MET || this == NOT_REQUIRED;
  }
}
