package dev.kamkit.model.id;

/**
 * Identifies an interaction: a call, meeting or message between our people and stakeholders.
 *
 * @param value the host's id text; see {@link KamId} for what is accepted
 */
public record InteractionId(String value) implements KamId, Comparable<InteractionId> {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public InteractionId {
    value = Ids.check("InteractionId", value);
  }

  /**
   * Obtains the id with the given text.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public static InteractionId of(String value) {
    return new InteractionId(value);
  }

  @Override
  public int compareTo(InteractionId other) {
    return value.compareTo(other.value);
  }

  /** The id's text, so ids read naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
