package dev.kamkit.rules.maturity;

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
 * Stages 1 and 2 of seed 001: dedicated resources on the account, then the roles around it aligned
 * to a common purpose.
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
    String message =
        kams.isEmpty()
            ? "Name a key account manager: nobody on the team today has a KAM function ("
                + Evidence.functions(ev.policy.kamFunctions())
                + ")"
            : "Named KAM: " + Texts.sortedList(kams.stream().map(TeamMember::name).toList());
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
    String window = ev.policy.coverage().activeWithinDays() + " days";
    String message;
    if (kams.isEmpty()) {
      message = "No KAM is named, so nobody dedicated works the account";
    } else if (holds) {
      message = "The KAM actively holds " + Texts.count(held.size(), "stakeholder", "stakeholders");
    } else {
      message =
          "The KAM actively holds "
              + Texts.count(held.size(), "stakeholder", "stakeholders")
              + " (an interaction within "
              + window
              + "); at least "
              + needed
              + " needed: a dedicated KAM works the account, not just a name on it";
    }
    return ev.result(MaturityCriterion.KAM_ENGAGED, holds, message, held);
  }

  private static CriterionResult accountPlan(Evidence ev) {
    if (ev.plan.isEmpty()) {
      return ev.result(
          MaturityCriterion.ACCOUNT_PLAN,
          false,
          "Write one account plan that every role works from: there is none",
          List.of());
    }
    AccountPlan plan = ev.plan.get();
    boolean live = plan.status() != PlanStatus.INACTIVE;
    String message =
        live
            ? "Account plan \"" + plan.name() + "\" is " + Texts.words(plan.status())
            : "The account plan \"" + plan.name() + "\" is inactive: reactivate or replace it";
    return ev.result(MaturityCriterion.ACCOUNT_PLAN, live, message, List.of());
  }

  private static CriterionResult crossFunctionalTeam(Evidence ev) {
    Set<TeamFunction> functions = EnumSet.noneOf(TeamFunction.class);
    ev.team.forEach(m -> functions.add(m.function()));
    int needed = ev.policy.minTeamFunctions();
    boolean holds = functions.size() >= needed;
    String spans =
        "The team spans "
            + Texts.count(functions.size(), "function", "functions")
            + " ("
            + Evidence.functions(functions)
            + ")";
    String message =
        holds
            ? spans
            : spans + "; at least " + needed + " are needed, for example KAM, medical and access";
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
          "Set objectives the roles share: the plan has none",
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
    String who =
        Texts.count(functions.size(), "function", "functions")
            + " ("
            + Evidence.functions(functions)
            + ")";
    String should = "; at least " + needed + " should, so every role works to the same objectives";
    String message;
    if (holds) {
      message = who + " work to the plan's " + Texts.count(ids.size(), "objective", "objectives");
    } else if (functions.isEmpty()) {
      message = "Nobody on the team today owns an objective or an action towards one" + should;
    } else {
      message = "Only " + who + " own objectives or actions towards them" + should;
    }
    return ev.result(MaturityCriterion.SHARED_OBJECTIVES, holds, message, ids);
  }
}
