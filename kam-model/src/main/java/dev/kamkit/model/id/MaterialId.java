package dev.kamkit.model.id;

/**
 * Identifies a promotional material approved for use with customers.
 *
 * @param value the host's id text; see {@link KamId} for what is accepted
 */
public record MaterialId(String value) implements KamId, Comparable<MaterialId> {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public MaterialId {
    value = Ids.check("MaterialId", value);
  }

  /**
   * Obtains the id with the given text.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public static MaterialId of(String value) {
    return new MaterialId(value);
  }

  @Override
  public int compareTo(MaterialId other) {
    return value.compareTo(other.value);
  }

  /** The id's text, so ids read naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
