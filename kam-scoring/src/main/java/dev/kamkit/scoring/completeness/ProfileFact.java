package dev.kamkit.scoring.completeness;

/**
 * The eight facts of an account profile that plan completeness counts; a reason names the ones
 * missing ({@link CompletenessCode#PROFILE_THIN}, {@link CompletenessCode#PROFILE_FULL}).
 */
public enum ProfileFact {
  /** Beds. */
  BEDS,
  /** The number of facilities or sites of care. */
  FACILITY_COUNT,
  /** Ownership. */
  OWNERSHIP,
  /** GPO affiliations. */
  GPO_AFFILIATIONS,
  /** Contracts. */
  CONTRACTS,
  /** The EHR system. */
  EHR_SYSTEM,
  /** The first day of the fiscal year. */
  FISCAL_YEAR_START,
  /** Annual volumes. */
  ANNUAL_VOLUMES
}
