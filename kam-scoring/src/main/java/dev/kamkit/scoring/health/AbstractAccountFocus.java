package dev.kamkit.scoring.health;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One account's attention against its potential, within a portfolio: what it could be worth, how
 * many completed interactions it received, both as shares of the portfolio, and whether its share
 * of activity falls well below what its share of potential warrants.
 *
 * <p>{@link #focus()} is the share of activity over the share of potential: 1 means attention in
 * proportion to potential, 0.5 half of it.
 */
@Value.Immutable
public abstract class AbstractAccountFocus {
  // Only the generated AccountFocus extends this: no host subclass.
  AbstractAccountFocus() {}

  /** The account. */
  public abstract AccountId account();

  /** The account's name. */
  public abstract String name();

  /** The latest complete fiscal year, whose net revenue counts towards potential. */
  public abstract int fiscalYear();

  /** Net revenue in that fiscal year, in the reporting currency, where recorded. */
  public abstract Optional<Money> netRevenue();

  /** Estimated value of our unsold whitespace (open, in evaluation, competitor-held cells). */
  public abstract Money whitespace();

  /** Potential: net revenue plus unsold whitespace. */
  @Value.Derived
  public Money potential() {
    return netRevenue().map(r -> r.plus(whitespace())).orElse(whitespace());
  }

  /** Completed interactions in the activity window. */
  public abstract int interactions();

  /** The account's share of the portfolio's potential, 0 to 1. */
  public abstract BigDecimal potentialShare();

  /** The account's share of the portfolio's completed interactions, 0 to 1. */
  public abstract BigDecimal activityShare();

  /**
   * Share of activity over share of potential; empty when the account shows no potential or the
   * portfolio no activity.
   */
  public abstract Optional<BigDecimal> focus();

  /** The interactions its share of potential warrants: that share of the portfolio's total. */
  public abstract BigDecimal expectedInteractions();

  /** True if its potential is high enough, against the portfolio's average, to be judged. */
  public abstract boolean highValue();

  /** True if it is high-value and its share of activity is well below its share of potential. */
  public abstract boolean underServed();

  /** Why: its shares and verdict first, then what was left out of its potential. */
  public abstract List<Reason> reasons();

  /** Interactions short of what its potential warrants, rounded to whole ones; zero or more. */
  public long shortfall() {
    BigDecimal gap = expectedInteractions().subtract(BigDecimal.valueOf(interactions()));
    return Math.max(0, gap.setScale(0, RoundingMode.HALF_UP).longValueExact());
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("AccountFocus", account())
        .notNegative("interactions", interactions())
        .require(
            !underServed() || highValue(),
            "underServed",
            underServed(),
            HealthCode.FOCUS_UNDER_SERVED_NOT_HIGH_VALUE)
        .throwIfInvalid();
  }
}
