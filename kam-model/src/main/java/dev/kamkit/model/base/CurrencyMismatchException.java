package dev.kamkit.model.base;

/**
 * Thrown when two amounts in different currencies are added, subtracted or compared. kamkit never
 * converts currencies itself: the host converts at a rate it supplies.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * @serial the left-hand amount
   */
  private final Money left;

  /**
   * @serial the right-hand amount
   */
  private final Money right;

  CurrencyMismatchException(Money left, Money right) {
    super(
        "cannot combine "
            + left
            + " with "
            + right
            + ": currencies differ; convert at a rate you supply first");
    this.left = left;
    this.right = right;
  }

  /** The left-hand amount. */
  public Money left() {
    return left;
  }

  /** The right-hand amount. */
  public Money right() {
    return right;
  }
}
