package dev.kamkit.scoring.coverage;

/**
 * How big an account is for coverage purposes: a large IDN needs far more relationships than a
 * clinic. {@link CoveragePolicy#scaleOf} decides which scale an account has.
 */
public enum AccountScale {
  /** A clinic, practice or small hospital. */
  SMALL,
  /** A mid-sized hospital, academic medical centre or small system. */
  MEDIUM,
  /** A large IDN or health system. */
  LARGE
}
