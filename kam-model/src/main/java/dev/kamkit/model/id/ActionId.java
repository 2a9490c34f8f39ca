package dev.kamkit.model.id;

/**
 * Identifies an action (tactic) of an account plan.
 *
 * @param value the host's id text; see {@link KamId} for what is accepted
 */
public record ActionId(String value) implements KamId, Comparable<ActionId> {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public ActionId {
    value = Ids.check("ActionId", value);
  }

  /**
   * Obtains the id with the given text.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if {@code value} is not a valid id
   */
  public static ActionId of(String value) {
    return new ActionId(value);
  }

  @Override
  public int compareTo(ActionId other) {
    return value.compareTo(other.value);
  }

  /** The id's text, so ids read naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
