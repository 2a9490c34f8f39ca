package dev.kamkit.rules.maturity;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.ActionStatus;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.criteria.Outcome;
import dev.kamkit.rules.criteria.Texts;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.completeness.CompletenessResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The facts about one account the stage criteria read, gathered once: the active team sorted by id,
 * the relationships with their activity, the plan and its live actions, and the plan completeness
 * result. Also the one way a criterion becomes a {@link CriterionResult}.
 */
final class Evidence {
  private static final Comparator<KamId> BY_TEXT = Comparator.comparing(KamId::value);

  final KeyAccount account;
  final LocalDate asOf;
  final MaturityPolicy policy;
  final ActiveLinks links;
  final List<TeamMember> team;
  final Optional<AccountPlan> plan;
  final List<Action> liveActions;
  final CompletenessResult completeness;

  Evidence(
      KeyAccount account, LocalDate asOf, MaturityPolicy policy, CompletenessResult completeness) {
    this.account = account;
    this.asOf = asOf;
    this.policy = policy;
    this.completeness = completeness;
    this.links = ActiveLinks.of(account, asOf, policy.coverage().activeWithinDays());
    this.team =
        account.team().stream()
            .filter(m -> m.isActiveOn(asOf))
            .sorted(Comparator.comparing(TeamMember::id))
            .toList();
    this.plan = account.plan();
    this.liveActions =
        plan.<List<Action>>map(AccountPlan::actions).orElse(List.of()).stream()
            .filter(a -> a.status() != ActionStatus.CANCELLED)
            .sorted(Comparator.comparing(Action::id))
            .toList();
  }

  /** The function of an active team member; empty if the id is not on the team that day. */
  Optional<TeamFunction> functionOf(TeamMemberId id) {
    return team.stream().filter(m -> m.id().equals(id)).map(TeamMember::function).findFirst();
  }

  /** The functions of the active owners of {@code actions}. */
  Set<TeamFunction> ownerFunctions(Collection<Action> actions) {
    Set<TeamFunction> functions = EnumSet.noneOf(TeamFunction.class);
    for (Action a : actions) {
      a.owner().flatMap(this::functionOf).ifPresent(functions::add);
    }
    return functions;
  }

  /** Functions as a list argument, in a stable order. */
  static Arg functions(Collection<TeamFunction> functions) {
    return Texts.enums(functions);
  }

  /**
   * Met or missing by {@code holds}; not required whenever the policy says so, when the reason's
   * message is nested in {@link MaturityCode#NOT_REQUIRED}.
   */
  CriterionResult result(
      MaturityCriterion c, boolean holds, Message message, Collection<? extends KamId> subjects) {
    Outcome outcome =
        !policy.requires(c) ? Outcome.NOT_REQUIRED : holds ? Outcome.MET : Outcome.MISSING;
    Message said =
        outcome == Outcome.NOT_REQUIRED
            ? Message.of(MaturityCode.NOT_REQUIRED, Arg.of(message))
            : message;
    List<KamId> ids = new ArrayList<>(new LinkedHashSet<KamId>(subjects));
    ids.sort(BY_TEXT);
    return CriterionResult.builder()
        .id(c.id())
        .title(c.title())
        .outcome(outcome)
        .addReason(Reason.of(said, holds ? Effect.STRENGTH : Effect.GAP, ids))
        .build();
  }
}
