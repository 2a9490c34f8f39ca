package dev.kamkit.model.id;

/**
 * Identifies an indication of a product.
 *
 * @param value the host's id text; see {@link KamId} for what is accepted
 */
public record IndicationId(String value) implements KamId, Comparable<IndicationId> {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public IndicationId {
    value = Ids.check("IndicationId", value);
  }

  /**
   * Obtains the id with the given text.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public static IndicationId of(String value) {
    return new IndicationId(value);
  }

  @Override
  public int compareTo(IndicationId other) {
    return value.compareTo(other.value);
  }

  /** The id's text, so ids read naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
