package dev.kamkit.model.id;

/**
 * Identifies a key performance indicator of an account plan.
 *
 * @param value the host's id text; see {@link KamId} for what is accepted
 */
public record KpiId(String value) implements KamId, Comparable<KpiId> {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public KpiId {
    value = Ids.check("KpiId", value);
  }

  /**
   * Obtains the id with the given text.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public static KpiId of(String value) {
    return new KpiId(value);
  }

  @Override
  public int compareTo(KpiId other) {
    return value.compareTo(other.value);
  }

  /** The id's text, so ids read naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
