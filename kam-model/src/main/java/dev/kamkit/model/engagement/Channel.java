package dev.kamkit.model.engagement;

/** How an interaction took place; Salesforce's {@code Visit.Channel} values map here. */
public enum Channel {
  /** Face to face. */
  IN_PERSON,
  /** Video call. */
  REMOTE,
  /** Telephone. */
  PHONE,
  /** Email. */
  EMAIL,
  /** Text or messaging app. */
  MESSAGE,
  /** An event: a congress, speaker programme or advisory board. */
  EVENT
}
