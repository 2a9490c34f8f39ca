package dev.kamkit.rules.maturity;

import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.NeedId;
import dev.kamkit.model.plan.AccountNeed;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.NeedCategory;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.criteria.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stage 3 of seed 001: coordinated team activities aimed at specific account scenarios and customer
 * needs. The needs come from the plan's needs-based segmentation (seed 004, figure 6).
 */
final class NeedsCriteria {
  private NeedsCriteria() {}

  static List<CriterionResult> stage3(Evidence ev) {
    List<AccountNeed> needs =
        ev.plan.<List<AccountNeed>>map(AccountPlan::needs).orElse(List.of()).stream()
            .sorted(Comparator.comparing(AccountNeed::id))
            .toList();
    return List.of(needsSegment(ev, needs), tacticsOnNeeds(ev, needs), coordinated(ev, needs));
  }

  private static CriterionResult needsSegment(Evidence ev, List<AccountNeed> needs) {
    Optional<NeedCategory> segment = ev.plan.flatMap(AccountPlan::needsSegment);
    List<NeedId> ids = needs.stream().map(AccountNeed::id).toList();
    boolean holds = !needs.isEmpty() && segment.isPresent();
    String message;
    if (holds) {
      message =
          "Segment: "
              + Texts.words(segment.get())
              + "; "
              + Texts.count(needs.size(), "need", "needs")
              + " recorded";
    } else {
      List<String> todo = new ArrayList<>();
      if (needs.isEmpty()) {
        todo.add("record the account's needs");
      }
      if (segment.isEmpty()) {
        todo.add("assign its needs-based segment");
      }
      message = "Segment the account by its needs: " + String.join(" and ", todo);
    }
    return ev.result(MaturityCriterion.NEEDS_SEGMENT, holds, message, ids);
  }

  private static CriterionResult tacticsOnNeeds(Evidence ev, List<AccountNeed> needs) {
    Set<NeedId> known = Set.copyOf(needs.stream().map(AccountNeed::id).toList());
    List<ActionId> tied =
        ev.liveActions.stream()
            .filter(a -> a.needs().stream().anyMatch(known::contains))
            .map(Action::id)
            .toList();
    int needed = ev.policy.minActionsOnNeeds();
    boolean holds = tied.size() >= needed;
    String count = Texts.count(tied.size(), "action is", "actions are") + " tied to a named need";
    String message =
        holds ? count : count + "; at least " + needed + " should be: tie tactics to the needs";
    return ev.result(MaturityCriterion.TACTICS_ON_NEEDS, holds, message, tied);
  }

  private static CriterionResult coordinated(Evidence ev, List<AccountNeed> needs) {
    if (needs.isEmpty()) {
      return ev.result(
          MaturityCriterion.COORDINATED_ON_NEED,
          false,
          "No need is recorded for the team to coordinate on",
          List.of());
    }
    AccountNeed best = needs.get(0);
    Set<TeamFunction> bestFunctions = Set.of();
    for (AccountNeed need : needs) {
      List<Action> answering =
          ev.liveActions.stream().filter(a -> a.needs().contains(need.id())).toList();
      Set<TeamFunction> functions = ev.ownerFunctions(answering);
      if (functions.size() > bestFunctions.size()) {
        best = need;
        bestFunctions = functions;
      }
    }
    int needed = ev.policy.minFunctionsOnOneNeed();
    boolean holds = bestFunctions.size() >= needed;
    String who =
        Texts.count(bestFunctions.size(), "function", "functions")
            + " ("
            + Evidence.functions(bestFunctions)
            + ")";
    String message =
        holds
            ? "Need \"" + best.description() + "\" is worked on by " + who
            : "No need is worked on by "
                + needed
                + " or more functions together; the most: \""
                + best.description()
                + "\" by "
                + who;
    return ev.result(MaturityCriterion.COORDINATED_ON_NEED, holds, message, List.of(best.id()));
  }
}
