package dev.kamkit.model.id;

/**
 * Identifies one of the company's products, or a competitor's.
 *
 * @param value the host's id text; see {@link KamId} for what is accepted
 */
public record ProductId(String value) implements KamId, Comparable<ProductId> {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public ProductId {
    value = Ids.check("ProductId", value);
  }

  /**
   * Obtains the id with the given text.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public static ProductId of(String value) {
    return new ProductId(value);
  }

  @Override
  public int compareTo(ProductId other) {
    return value.compareTo(other.value);
  }

  /** The id's text, so ids read naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
