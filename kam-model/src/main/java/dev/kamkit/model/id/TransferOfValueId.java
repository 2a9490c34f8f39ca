package dev.kamkit.model.id;

/**
 * Identifies a transfer of value to a healthcare professional or organisation.
 *
 * @param value the host's id text; see {@link KamId} for what is accepted
 */
public record TransferOfValueId(String value) implements KamId, Comparable<TransferOfValueId> {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public TransferOfValueId {
    value = Ids.check("TransferOfValueId", value);
  }

  /**
   * Obtains the id with the given text.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public static TransferOfValueId of(String value) {
    return new TransferOfValueId(value);
  }

  @Override
  public int compareTo(TransferOfValueId other) {
    return value.compareTo(other.value);
  }

  /** The id's text, so ids read naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
