package dev.kamkit.model.id;

/**
 * Identifies a written agreement for services a stakeholder or organisation provides to us.
 *
 * @param value the host's id text; see {@link KamId} for what is accepted
 */
public record ServiceAgreementId(String value) implements KamId, Comparable<ServiceAgreementId> {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public ServiceAgreementId {
    value = Ids.check("ServiceAgreementId", value);
  }

  /**
   * Obtains the id with the given text.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public static ServiceAgreementId of(String value) {
    return new ServiceAgreementId(value);
  }

  @Override
  public int compareTo(ServiceAgreementId other) {
    return value.compareTo(other.value);
  }

  /** The id's text, so ids read naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
