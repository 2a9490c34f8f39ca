package dev.kamkit.rules.maturity;

import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.criteria.CriterionResult;
import java.util.List;
import org.immutables.value.Value;

/**
 * One account's move between two snapshots: from which stage to which, and for a regression the
 * criteria that held before and no longer do.
 */
@Value.Immutable
public abstract class AbstractStageChange {

  /** The account. */
  public abstract AccountId account();

  /** Its name in the later snapshot. */
  public abstract String accountName();

  /** The stage in the earlier snapshot. */
  public abstract MaturityStage fromStage();

  /** The stage in the later snapshot. */
  public abstract MaturityStage toStage();

  /** Criteria that counted in the earlier snapshot and do not in the later one, as they are now. */
  public abstract List<CriterionResult> lost();

  /** True if the account fell to a lower stage. */
  public boolean isRegression() {
    return toStage().isBelow(fromStage());
  }

  /** {@code "Riverside (riverside): stage 4 -> stage 2"} and, below it, what was lost. */
  public String explain() {
    StringBuilder text =
        new StringBuilder(accountName())
            .append(" (")
            .append(account())
            .append("): ")
            .append(fromStage().label())
            .append(" -> ")
            .append(toStage().label());
    lost().forEach(c -> text.append("\n    lost ").append(c.explain()));
    return text.toString();
  }
}
