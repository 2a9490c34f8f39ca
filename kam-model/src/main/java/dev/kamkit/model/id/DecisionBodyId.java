package dev.kamkit.model.id;

/**
 * Identifies a decision body such as a P&amp;T committee or a value analysis committee.
 *
 * @param value the host's id text; see {@link KamId} for what is accepted
 */
public record DecisionBodyId(String value) implements KamId, Comparable<DecisionBodyId> {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public DecisionBodyId {
    value = Ids.check("DecisionBodyId", value);
  }

  /**
   * Obtains the id with the given text.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public static DecisionBodyId of(String value) {
    return new DecisionBodyId(value);
  }

  @Override
  public int compareTo(DecisionBodyId other) {
    return value.compareTo(other.value);
  }

  /** The id's text, so ids read naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
