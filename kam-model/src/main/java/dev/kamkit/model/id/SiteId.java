package dev.kamkit.model.id;

/**
 * Identifies a site of care inside an account, such as one hospital of an IDN.
 *
 * @param value the host's id text; see {@link KamId} for what is accepted
 */
public record SiteId(String value) implements KamId, Comparable<SiteId> {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public SiteId {
    value = Ids.check("SiteId", value);
  }

  /**
   * Obtains the id with the given text.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public static SiteId of(String value) {
    return new SiteId(value);
  }

  @Override
  public int compareTo(SiteId other) {
    return value.compareTo(other.value);
  }

  /** The id's text, so ids read naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
