package dev.kamkit.rules.maturity;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.InitiativeStatus;
import dev.kamkit.model.plan.JointBusinessPlan;
import dev.kamkit.model.plan.SharedValueInitiative;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.criteria.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stage 5 of KAM evolution (Clarity, "Pharma Key Account Management – The Evolution Continues"): a
 * trusted partner to senior customer stakeholders who co-creates value (a joint business plan and
 * shared-value initiatives, Veeva Business Consulting, "Unlocking True KAM Transformation") and
 * marshals resources on the customer's behalf.
 */
final class PartnershipCriteria {
  private PartnershipCriteria() {}

  static List<CriterionResult> stage5(Evidence ev) {
    List<SharedValueInitiative> initiatives =
        ev
            .plan
            .<List<SharedValueInitiative>>map(AccountPlan::sharedValueInitiatives)
            .orElse(List.of())
            .stream()
            .sorted(Comparator.comparing(SharedValueInitiative::id))
            .toList();
    return List.of(
        jointPlan(ev), launched(ev, initiatives), executives(ev), marshals(ev, initiatives));
  }

  private static CriterionResult jointPlan(Evidence ev) {
    Optional<JointBusinessPlan> jbp = ev.plan.flatMap(AccountPlan::jointBusinessPlan);
    if (jbp.isEmpty()) {
      return ev.result(
          MaturityCriterion.JOINT_BUSINESS_PLAN,
          false,
          Message.of(MaturityCode.JOINT_BUSINESS_PLAN_NONE),
          List.of());
    }
    JointBusinessPlan plan = jbp.get();
    boolean agreed = plan.agreedOn().map(d -> !d.isAfter(ev.asOf)).orElse(false);
    List<Arg> lacking = new ArrayList<>();
    if (!agreed) {
      lacking.add(Arg.of(Message.of(MaturityCode.JOINT_BUSINESS_PLAN_LACKS_AGREEMENT)));
    }
    if (plan.customerSponsors().isEmpty()) {
      lacking.add(Arg.of(Message.of(MaturityCode.JOINT_BUSINESS_PLAN_LACKS_SPONSOR)));
    }
    if (plan.jointObjectives().isEmpty()) {
      lacking.add(Arg.of(Message.of(MaturityCode.JOINT_BUSINESS_PLAN_LACKS_OBJECTIVE)));
    }
    List<KamId> subjects = new ArrayList<>(plan.customerSponsors());
    subjects.addAll(plan.jointObjectives());
    Message message =
        lacking.isEmpty()
            ? Message.of(
                MaturityCode.JOINT_BUSINESS_PLAN_MET,
                Arg.of(plan.agreedOn().orElseThrow()),
                Arg.of(plan.customerSponsors().size()),
                Arg.of(plan.jointObjectives().size()))
            : Message.of(MaturityCode.JOINT_BUSINESS_PLAN_LACKING, Arg.list(lacking));
    return ev.result(MaturityCriterion.JOINT_BUSINESS_PLAN, lacking.isEmpty(), message, subjects);
  }

  private static CriterionResult launched(Evidence ev, List<SharedValueInitiative> initiatives) {
    List<SharedValueInitiative> live =
        initiatives.stream()
            .filter(i -> i.status().isLaunched())
            .filter(i -> i.launchedOn().map(d -> !d.isAfter(ev.asOf)).orElse(true))
            .toList();
    int needed = ev.policy.minLaunchedInitiatives();
    boolean holds = live.size() >= needed;
    Message message;
    if (holds) {
      message =
          Message.of(
              MaturityCode.SHARED_VALUE_INITIATIVES_MET,
              Arg.of(live.size()),
              Texts.byName(live, SharedValueInitiative::id, SharedValueInitiative::name));
    } else if (initiatives.isEmpty()) {
      message = Message.of(MaturityCode.SHARED_VALUE_INITIATIVES_NONE);
    } else {
      message =
          Message.of(
              MaturityCode.SHARED_VALUE_INITIATIVES_MISSING,
              Arg.of(live.size()),
              Arg.of(initiatives.size()),
              Arg.of(needed));
    }
    return ev.result(
        MaturityCriterion.SHARED_VALUE_INITIATIVES,
        holds,
        message,
        live.stream().map(SharedValueInitiative::id).toList());
  }

  private static CriterionResult executives(Evidence ev) {
    Set<StakeholderId> executives = new TreeSet<>();
    ev.account.stakeholders().stream()
        .filter(s -> s.status().isEngageable())
        .filter(s -> s.seniority().equals(Optional.of(Seniority.EXECUTIVE)))
        .forEach(s -> executives.add(s.id()));
    Set<StakeholderId> held = new TreeSet<>();
    ev.links.active().stream()
        .filter(l -> executives.contains(l.stakeholder()))
        .filter(l -> l.strength().isAtLeast(ev.policy.minExecutiveStrength()))
        .forEach(l -> held.add(l.stakeholder()));
    int needed = ev.policy.minExecutiveRelationships();
    boolean holds = held.size() >= needed;
    Arg strength = Arg.of(ev.policy.minExecutiveStrength());
    Message message;
    if (holds) {
      message =
          Message.of(
              MaturityCode.EXECUTIVE_RELATIONSHIPS_MET,
              Arg.of(held.size()),
              strength,
              names(ev, held));
    } else if (executives.isEmpty()) {
      message = Message.of(MaturityCode.EXECUTIVE_RELATIONSHIPS_NONE);
    } else {
      message =
          Message.of(
              MaturityCode.EXECUTIVE_RELATIONSHIPS_MISSING,
              Arg.of(executives.size()),
              names(ev, executives),
              Arg.of(held.size()),
              strength,
              Arg.of(needed));
    }
    return ev.result(
        MaturityCriterion.EXECUTIVE_RELATIONSHIPS, holds, message, holds ? held : executives);
  }

  /** The stakeholders by name (their id where the account does not know them). */
  private static Arg names(Evidence ev, Set<StakeholderId> ids) {
    return Texts.byName(
        ids, id -> id, id -> ev.account.stakeholder(id).map(Stakeholder::name).orElse(id.value()));
  }

  private static CriterionResult marshals(Evidence ev, List<SharedValueInitiative> initiatives) {
    List<SharedValueInitiative> committed =
        initiatives.stream()
            .filter(i -> i.status() == InitiativeStatus.AGREED || i.status().isLaunched())
            .toList();
    Set<TeamFunction> functions = EnumSet.noneOf(TeamFunction.class);
    Set<TeamMemberId> people = new TreeSet<>();
    for (SharedValueInitiative i : committed) {
      for (TeamMemberId m : i.teamMembers()) {
        ev.functionOf(m)
            .ifPresent(
                f -> {
                  functions.add(f);
                  people.add(m);
                });
      }
    }
    int needed = ev.policy.minInitiativeFunctions();
    boolean holds = functions.size() >= needed;
    Message message;
    if (committed.isEmpty()) {
      message = Message.of(MaturityCode.MARSHALS_RESOURCES_NONE);
    } else if (holds) {
      message =
          Message.of(
              MaturityCode.MARSHALS_RESOURCES_MET,
              Arg.of(functions.size()),
              Evidence.functions(functions));
    } else {
      message =
          Message.of(
              MaturityCode.MARSHALS_RESOURCES_MISSING,
              Arg.of(functions.size()),
              Evidence.functions(functions),
              Arg.of(needed));
    }
    return ev.result(MaturityCriterion.MARSHALS_RESOURCES, holds, message, people);
  }
}
