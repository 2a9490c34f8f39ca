package dev.kamkit.rules.maturity;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.NeedId;
import dev.kamkit.model.plan.AccountNeed;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.NeedCategory;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.rules.criteria.CriterionResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stage 3 of KAM evolution (Clarity, "Pharma Key Account Management – The Evolution Continues"):
 * coordinated team activities aimed at specific account scenarios and customer needs. The needs
 * come from the plan's needs-based segmentation (Veeva Business Consulting, "Unlocking True KAM
 * Transformation", figure 6).
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
    Message message;
    if (holds) {
      message =
          Message.of(MaturityCode.NEEDS_SEGMENT_MET, Arg.of(segment.get()), Arg.of(needs.size()));
    } else if (needs.isEmpty() && segment.isEmpty()) {
      message = Message.of(MaturityCode.NEEDS_SEGMENT_NEITHER);
    } else if (needs.isEmpty()) {
      message = Message.of(MaturityCode.NEEDS_SEGMENT_NO_NEEDS);
    } else {
      message = Message.of(MaturityCode.NEEDS_SEGMENT_NO_SEGMENT);
    }
    return ev.result(MaturityCriterion.NEEDS_SEGMENT, holds, message, ids);
  }

  private static CriterionResult tacticsOnNeeds(Evidence ev, List<AccountNeed> needs) {
    Set<NeedId> known = new HashSet<>();
    for (AccountNeed need : needs) {
      known.add(need.id());
    }
    List<ActionId> tied = new ArrayList<>();
    for (Action a : ev.liveActions) {
      if (!Collections.disjoint(a.needs(), known)) {
        tied.add(a.id());
      }
    }
    int needed = ev.policy.minActionsOnNeeds();
    boolean holds = tied.size() >= needed;
    Message message =
        holds
            ? Message.of(MaturityCode.TACTICS_ON_NEEDS_MET, Arg.of(tied.size()))
            : Message.of(
                MaturityCode.TACTICS_ON_NEEDS_MISSING, Arg.of(tied.size()), Arg.of(needed));
    return ev.result(MaturityCriterion.TACTICS_ON_NEEDS, holds, message, tied);
  }

  private static CriterionResult coordinated(Evidence ev, List<AccountNeed> needs) {
    if (needs.isEmpty()) {
      return ev.result(
          MaturityCriterion.COORDINATED_ON_NEED,
          false,
          Message.of(MaturityCode.COORDINATED_ON_NEED_NO_NEEDS),
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
    Arg need = Arg.of(best.id(), best.description());
    Message message =
        holds
            ? Message.of(
                MaturityCode.COORDINATED_ON_NEED_MET,
                need,
                Arg.of(bestFunctions.size()),
                Evidence.functions(bestFunctions))
            : Message.of(
                MaturityCode.COORDINATED_ON_NEED_MISSING,
                Arg.of(needed),
                need,
                Arg.of(bestFunctions.size()),
                Evidence.functions(bestFunctions));
    return ev.result(MaturityCriterion.COORDINATED_ON_NEED, holds, message, List.of(best.id()));
  }
}
