package dev.kamkit.rules.review;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.KpiId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.ActionStatus;
import dev.kamkit.model.plan.Kpi;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.ObjectiveStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The changes in the account plan: its actions, objectives and KPIs. */
final class Plans {
  private Plans() {}

  static void actions(
      KeyAccount before, LocalDate since, KeyAccount after, LocalDate asOf, Changes out) {
    Map<ActionId, Action> then = byId(before, AccountPlan::actions, Action::id);
    for (Action a : byId(after, AccountPlan::actions, Action::id).values()) {
      Action was = then.get(a.id());
      List<ActionId> subject = List.of(a.id());
      Arg action = Arg.of(a.id(), a.title());
      if (was == null) {
        out.add(Movement.NOTED, subject, ReviewCode.ACTION_ADDED, action);
      }
      if (a.status() == ActionStatus.COMPLETED
          && (was == null || was.status() != ActionStatus.COMPLETED)) {
        out.add(Movement.BETTER, subject, ReviewCode.ACTION_COMPLETED, action);
      }
      if (a.status() == ActionStatus.CANCELLED
          && (was == null || was.status() != ActionStatus.CANCELLED)) {
        out.add(Movement.NOTED, subject, ReviewCode.ACTION_CANCELLED, action);
      }
      if (a.isOverdue(asOf) && (was == null || !was.isOverdue(since))) {
        out.add(
            Movement.WORSE,
            subject,
            ReviewCode.ACTION_OVERDUE,
            action,
            Arg.of(a.dueDate().orElseThrow()));
      }
    }
  }

  static void objectives(KeyAccount before, KeyAccount after, Changes out) {
    Map<ObjectiveId, Objective> then = byId(before, AccountPlan::objectives, Objective::id);
    for (Objective o : byId(after, AccountPlan::objectives, Objective::id).values()) {
      Objective was = then.get(o.id());
      Arg objective = Arg.of(o.id(), o.title());
      if (was == null) {
        out.add(Movement.NOTED, List.of(o.id()), ReviewCode.OBJECTIVE_ADDED, objective);
      } else if (was.status() != o.status()) {
        out.add(
            movement(o.status()),
            List.of(o.id()),
            ReviewCode.OBJECTIVE_STATUS,
            objective,
            Arg.of(was.status()),
            Arg.of(o.status()));
      }
    }
    Map<KpiId, Kpi> kpisThen = byId(before, AccountPlan::kpis, Kpi::id);
    for (Kpi k : byId(after, AccountPlan::kpis, Kpi::id).values()) {
      if (k.current().isEmpty()) {
        continue;
      }
      BigDecimal to = k.current().get();
      List<KamId> subjects = new ArrayList<>();
      subjects.add(k.id());
      k.objective().ifPresent(subjects::add);
      Arg kpi = Arg.of(k.id(), k.name());
      Kpi was = kpisThen.get(k.id());
      if (was == null || was.current().isEmpty()) {
        out.add(Movement.NOTED, subjects, ReviewCode.KPI_MEASURED, kpi, Arg.of(to));
      } else if (was.current().get().compareTo(to) != 0) {
        BigDecimal from = was.current().get();
        Movement movement =
            k.target()
                .map(t -> Changes.byRank(distanceRank(from, to, t), 0))
                .orElse(Movement.NOTED);
        out.add(movement, subjects, ReviewCode.KPI_MOVED, kpi, Arg.of(from), Arg.of(to));
      }
    }
  }

  /** 1 when {@code to} is farther from {@code target} than {@code from}, -1 when nearer, else 0. */
  private static int distanceRank(BigDecimal from, BigDecimal to, BigDecimal target) {
    return to.subtract(target).abs().compareTo(from.subtract(target).abs());
  }

  private static Movement movement(ObjectiveStatus to) {
    return switch (to) {
      case ACHIEVED, IN_PROGRESS -> Movement.BETTER;
      case MISSED -> Movement.WORSE;
      default -> Movement.NOTED;
    };
  }

  private static <K, V> Map<K, V> byId(
      KeyAccount account, Function<AccountPlan, List<V>> list, Function<V, K> id) {
    return Changes.byKey(account.plan().map(list).orElse(List.of()), id);
  }
}
