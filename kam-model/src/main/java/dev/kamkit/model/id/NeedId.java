package dev.kamkit.model.id;

/**
 * Identifies an account need recorded in the plan's needs-based segmentation.
 *
 * @param value the host's id text; see {@link KamId} for what is accepted
 */
public record NeedId(String value) implements KamId, Comparable<NeedId> {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public NeedId {
    value = Ids.check("NeedId", value);
  }

  /**
   * Obtains the id with the given text.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public static NeedId of(String value) {
    return new NeedId(value);
  }

  @Override
  public int compareTo(NeedId other) {
    return value.compareTo(other.value);
  }

  /** The id's text, so ids read naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
