package dev.kamkit.rules.engagement;

/** How effort on an account is read from its data when the host does not supply it. */
public enum EffortMeasure {
  /** Completed interactions within the policy's effort window. */
  INTERACTIONS,
  /** Team members on the account on the day. */
  TEAM_MEMBERS
}
