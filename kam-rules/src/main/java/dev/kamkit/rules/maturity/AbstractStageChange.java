package dev.kamkit.rules.maturity;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explainable;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.criteria.CriterionResult;
import java.util.List;
import org.immutables.value.Value;

/**
 * One account's move between two snapshots: from which stage to which, and for a regression the
 * criteria that held before and no longer do.
 */
@Value.Immutable
public abstract class AbstractStageChange implements Explainable {
  // Only the generated StageChange extends this: no host subclass.
  AbstractStageChange() {}

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

  /**
   * The move as a message: in English {@code "Riverside (riverside): stage 4 (...) -> stage 2
   * (...)"}.
   */
  public Message headline() {
    return Message.of(
        MaturityCode.CHANGE,
        Arg.of(account(), accountName()),
        Arg.text(account().value()),
        Arg.of(fromStage().label()),
        Arg.of(toStage().label()));
  }

  /** The explanation as data: the {@link #headline()} and, below it, each criterion lost. */
  @Override
  public Explanation explanation() {
    return Explanation.of(
        headline(),
        lost().stream()
            .map(c -> Explanation.of(Message.of(MaturityCode.CHANGE_LOST, Arg.of(c.line()))))
            .toList());
  }
}
