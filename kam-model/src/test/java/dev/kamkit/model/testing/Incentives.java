package dev.kamkit.model.testing;

import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.Incentive;
import dev.kamkit.model.team.TeamFunction;
import java.util.EnumSet;
import java.util.Set;

/**
 * The targets and variable pay a team member works under: sales people carry quotas and sales
 * bonuses, medical people objectives bonuses, and now and then a medical member a sales incentive,
 * so firewall rules have something to find.
 */
final class Incentives {
  private Incentives() {}

  static Set<Incentive> of(Rng rng, TeamFunction function) {
    Set<Incentive> out = EnumSet.noneOf(Incentive.class);
    if (rng.chance(0.2)) {
      return out; // not recorded
    }
    boolean selling =
        function == TeamFunction.KEY_ACCOUNT_MANAGER || function == TeamFunction.SALES;
    if (function.division() == Division.MEDICAL) {
      if (rng.chance(0.7)) {
        out.add(Incentive.OBJECTIVES_BONUS);
      }
      if (rng.chance(0.08)) {
        out.add(rng.chance(0.5) ? Incentive.SALES_QUOTA : Incentive.SALES_BASED_BONUS);
      }
    } else if (selling || rng.chance(0.4)) {
      out.add(Incentive.SALES_QUOTA);
      if (rng.chance(0.7)) {
        out.add(Incentive.SALES_BASED_BONUS);
      }
    } else {
      out.add(Incentive.OBJECTIVES_BONUS);
    }
    return out;
  }
}
