package dev.kamkit.model.id;

/**
 * Identifies a clinical unit (department) at a site of care, such as oncology at one hospital.
 *
 * @param value the host's id text; see {@link KamId} for what is accepted
 */
public record ClinicalUnitId(String value) implements KamId, Comparable<ClinicalUnitId> {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public ClinicalUnitId {
    value = Ids.check("ClinicalUnitId", value);
  }

  /**
   * Obtains the id with the given text.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public static ClinicalUnitId of(String value) {
    return new ClinicalUnitId(value);
  }

  @Override
  public int compareTo(ClinicalUnitId other) {
    return value.compareTo(other.value);
  }

  /** The id's text, so ids read naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
