package dev.kamkit.model.id;

/**
 * Identifies a stakeholder: a person inside the account.
 *
 * @param value the host's id text; see {@link KamId} for what is accepted
 */
public record StakeholderId(String value) implements KamId, Comparable<StakeholderId> {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public StakeholderId {
    value = Ids.check("StakeholderId", value);
  }

  /**
   * Obtains the id with the given text.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public static StakeholderId of(String value) {
    return new StakeholderId(value);
  }

  @Override
  public int compareTo(StakeholderId other) {
    return value.compareTo(other.value);
  }

  /** The id's text, so ids read naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
