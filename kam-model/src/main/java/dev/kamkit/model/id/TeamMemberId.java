package dev.kamkit.model.id;

/**
 * Identifies one of our people on the account team.
 *
 * @param value the host's id text; see {@link KamId} for what is accepted
 */
public record TeamMemberId(String value) implements KamId, Comparable<TeamMemberId> {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public TeamMemberId {
    value = Ids.check("TeamMemberId", value);
  }

  /**
   * Obtains the id with the given text.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public static TeamMemberId of(String value) {
    return new TeamMemberId(value);
  }

  @Override
  public int compareTo(TeamMemberId other) {
    return value.compareTo(other.value);
  }

  /** The id's text, so ids read naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
