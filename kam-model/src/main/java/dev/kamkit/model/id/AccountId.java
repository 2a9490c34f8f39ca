package dev.kamkit.model.id;

/**
 * Identifies a key account: an IDN, a hospital, a payer, a GPO and so on.
 *
 * @param value the host's id text; see {@link KamId} for what is accepted
 */
public record AccountId(String value) implements KamId, Comparable<AccountId> {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public AccountId {
    value = Ids.check("AccountId", value);
  }

  /**
   * Obtains the id with the given text.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public static AccountId of(String value) {
    return new AccountId(value);
  }

  @Override
  public int compareTo(AccountId other) {
    return value.compareTo(other.value);
  }

  /** The id's text, so ids read naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
