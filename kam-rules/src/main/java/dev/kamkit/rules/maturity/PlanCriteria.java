package dev.kamkit.rules.maturity;

import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.KpiId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.ActionStatus;
import dev.kamkit.model.plan.Kpi;
import dev.kamkit.model.plan.KpiPerspective;
import dev.kamkit.model.plan.PlanStatus;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.criteria.Texts;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.ScoreComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stage 4 of seed 001: a strategic account plan, complete and current (kam-scoring's plan
 * completeness and plan rot), executed by a matrix team with company and customer metrics in sight.
 */
final class PlanCriteria {
  private static final int GAPS_SHOWN = 3;

  private PlanCriteria() {}

  static List<CriterionResult> stage4(Evidence ev) {
    return List.of(complete(ev), current(ev), inExecution(ev), matrix(ev), kpis(ev));
  }

  private static CriterionResult complete(Evidence ev) {
    Score score = ev.completeness.score();
    BigDecimal needed = ev.policy.minPlanCompleteness();
    boolean holds = score.value().compareTo(needed) >= 0;
    String value = "Plan completeness " + Texts.points(score.value()) + " / 100";
    String message =
        holds
            ? value + " (at least " + Texts.points(needed) + ")"
            : value + "; " + Texts.points(needed) + " needed. Largest gaps: " + largestGaps(score);
    return ev.result(MaturityCriterion.COMPLETE_PLAN, holds, message, List.of());
  }

  /** The sections that lose most points, most first, ties by key. */
  private static String largestGaps(Score score) {
    return score.components().stream()
        .filter(c -> c.weight().subtract(c.contribution()).signum() > 0)
        .sorted(
            Comparator.comparing((ScoreComponent c) -> c.weight().subtract(c.contribution()))
                .reversed()
                .thenComparing(ScoreComponent::key))
        .limit(GAPS_SHOWN)
        .map(
            c ->
                c.label()
                    + " ("
                    + Texts.points(c.weight().subtract(c.contribution()))
                    + " points short)")
        .collect(Collectors.joining(", "));
  }

  private static CriterionResult current(Evidence ev) {
    if (ev.plan.isEmpty()) {
      return ev.result(
          MaturityCriterion.CURRENT_PLAN, false, "There is no plan to keep current", List.of());
    }
    AccountPlan plan = ev.plan.get();
    int limit = ev.policy.completeness().maxDaysSinceUpdate();
    Optional<LocalDate> updated =
        plan.updates().headSet(ev.asOf.plusDays(1)).stream().max(Comparator.naturalOrder());
    long age = updated.map(d -> ChronoUnit.DAYS.between(d, ev.asOf)).orElse(Long.MAX_VALUE);
    boolean fresh = age <= limit;
    boolean rotten = ev.completeness.isRotten();
    List<String> parts = new ArrayList<>();
    if (updated.isEmpty()) {
      parts.add("The plan was never updated");
    } else {
      parts.add("Last updated " + updated.get() + " (" + age + " days ago; limit " + limit + ")");
    }
    if (rotten) {
      ev.completeness.rot().stream().map(r -> r.message().toString()).forEach(parts::add);
    } else if (fresh) {
      parts.add("no sign of plan rot");
    }
    return ev.result(
        MaturityCriterion.CURRENT_PLAN, fresh && !rotten, String.join("; ", parts), List.of());
  }

  private static CriterionResult inExecution(Evidence ev) {
    boolean active = ev.plan.map(p -> p.status() == PlanStatus.ACTIVE).orElse(false);
    List<ActionId> moving =
        ev.liveActions.stream()
            .filter(
                a -> a.status() == ActionStatus.IN_PROGRESS || a.status() == ActionStatus.COMPLETED)
            .map(Action::id)
            .toList();
    List<String> parts = new ArrayList<>();
    if (ev.plan.isEmpty()) {
      parts.add("There is no plan to execute");
    } else {
      parts.add(
          active
              ? "The plan is active"
              : "The plan is " + Texts.words(ev.plan.get().status()) + ": get it approved");
      parts.add(
          moving.isEmpty()
              ? "no action is under way or done yet"
              : Texts.count(moving.size(), "action", "actions") + " under way or done");
    }
    return ev.result(
        MaturityCriterion.PLAN_IN_EXECUTION,
        active && !moving.isEmpty(),
        String.join("; ", parts),
        moving);
  }

  private static CriterionResult matrix(Evidence ev) {
    Set<TeamFunction> functions = ev.ownerFunctions(ev.liveActions);
    int needed = ev.policy.minMatrixFunctions();
    boolean bothSides =
        functions.stream().map(TeamFunction::division).distinct().count()
            == Division.values().length;
    boolean holds = functions.size() >= needed && (!ev.policy.matrixSpansDivisions() || bothSides);
    String owned =
        "Live actions are owned by "
            + Texts.count(functions.size(), "function", "functions")
            + " ("
            + Evidence.functions(functions)
            + ")";
    String message = owned;
    if (functions.size() < needed) {
      message += "; at least " + needed + " are needed for a matrix team";
    } else if (!holds) {
      message += "; the policy asks for both commercial and medical owners";
    }
    return ev.result(MaturityCriterion.MATRIX_TEAM, holds, message, List.of());
  }

  private static CriterionResult kpis(Evidence ev) {
    List<Kpi> counted =
        ev.plan.<List<Kpi>>map(AccountPlan::kpis).orElse(List.of()).stream()
            .filter(k -> !ev.policy.kpisMustBeMeasured() || k.current().isPresent())
            .sorted(Comparator.comparing(Kpi::id))
            .toList();
    long company = counted.stream().filter(k -> k.perspective() == KpiPerspective.COMPANY).count();
    long customer =
        counted.stream().filter(k -> k.perspective() == KpiPerspective.CUSTOMER).count();
    String measured = ev.policy.kpisMustBeMeasured() ? " measured" : "";
    String message;
    if (company > 0 && customer > 0) {
      message = "KPIs in sight:" + measured + " " + company + " company, " + customer + " customer";
    } else {
      List<String> lacking = new ArrayList<>();
      if (company == 0) {
        lacking.add("no" + measured + " company KPI");
      }
      if (customer == 0) {
        lacking.add("no" + measured + " customer KPI");
      }
      message =
          "Track both sides' success: "
              + String.join(" and ", lacking)
              + (customer == 0 ? "; measure the account's outcomes, not only ours" : "");
    }
    List<KpiId> ids = counted.stream().map(Kpi::id).toList();
    return ev.result(
        MaturityCriterion.COMPANY_AND_CUSTOMER_KPIS, company > 0 && customer > 0, message, ids);
  }
}
