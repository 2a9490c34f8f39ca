package dev.kamkit.rules.maturity;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
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
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.ScoreComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stage 4 of KAM evolution (Clarity, "Pharma Key Account Management – The Evolution Continues"): a
 * strategic account plan, complete and current (kam-scoring's plan completeness and plan rot),
 * executed by a matrix team with company and customer metrics in sight.
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
    Message message =
        holds
            ? Message.of(MaturityCode.COMPLETE_PLAN_MET, Arg.of(score.value()), Arg.of(needed))
            : Message.of(
                MaturityCode.COMPLETE_PLAN_MISSING,
                Arg.of(score.value()),
                Arg.of(needed),
                largestGaps(score));
    return ev.result(MaturityCriterion.COMPLETE_PLAN, holds, message, List.of());
  }

  /** The sections that lose most points, most first, ties by key. */
  private static Arg largestGaps(Score score) {
    return Arg.list(
        score.components().stream()
            .filter(c -> c.weight().subtract(c.contribution()).signum() > 0)
            .sorted(
                Comparator.comparing((ScoreComponent c) -> c.weight().subtract(c.contribution()))
                    .reversed()
                    .thenComparing(ScoreComponent::key))
            .limit(GAPS_SHOWN)
            .map(
                c ->
                    Arg.of(
                        Message.of(
                            MaturityCode.COMPLETE_PLAN_GAP,
                            Arg.of(c.label()),
                            Arg.of(c.weight().subtract(c.contribution())))))
            .toList());
  }

  private static CriterionResult current(Evidence ev) {
    if (ev.plan.isEmpty()) {
      return ev.result(
          MaturityCriterion.CURRENT_PLAN,
          false,
          Message.of(MaturityCode.CURRENT_PLAN_NONE),
          List.of());
    }
    AccountPlan plan = ev.plan.get();
    int limit = ev.policy.completeness().maxDaysSinceUpdate();
    Optional<LocalDate> updated =
        plan.updates().headSet(ev.asOf.plusDays(1)).stream().max(Comparator.naturalOrder());
    long age = updated.map(d -> ChronoUnit.DAYS.between(d, ev.asOf)).orElse(Long.MAX_VALUE);
    boolean fresh = age <= limit;
    boolean rotten = ev.completeness.isRotten();
    Message message;
    if (updated.isEmpty()) {
      message =
          rotten
              ? Message.of(MaturityCode.CURRENT_PLAN_NEVER_UPDATED_ROTTEN, rot(ev))
              : Message.of(MaturityCode.CURRENT_PLAN_NEVER_UPDATED);
    } else {
      Arg day = Arg.of(updated.get());
      if (rotten) {
        message =
            Message.of(MaturityCode.CURRENT_PLAN_ROTTEN, day, Arg.of(age), Arg.of(limit), rot(ev));
      } else {
        message =
            Message.of(
                fresh ? MaturityCode.CURRENT_PLAN_MET : MaturityCode.CURRENT_PLAN_STALE,
                day,
                Arg.of(age),
                Arg.of(limit));
      }
    }
    return ev.result(MaturityCriterion.CURRENT_PLAN, fresh && !rotten, message, List.of());
  }

  /** The plan completeness scorer's rot reasons, nested in order, whatever their codes. */
  private static Arg rot(Evidence ev) {
    return Arg.of(Texts.inSequence(ev.completeness.rot().stream().map(Reason::message).toList()));
  }

  private static CriterionResult inExecution(Evidence ev) {
    boolean active = ev.plan.map(p -> p.status() == PlanStatus.ACTIVE).orElse(false);
    List<ActionId> moving =
        ev.liveActions.stream()
            .filter(
                a -> a.status() == ActionStatus.IN_PROGRESS || a.status() == ActionStatus.COMPLETED)
            .map(Action::id)
            .toList();
    Message message;
    if (ev.plan.isEmpty()) {
      message = Message.of(MaturityCode.PLAN_IN_EXECUTION_NONE);
    } else if (!active) {
      message =
          Message.of(
              MaturityCode.PLAN_IN_EXECUTION_UNAPPROVED,
              Arg.of(ev.plan.get().status()),
              Arg.of(moving.size()));
    } else if (moving.isEmpty()) {
      message = Message.of(MaturityCode.PLAN_IN_EXECUTION_IDLE);
    } else {
      message = Message.of(MaturityCode.PLAN_IN_EXECUTION_MET, Arg.of(moving.size()));
    }
    return ev.result(
        MaturityCriterion.PLAN_IN_EXECUTION, active && !moving.isEmpty(), message, moving);
  }

  private static CriterionResult matrix(Evidence ev) {
    Set<TeamFunction> functions = ev.ownerFunctions(ev.liveActions);
    int needed = ev.policy.minMatrixFunctions();
    boolean bothSides =
        functions.stream().map(TeamFunction::division).distinct().count()
            == Division.values().length;
    boolean holds = functions.size() >= needed && (!ev.policy.matrixSpansDivisions() || bothSides);
    Arg count = Arg.of(functions.size());
    Arg which = Evidence.functions(functions);
    Message message;
    if (functions.size() < needed) {
      message = Message.of(MaturityCode.MATRIX_TEAM_MISSING, count, which, Arg.of(needed));
    } else if (!holds) {
      message = Message.of(MaturityCode.MATRIX_TEAM_ONE_DIVISION, count, which);
    } else {
      message = Message.of(MaturityCode.MATRIX_TEAM_MET, count, which);
    }
    return ev.result(MaturityCriterion.MATRIX_TEAM, holds, message, List.of());
  }

  private static CriterionResult kpis(Evidence ev) {
    boolean measured = ev.policy.kpisMustBeMeasured();
    List<Kpi> counted =
        ev.plan.<List<Kpi>>map(AccountPlan::kpis).orElse(List.of()).stream()
            .filter(k -> !measured || k.current().isPresent())
            .sorted(Comparator.comparing(Kpi::id))
            .toList();
    long company = counted.stream().filter(k -> k.perspective() == KpiPerspective.COMPANY).count();
    long customer =
        counted.stream().filter(k -> k.perspective() == KpiPerspective.CUSTOMER).count();
    Message message;
    if (company > 0 && customer > 0) {
      message =
          Message.of(
              measured ? MaturityCode.KPIS_MET_MEASURED : MaturityCode.KPIS_MET,
              Arg.of(company),
              Arg.of(customer));
    } else if (company == 0 && customer == 0) {
      message =
          Message.of(measured ? MaturityCode.KPIS_NEITHER_MEASURED : MaturityCode.KPIS_NEITHER);
    } else if (company == 0) {
      message =
          Message.of(
              measured ? MaturityCode.KPIS_NO_COMPANY_MEASURED : MaturityCode.KPIS_NO_COMPANY);
    } else {
      message =
          Message.of(
              measured ? MaturityCode.KPIS_NO_CUSTOMER_MEASURED : MaturityCode.KPIS_NO_CUSTOMER);
    }
    List<KpiId> ids = counted.stream().map(Kpi::id).toList();
    return ev.result(
        MaturityCriterion.COMPANY_AND_CUSTOMER_KPIS, company > 0 && customer > 0, message, ids);
  }
}
