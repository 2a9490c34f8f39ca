package dev.kamkit.model.id;

/**
 * Identifies a target list: the stakeholders a team member is to work.
 *
 * @param value the host's id text; see {@link KamId} for what is accepted
 */
public record TargetListId(String value) implements KamId, Comparable<TargetListId> {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public TargetListId {
    value = Ids.check("TargetListId", value);
  }

  /**
   * Obtains the id with the given text.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public static TargetListId of(String value) {
    return new TargetListId(value);
  }

  @Override
  public int compareTo(TargetListId other) {
    return value.compareTo(other.value);
  }

  /** The id's text, so ids read naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
