package dev.kamkit.model.id;

/**
 * Identifies an objective of an account plan.
 *
 * @param value the host's id text; see {@link KamId} for what is accepted
 */
public record ObjectiveId(String value) implements KamId, Comparable<ObjectiveId> {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public ObjectiveId {
    value = Ids.check("ObjectiveId", value);
  }

  /**
   * Obtains the id with the given text.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public static ObjectiveId of(String value) {
    return new ObjectiveId(value);
  }

  @Override
  public int compareTo(ObjectiveId other) {
    return value.compareTo(other.value);
  }

  /** The id's text, so ids read naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
