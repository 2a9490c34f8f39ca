package dev.kamkit.rules.maturity;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.rules.criteria.CriterionResult;
import java.util.List;
import org.immutables.value.Value;

/** One stage judged for one account: its criteria, each met, missing or not required. */
@Value.Immutable
public abstract class AbstractStageResult {
  // Only the generated StageResult extends this: no host subclass.
  AbstractStageResult() {}

  /** The stage, 1 to 5. */
  @Value.Parameter
  public abstract MaturityStage stage();

  /** Its criteria, in the order of {@link MaturityCriterion}. */
  @Value.Parameter
  public abstract List<CriterionResult> criteria();

  /** True if every criterion is met or not required. Lower stages may still fail. */
  public boolean criteriaHold() {
    return criteria().stream().allMatch(CriterionResult::counts);
  }

  /** The criteria that are missing. */
  public List<CriterionResult> missing() {
    return criteria().stream().filter(c -> !c.counts()).toList();
  }

  /** Rejects an inconsistent value when it is built, naming every problem. */
  @Value.Check
  protected void check() {
    ModelCheck.of("StageResult", stage())
        .require(stage() != MaturityStage.NONE, "stage", stage(), MaturityCode.RESULT_STAGE_NONE)
        .nonEmpty("criteria", criteria())
        .throwIfInvalid();
  }
}
