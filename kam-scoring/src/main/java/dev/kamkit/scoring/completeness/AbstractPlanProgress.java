package dev.kamkit.scoring.completeness;

import dev.kamkit.model.id.ActionId;
import java.util.List;
import org.immutables.value.Value;

/**
 * Execution progress of an account plan, rolled up level by level: sub-actions into their parent
 * action, actions into the objectives they advance, objectives into the plan. An item counts as
 * completed at the next level up when its own status says so (completed action, achieved objective)
 * or when all its children are completed. Cancelled actions and objectives are left out of both
 * counts.
 */
@Value.Immutable
public abstract class AbstractPlanProgress {
  // Only the generated PlanProgress extends this: no host subclass.
  AbstractPlanProgress() {}

  /** The plan: objectives completed out of objectives counted. */
  public abstract Progress plan();

  /** Per objective: actions completed out of the actions that advance it. */
  public abstract List<Progress> objectives();

  /** Per parent action: sub-actions completed out of its sub-actions. */
  public abstract List<Progress> actions();

  /** Open actions whose due date has passed, sorted by id. */
  public abstract List<ActionId> overdue();
}
