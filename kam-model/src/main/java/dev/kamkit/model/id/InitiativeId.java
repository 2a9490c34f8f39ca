package dev.kamkit.model.id;

/**
 * Identifies a shared-value initiative.
 *
 * @param value the host's id text; see {@link KamId} for what is accepted
 */
public record InitiativeId(String value) implements KamId, Comparable<InitiativeId> {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public InitiativeId {
    value = Ids.check("InitiativeId", value);
  }

  /**
   * Obtains the id with the given text.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public static InitiativeId of(String value) {
    return new InitiativeId(value);
  }

  @Override
  public int compareTo(InitiativeId other) {
    return value.compareTo(other.value);
  }

  /** The id's text, so ids read naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
