package dev.kamkit.rules.maturity;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.ObjectiveStatus;
import dev.kamkit.model.plan.PlanStatus;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.criteria.Texts;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stages 1 and 2 of KAM evolution (Clarity, "Pharma Key Account Management – The Evolution
 * Continues"): dedicated resources on the account, then the roles around it aligned to a common
 * purpose.
 */
final class FoundationCriteria {
  private FoundationCriteria() {}

  static List<CriterionResult> stage1(Evidence ev) {
    List<TeamMember> kams = kams(ev);
    return List.of(namedKam(ev, kams), kamEngaged(ev, kams));
  }

  static List<CriterionResult> stage2(Evidence ev) {
    return List.of(accountPlan(ev), crossFunctionalTeam(ev), sharedObjectives(ev));
  }

  private static List<TeamMember> kams(Evidence ev) {
    return ev.team.stream().filter(m -> ev.policy.kamFunctions().contains(m.function())).toList();
  }

  private static CriterionResult namedKam(Evidence ev, List<TeamMember> kams) {
    List<TeamMemberId> ids = kams.stream().map(TeamMember::id).toList();
    Message message =
        kams.isEmpty()
            ? Message.of(
                MaturityCode.NAMED_KAM_MISSING, Evidence.functions(ev.policy.kamFunctions()))
            : Message.of(
                MaturityCode.NAMED_KAM_MET, Texts.byName(kams, TeamMember::id, TeamMember::name));
    return ev.result(MaturityCriterion.NAMED_KAM, !kams.isEmpty(), message, ids);
  }

  private static CriterionResult kamEngaged(Evidence ev, List<TeamMember> kams) {
    Set<TeamMemberId> kamIds = new TreeSet<>(kams.stream().map(TeamMember::id).toList());
    Set<StakeholderId> held = new TreeSet<>();
    ev.links.active().stream()
        .filter(l -> kamIds.contains(l.member()))
        .forEach(l -> held.add(l.stakeholder()));
    int needed = ev.policy.minKamRelationships();
    boolean holds = !kams.isEmpty() && held.size() >= needed;
    Message message;
    if (kams.isEmpty()) {
      message = Message.of(MaturityCode.KAM_ENGAGED_NO_KAM);
    } else if (holds) {
      message = Message.of(MaturityCode.KAM_ENGAGED_MET, Arg.of(held.size()));
    } else {
      message =
          Message.of(
              MaturityCode.KAM_ENGAGED_MISSING,
              Arg.of(held.size()),
              Arg.of(ev.policy.coverage().activeWithinDays()),
              Arg.of(needed));
    }
    return ev.result(MaturityCriterion.KAM_ENGAGED, holds, message, held);
  }

  private static CriterionResult accountPlan(Evidence ev) {
    if (ev.plan.isEmpty()) {
      return ev.result(
          MaturityCriterion.ACCOUNT_PLAN,
          false,
          Message.of(MaturityCode.ACCOUNT_PLAN_NONE),
          List.of());
    }
    AccountPlan plan = ev.plan.get();
    boolean live = plan.status() != PlanStatus.INACTIVE;
    Message message =
        live
            ? Message.of(
                MaturityCode.ACCOUNT_PLAN_MET, Arg.text(plan.name()), Arg.of(plan.status()))
            : Message.of(MaturityCode.ACCOUNT_PLAN_INACTIVE, Arg.text(plan.name()));
    return ev.result(MaturityCriterion.ACCOUNT_PLAN, live, message, List.of());
  }

  private static CriterionResult crossFunctionalTeam(Evidence ev) {
    Set<TeamFunction> functions = EnumSet.noneOf(TeamFunction.class);
    ev.team.forEach(m -> functions.add(m.function()));
    int needed = ev.policy.minTeamFunctions();
    boolean holds = functions.size() >= needed;
    Arg count = Arg.of(functions.size());
    Message message =
        holds
            ? Message.of(
                MaturityCode.CROSS_FUNCTIONAL_TEAM_MET, count, Evidence.functions(functions))
            : Message.of(
                MaturityCode.CROSS_FUNCTIONAL_TEAM_MISSING,
                count,
                Evidence.functions(functions),
                Arg.of(needed));
    return ev.result(
        MaturityCriterion.CROSS_FUNCTIONAL_TEAM,
        holds,
        message,
        ev.team.stream().map(TeamMember::id).toList());
  }

  private static CriterionResult sharedObjectives(Evidence ev) {
    List<Objective> objectives =
        ev.plan.<List<Objective>>map(AccountPlan::objectives).orElse(List.of()).stream()
            .filter(o -> o.status() != ObjectiveStatus.CANCELLED)
            .toList();
    if (objectives.isEmpty()) {
      return ev.result(
          MaturityCriterion.SHARED_OBJECTIVES,
          false,
          Message.of(MaturityCode.SHARED_OBJECTIVES_NONE),
          List.of());
    }
    Set<ObjectiveId> ids = new TreeSet<>(objectives.stream().map(Objective::id).toList());
    Set<TeamFunction> functions = EnumSet.noneOf(TeamFunction.class);
    objectives.forEach(o -> o.owner().flatMap(ev::functionOf).ifPresent(functions::add));
    List<Action> towards =
        ev.liveActions.stream()
            .filter(a -> a.objectives().stream().anyMatch(ids::contains))
            .toList();
    functions.addAll(ev.ownerFunctions(towards));
    int needed = ev.policy.minFunctionsOnObjectives();
    boolean holds = functions.size() >= needed;
    Message message;
    if (holds) {
      message =
          Message.of(
              MaturityCode.SHARED_OBJECTIVES_MET,
              Arg.of(functions.size()),
              Evidence.functions(functions),
              Arg.of(ids.size()));
    } else if (functions.isEmpty()) {
      message = Message.of(MaturityCode.SHARED_OBJECTIVES_UNOWNED, Arg.of(needed));
    } else {
      message =
          Message.of(
              MaturityCode.SHARED_OBJECTIVES_MISSING,
              Arg.of(functions.size()),
              Evidence.functions(functions),
              Arg.of(needed));
    }
    return ev.result(MaturityCriterion.SHARED_OBJECTIVES, holds, message, ids);
  }
}
