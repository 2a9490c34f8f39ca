package dev.kamkit.scoring.completeness;

import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.ActionStatus;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.ObjectiveStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rolls execution progress up a plan: sub-actions, actions, objectives, plan. */
final class ProgressRollup {
  private final Map<ActionId, List<Action>> children = new HashMap<>();
  private final Map<ActionId, Boolean> completed = new HashMap<>();

  private ProgressRollup(AccountPlan plan) {
    for (Action a : plan.actions()) {
      a.parent().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(a));
    }
  }

  static PlanProgress of(AccountPlan plan, LocalDate asOf) {
    ProgressRollup rollup = new ProgressRollup(plan);
    List<Action> actions =
        plan.actions().stream().sorted(Comparator.comparing(Action::id)).toList();
    List<Progress> parents = new ArrayList<>();
    for (Action a : actions) {
      List<Action> kids = rollup.children.getOrDefault(a.id(), List.of());
      if (!kids.isEmpty()) {
        parents.add(rollup.count(Optional.of(a.id()), kids));
      }
    }
    List<Progress> objectives = new ArrayList<>();
    int objectivesDone = 0;
    int objectivesCounted = 0;
    for (Objective o :
        plan.objectives().stream().sorted(Comparator.comparing(Objective::id)).toList()) {
      // an objective is advanced by the top-level actions linked to it; sub-actions roll up through
      // their parent
      List<Action> linked =
          actions.stream()
              .filter(a -> a.objectives().contains(o.id()) && !linkedThroughParent(a, o.id(), plan))
              .toList();
      Progress p = rollup.count(Optional.of(o.id()), linked);
      objectives.add(p);
      if (o.status() == ObjectiveStatus.CANCELLED) {
        continue;
      }
      objectivesCounted++;
      if (o.status() == ObjectiveStatus.ACHIEVED || p.isComplete()) {
        objectivesDone++;
      }
    }
    List<ActionId> overdue =
        actions.stream().filter(a -> a.isOverdue(asOf)).map(Action::id).toList();
    return PlanProgress.builder()
        .plan(Progress.of(Optional.empty(), objectivesDone, objectivesCounted))
        .objectives(objectives)
        .actions(parents)
        .overdue(overdue)
        .build();
  }

  private static boolean linkedThroughParent(Action a, ObjectiveId objective, AccountPlan plan) {
    Optional<ActionId> parent = a.parent();
    while (parent.isPresent()) {
      ActionId id = parent.get();
      Optional<Action> p = plan.actions().stream().filter(x -> x.id().equals(id)).findFirst();
      if (p.isEmpty()) {
        return false;
      }
      if (p.get().objectives().contains(objective)) {
        return true;
      }
      parent = p.get().parent();
    }
    return false;
  }

  private Progress count(Optional<? extends KamId> item, List<Action> kids) {
    int done = 0;
    int total = 0;
    for (Action kid : kids) {
      if (kid.status() == ActionStatus.CANCELLED) {
        continue;
      }
      total++;
      if (isCompleted(kid)) {
        done++;
      }
    }
    return Progress.of(item.map(KamId.class::cast), done, total);
  }

  /** Completed by its own status, or because every counted child is completed. */
  private boolean isCompleted(Action action) {
    Boolean known = completed.get(action.id());
    if (known != null) {
      return known;
    }
    boolean done = action.status() == ActionStatus.COMPLETED;
    if (!done) {
      List<Action> kids = children.getOrDefault(action.id(), List.of());
      done = count(Optional.of(action.id()), kids).isComplete();
    }
    completed.put(action.id(), done);
    return done;
  }
}
