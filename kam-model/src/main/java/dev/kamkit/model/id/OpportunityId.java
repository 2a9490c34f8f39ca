package dev.kamkit.model.id;

/**
 * Identifies an opportunity in the account's pipeline.
 *
 * @param value the host's id text; see {@link KamId} for what is accepted
 */
public record OpportunityId(String value) implements KamId, Comparable<OpportunityId> {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public OpportunityId {
    value = Ids.check("OpportunityId", value);
  }

  /**
   * Obtains the id with the given text.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public static OpportunityId of(String value) {
    return new OpportunityId(value);
  }

  @Override
  public int compareTo(OpportunityId other) {
    return value.compareTo(other.value);
  }

  /** The id's text, so ids read naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
