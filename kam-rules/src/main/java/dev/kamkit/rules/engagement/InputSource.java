package dev.kamkit.rules.engagement;

/** Where the rating of a factor came from. */
public enum InputSource {
  /** Rated by the host in {@link EngagementInputs}; a host rating wins over the data. */
  HOST,
  /** Read from the account's data by a documented proxy. */
  DATA,
  /** Neither: the factor is reported as not assessed and left out of its axis, never defaulted. */
  NOT_ASSESSED
}
