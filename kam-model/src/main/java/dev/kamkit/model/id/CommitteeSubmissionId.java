package dev.kamkit.model.id;

/**
 * Identifies a committee submission: a request to one of the account's decision bodies.
 *
 * @param value the host's id text; see {@link KamId} for what is accepted
 */
public record CommitteeSubmissionId(String value)
    implements KamId, Comparable<CommitteeSubmissionId> {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public CommitteeSubmissionId {
    value = Ids.check("CommitteeSubmissionId", value);
  }

  /**
   * Obtains the id with the given text.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public static CommitteeSubmissionId of(String value) {
    return new CommitteeSubmissionId(value);
  }

  @Override
  public int compareTo(CommitteeSubmissionId other) {
    return value.compareTo(other.value);
  }

  /** The id's text, so ids read naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
