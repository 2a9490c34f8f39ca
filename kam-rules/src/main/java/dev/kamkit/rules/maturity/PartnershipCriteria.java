package dev.kamkit.rules.maturity;

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
 * Stage 5 of seed 001: a trusted partner to senior customer stakeholders who co-creates value (a
 * joint business plan and shared-value initiatives, seed 004) and marshals resources on the
 * customer's behalf.
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
          "Agree a joint business plan with the customer: joint objectives, committed resources,"
              + " aligned measures",
          List.of());
    }
    JointBusinessPlan plan = jbp.get();
    boolean agreed = plan.agreedOn().map(d -> !d.isAfter(ev.asOf)).orElse(false);
    List<String> lacking = new ArrayList<>();
    if (!agreed) {
      lacking.add("is not agreed with the customer yet");
    }
    if (plan.customerSponsors().isEmpty()) {
      lacking.add("has no customer sponsor");
    }
    if (plan.jointObjectives().isEmpty()) {
      lacking.add("names no joint objective");
    }
    List<KamId> subjects = new ArrayList<>(plan.customerSponsors());
    subjects.addAll(plan.jointObjectives());
    String message =
        lacking.isEmpty()
            ? "Joint business plan agreed on "
                + plan.agreedOn().orElseThrow()
                + " with "
                + Texts.count(
                    plan.customerSponsors().size(), "customer sponsor", "customer sponsors")
                + " and "
                + Texts.count(plan.jointObjectives().size(), "joint objective", "joint objectives")
            : "The joint business plan " + String.join(", ", lacking);
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
    String message;
    if (holds) {
      message =
          Texts.count(live.size(), "shared-value initiative", "shared-value initiatives")
              + " launched: "
              + Texts.sortedList(live.stream().map(SharedValueInitiative::name).toList());
    } else if (initiatives.isEmpty()) {
      message = "No shared-value initiative is recorded: propose and launch one with the account";
    } else {
      message =
          Texts.count(live.size(), "initiative has", "initiatives have")
              + " launched of "
              + initiatives.size()
              + " recorded; launch at least "
              + needed
              + " with the account";
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
    String strength = Texts.words(ev.policy.minExecutiveStrength());
    String message;
    if (holds) {
      message =
          "We actively hold "
              + Texts.count(held.size(), "executive", "executives")
              + " at "
              + strength
              + " or better: "
              + names(ev, held);
    } else if (executives.isEmpty()) {
      message = "No executive of the account is mapped: map and reach its C-suite";
    } else {
      message =
          "Of "
              + Texts.count(executives.size(), "executive", "executives")
              + " mapped ("
              + names(ev, executives)
              + "), "
              + held.size()
              + " held actively at "
              + strength
              + " or better; at least "
              + needed
              + " needed";
    }
    return ev.result(
        MaturityCriterion.EXECUTIVE_RELATIONSHIPS, holds, message, holds ? held : executives);
  }

  private static String names(Evidence ev, Set<StakeholderId> ids) {
    return Texts.sortedList(
        ids.stream()
            .map(id -> ev.account.stakeholder(id).map(Stakeholder::name).orElse(id.value()))
            .toList());
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
    String message;
    if (committed.isEmpty()) {
      message = "No shared-value initiative is agreed or launched to commit resources to";
    } else {
      message =
          "Agreed and launched initiatives are staffed by "
              + Texts.count(functions.size(), "function", "functions")
              + " of ours ("
              + Evidence.functions(functions)
              + ")"
              + (holds
                  ? ""
                  : "; at least " + needed + " needed to marshal resources for the" + " customer");
    }
    return ev.result(MaturityCriterion.MARSHALS_RESOURCES, holds, message, people);
  }
}
