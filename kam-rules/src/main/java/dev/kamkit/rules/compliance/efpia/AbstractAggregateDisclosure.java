package dev.kamkit.rules.compliance.efpia;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.Money;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One aggregate row of an EFPIA disclosure: the HCPs of one category who cannot be named (no
 * consent), with their number, their share of all HCPs of the category, and the amount.
 */
@Value.Immutable
public abstract class AbstractAggregateDisclosure {
  // Only the generated AggregateDisclosure extends this: no host subclass.
  AbstractAggregateDisclosure() {}

  /** The category. */
  public abstract EfpiaCategory category();

  /** The number of HCPs disclosed in aggregate. */
  public abstract int recipients();

  /** The number of HCPs of the category, named and aggregate. */
  public abstract int allRecipients();

  /** The amount disclosed in aggregate, in the disclosure currency. */
  public abstract Money amount();

  /**
   * {@link #recipients()} as a percentage of {@link #allRecipients()}, rounded half up to two
   * decimals.
   */
  @Value.Derived
  public BigDecimal share() {
    return Shares.percent(recipients(), allRecipients());
  }

  /** The named HCPs' share of the category: 100 minus {@link #share()}, so the two sum to 100. */
  public BigDecimal namedShare() {
    return Shares.HUNDRED.subtract(share());
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("AggregateDisclosure", category())
        .between("recipients", recipients(), 1, allRecipients())
        .throwIfInvalid();
  }
}
