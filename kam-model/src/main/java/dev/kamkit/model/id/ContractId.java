package dev.kamkit.model.id;

/**
 * Identifies a contract between the company and an account.
 *
 * @param value the host's id text; see {@link KamId} for what is accepted
 */
public record ContractId(String value) implements KamId, Comparable<ContractId> {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public ContractId {
    value = Ids.check("ContractId", value);
  }

  /**
   * Obtains the id with the given text.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public static ContractId of(String value) {
    return new ContractId(value);
  }

  @Override
  public int compareTo(ContractId other) {
    return value.compareTo(other.value);
  }

  /** The id's text, so ids read naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
