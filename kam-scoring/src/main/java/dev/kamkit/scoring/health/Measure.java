package dev.kamkit.scoring.health;

import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.util.List;

/**
 * One health indicator evaluated for one account: whether it applies, how fully it is met (0 to 1),
 * how many events it counted in the window (new relationships, committees gained, initiatives
 * launched, formulary wins; 0 where it counts none), and why.
 */
record Measure(
    HealthIndicator indicator,
    boolean applicable,
    BigDecimal fulfilment,
    int events,
    List<Reason> reasons) {

  Measure {
    reasons = List.copyOf(reasons);
  }

  /** An indicator that applies. */
  static Measure of(
      HealthIndicator indicator, BigDecimal fulfilment, int events, List<Reason> why) {
    return new Measure(indicator, true, fulfilment, events, why);
  }

  /** An indicator without the data it needs; {@code why} says which data would enable it. */
  static Measure notApplicable(HealthIndicator indicator, List<Reason> why) {
    return new Measure(indicator, false, BigDecimal.ZERO, 0, why);
  }
}
