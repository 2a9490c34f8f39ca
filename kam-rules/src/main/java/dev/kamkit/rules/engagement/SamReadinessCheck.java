package dev.kamkit.rules.engagement;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.NeedId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.AccountNeed;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.ActionStatus;
import dev.kamkit.model.plan.InitiativeStatus;
import dev.kamkit.model.plan.JointBusinessPlan;
import dev.kamkit.model.plan.Kpi;
import dev.kamkit.model.plan.KpiPerspective;
import dev.kamkit.model.plan.NeedCategory;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.ObjectiveStatus;
import dev.kamkit.model.plan.SharedValueInitiative;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.criteria.Outcome;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an account chosen for strategic account management against the SAM side of figure 2 of
 * Veeva Business Consulting's "Unlocking True KAM Transformation", practice by practice:
 *
 * <ul>
 *   <li>cross-functional team: the active team spans {@link SamPolicy#minTeamFunctions()};
 *   <li>organisation-wide segmentation: a needs-based segment on the plan and a tier on the
 *       account, rather than brand-level segments;
 *   <li>broader definition of value: at least {@link SamPolicy#minBroaderValueFactors()} of patient
 *       population, unmet need and differentiation assessed;
 *   <li>few accounts: selected under the portfolio's SAM cap ({@link SamAllocation});
 *   <li>integrated collaboration: one objective or one agreed or launched initiative worked by
 *       {@link SamPolicy#minIntegratedFunctions()} functions;
 *   <li>differentiated investment: effort at least {@link SamPolicy#samEffortMultiple()} times the
 *       portfolio median ({@link InvestmentResult});
 *   <li>solving customer problems: an agreed or launched initiative, or an objective not tied to a
 *       product, that answers a recorded need;
 *   <li>joint plans: a joint business plan agreed with a customer sponsor;
 *   <li>shared outcomes: a customer KPI with a target.
 * </ul>
 *
 * The two portfolio practices are not assessed when the portfolio results are not given. Instances
 * are immutable and thread-safe.
 */
public final class SamReadinessCheck {
  private final SamPolicy policy;

  private SamReadinessCheck(SamPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  /** A check using {@code policy}. */
  public static SamReadinessCheck of(SamPolicy policy) {
    return new SamReadinessCheck(policy);
  }

  /** A check using {@link SamPolicy#defaults()}. */
  public static SamReadinessCheck withDefaults() {
    return new SamReadinessCheck(SamPolicy.defaults());
  }

  /** Checks the account alone; the portfolio practices are reported as not assessed. */
  public SamReadiness check(KeyAccount account, EngagementAssessment assessment, LocalDate asOf) {
    return check(account, assessment, Optional.empty(), Optional.empty(), asOf);
  }

  /** Checks the account within its portfolio's SAM allocation and investment check. */
  public SamReadiness check(
      KeyAccount account,
      EngagementAssessment assessment,
      SamAllocation allocation,
      InvestmentResult investment,
      LocalDate asOf) {
    return check(account, assessment, Optional.of(allocation), Optional.of(investment), asOf);
  }

  private SamReadiness check(
      KeyAccount account,
      EngagementAssessment assessment,
      Optional<SamAllocation> allocation,
      Optional<InvestmentResult> investment,
      LocalDate asOf) {
    requireNonNull(account, "account");
    requireNonNull(assessment, "assessment");
    requireNonNull(asOf, "asOf");
    if (!assessment.account().equals(account.id())) {
      throw new IllegalArgumentException(
          "assessment of " + assessment.account() + " given for account " + account.id());
    }
    Optional<AccountPlan> plan = account.plan();
    List<TeamMember> team = account.team().stream().filter(m -> m.isActiveOn(asOf)).toList();
    return SamReadiness.builder()
        .account(account.id())
        .accountName(account.account().name())
        .asOf(asOf)
        .addPractice(crossFunctional(team))
        .addPractice(segmentation(account, plan))
        .addPractice(broaderValue(assessment))
        .addPractice(fewAccounts(account.id(), allocation))
        .addPractice(integrated(plan, team))
        .addPractice(differentiated(account.id(), investment))
        .addPractice(problems(plan))
        .addPractice(jointPlans(plan, asOf))
        .addPractice(sharedOutcomes(plan))
        .policyVersion(policy.version())
        .build();
  }

  private CriterionResult crossFunctional(List<TeamMember> team) {
    Set<TeamFunction> functions = EnumSet.noneOf(TeamFunction.class);
    team.forEach(m -> functions.add(m.function()));
    boolean met = functions.size() >= policy.minTeamFunctions();
    Arg count = Arg.of(functions.size());
    Arg names = Arg.list(functions, Arg::of);
    return result(
        SamPractice.CROSS_FUNCTIONAL_TEAM,
        met,
        met
            ? Message.of(EngagementCode.TEAM_MET, count, names)
            : Message.of(
                EngagementCode.TEAM_MISSING, count, names, Arg.of(policy.minTeamFunctions())),
        team.stream().map(TeamMember::id).sorted().toList());
  }

  private CriterionResult segmentation(KeyAccount account, Optional<AccountPlan> plan) {
    Optional<NeedCategory> segment = plan.flatMap(AccountPlan::needsSegment);
    Optional<AccountTier> tier = account.account().tier();
    Message message;
    if (segment.isPresent() && tier.isPresent()) {
      message =
          Message.of(EngagementCode.SEGMENTATION_MET, Arg.of(segment.get()), Arg.of(tier.get()));
    } else if (tier.isPresent()) {
      message = Message.of(EngagementCode.SEGMENTATION_NO_SEGMENT);
    } else if (segment.isPresent()) {
      message = Message.of(EngagementCode.SEGMENTATION_NO_TIER);
    } else {
      message = Message.of(EngagementCode.SEGMENTATION_NEITHER);
    }
    return result(
        SamPractice.ORGANISATION_WIDE_SEGMENTATION,
        segment.isPresent() && tier.isPresent(),
        message,
        List.of());
  }

  private CriterionResult broaderValue(EngagementAssessment assessment) {
    Set<Factor> beyondRevenue =
        EnumSet.of(Factor.PATIENT_POPULATION, Factor.UNMET_NEED, Factor.DIFFERENTIATION);
    List<Factor> assessed =
        assessment.value().assessed().stream()
            .map(FactorAssessment::factor)
            .filter(beyondRevenue::contains)
            .toList();
    boolean met = assessed.size() >= policy.minBroaderValueFactors();
    Arg factors = Arg.list(assessed, Arg::of);
    Arg needed = Arg.of(policy.minBroaderValueFactors());
    return result(
        SamPractice.BROADER_VALUE,
        met,
        met
            ? Message.of(EngagementCode.BROADER_VALUE_MET, factors)
            : assessed.isEmpty()
                ? Message.of(EngagementCode.BROADER_VALUE_NONE, needed)
                : Message.of(EngagementCode.BROADER_VALUE_MISSING, factors, needed),
        List.of());
  }

  private CriterionResult fewAccounts(AccountId id, Optional<SamAllocation> allocation) {
    if (allocation.isEmpty()) {
      return notAssessed(SamPractice.FEW_ACCOUNTS, EngagementCode.FEW_ACCOUNTS_NOT_ASSESSED);
    }
    SamAllocation a = allocation.get();
    if (a.isSelected(id)) {
      return result(
          SamPractice.FEW_ACCOUNTS,
          true,
          Message.of(EngagementCode.FEW_ACCOUNTS_MET, Arg.of(a.selected().size()), Arg.of(a.cap())),
          List.of(id));
    }
    Message why =
        a.heldBack().stream()
            .filter(h -> h.account().equals(id))
            .map(h -> Message.of(EngagementCode.FEW_ACCOUNTS_HELD_BACK, Arg.of(h.why())))
            .findFirst()
            .orElse(Message.of(EngagementCode.FEW_ACCOUNTS_NOT_CANDIDATE));
    return result(SamPractice.FEW_ACCOUNTS, false, why, List.of(id));
  }

  private CriterionResult integrated(Optional<AccountPlan> plan, List<TeamMember> team) {
    List<Action> live =
        plan.<List<Action>>map(AccountPlan::actions).orElse(List.of()).stream()
            .filter(a -> a.status() != ActionStatus.CANCELLED)
            .toList();
    int best = 0;
    Optional<Message> where = Optional.empty();
    for (Objective o : liveObjectives(plan)) {
      Set<TeamFunction> functions = EnumSet.noneOf(TeamFunction.class);
      o.owner().flatMap(m -> functionOf(team, m)).ifPresent(functions::add);
      live.stream()
          .filter(a -> a.objectives().contains(o.id()))
          .forEach(a -> a.owner().flatMap(m -> functionOf(team, m)).ifPresent(functions::add));
      if (functions.size() > best) {
        best = functions.size();
        where =
            Optional.of(
                Message.of(EngagementCode.INTEGRATED_ON_OBJECTIVE, Arg.of(o.id(), o.title())));
      }
    }
    for (SharedValueInitiative i : committed(plan)) {
      Set<TeamFunction> functions = EnumSet.noneOf(TeamFunction.class);
      i.teamMembers().forEach(m -> functionOf(team, m).ifPresent(functions::add));
      if (functions.size() > best) {
        best = functions.size();
        where =
            Optional.of(
                Message.of(EngagementCode.INTEGRATED_ON_INITIATIVE, Arg.of(i.id(), i.name())));
      }
    }
    boolean met = best >= policy.minIntegratedFunctions();
    Message message;
    if (where.isEmpty()) {
      message = Message.of(EngagementCode.INTEGRATED_NONE);
    } else if (met) {
      message = Message.of(EngagementCode.INTEGRATED_MET, Arg.of(best), Arg.of(where.get()));
    } else {
      message =
          Message.of(
              EngagementCode.INTEGRATED_MISSING,
              Arg.of(best),
              Arg.of(where.get()),
              Arg.of(policy.minIntegratedFunctions()));
    }
    return result(SamPractice.INTEGRATED_COLLABORATION, met, message, List.of());
  }

  // effort().get(id) is not null: containsKey(id) was checked just before
  @SuppressWarnings("NullAway")
  private CriterionResult differentiated(AccountId id, Optional<InvestmentResult> investment) {
    if (investment.isEmpty() || !investment.get().effort().containsKey(id)) {
      return notAssessed(
          SamPractice.DIFFERENTIATED_INVESTMENT, EngagementCode.INVESTMENT_NOT_ASSESSED);
    }
    InvestmentResult i = investment.get();
    BigDecimal effort = i.effort().get(id);
    BigDecimal needed = i.medianEffort().multiply(policy.samEffortMultiple());
    boolean met =
        i.medianEffort().signum() > 0 ? effort.compareTo(needed) >= 0 : effort.signum() > 0;
    Arg measure = Arg.of(i.effortMeasure());
    Arg median = Arg.of(i.medianEffort());
    return result(
        SamPractice.DIFFERENTIATED_INVESTMENT,
        met,
        met
            ? Message.of(EngagementCode.INVESTMENT_MET, Arg.of(effort), measure, median)
            : Message.of(
                EngagementCode.INVESTMENT_MISSING, Arg.of(effort), measure, median, Arg.of(needed)),
        List.of(id));
  }

  private CriterionResult problems(Optional<AccountPlan> plan) {
    Set<NeedId> needs =
        plan.<List<AccountNeed>>map(AccountPlan::needs).orElse(List.of()).stream()
            .map(AccountNeed::id)
            .collect(Collectors.toSet());
    List<KamId> answering = new ArrayList<>();
    committed(plan).stream()
        .filter(i -> i.needs().stream().anyMatch(needs::contains))
        .forEach(i -> answering.add(i.id()));
    liveObjectives(plan).stream()
        .filter(o -> o.product().isEmpty() && o.needs().stream().anyMatch(needs::contains))
        .forEach(o -> answering.add(o.id()));
    boolean met = !answering.isEmpty();
    return result(
        SamPractice.SOLVING_CUSTOMER_PROBLEMS,
        met,
        met
            ? Message.of(EngagementCode.PROBLEMS_MET, Arg.of(answering.size()))
            : Message.of(EngagementCode.PROBLEMS_MISSING),
        answering);
  }

  private CriterionResult jointPlans(Optional<AccountPlan> plan, LocalDate asOf) {
    Optional<JointBusinessPlan> jbp = plan.flatMap(AccountPlan::jointBusinessPlan);
    boolean agreed =
        jbp.flatMap(JointBusinessPlan::agreedOn).filter(d -> !d.isAfter(asOf)).isPresent();
    boolean sponsored = jbp.map(j -> !j.customerSponsors().isEmpty()).orElse(false);
    Message message =
        jbp.isEmpty()
            ? Message.of(EngagementCode.JOINT_PLANS_NO_PLAN)
            : !agreed
                ? Message.of(EngagementCode.JOINT_PLANS_NOT_AGREED)
                : !sponsored
                    ? Message.of(EngagementCode.JOINT_PLANS_NO_SPONSOR)
                    : Message.of(
                        EngagementCode.JOINT_PLANS_MET, Arg.of(jbp.get().agreedOn().orElseThrow()));
    return result(
        SamPractice.JOINT_PLANS,
        agreed && sponsored,
        message,
        jbp.map(j -> List.<KamId>copyOf(j.customerSponsors())).orElse(List.of()));
  }

  private CriterionResult sharedOutcomes(Optional<AccountPlan> plan) {
    List<Kpi> customer =
        plan.<List<Kpi>>map(AccountPlan::kpis).orElse(List.of()).stream()
            .filter(k -> k.perspective() == KpiPerspective.CUSTOMER && k.target().isPresent())
            .toList();
    boolean met = !customer.isEmpty();
    return result(
        SamPractice.SHARED_OUTCOMES,
        met,
        met
            ? Message.of(EngagementCode.OUTCOMES_MET, Arg.of(customer.size()))
            : Message.of(EngagementCode.OUTCOMES_MISSING),
        customer.stream().map(Kpi::id).toList());
  }

  private static List<Objective> liveObjectives(Optional<AccountPlan> plan) {
    return plan.<List<Objective>>map(AccountPlan::objectives).orElse(List.of()).stream()
        .filter(o -> o.status() != ObjectiveStatus.CANCELLED)
        .sorted(Comparator.comparing(Objective::id))
        .toList();
  }

  private static List<SharedValueInitiative> committed(Optional<AccountPlan> plan) {
    return plan
        .<List<SharedValueInitiative>>map(AccountPlan::sharedValueInitiatives)
        .orElse(List.of())
        .stream()
        .filter(i -> i.status() == InitiativeStatus.AGREED || i.status().isLaunched())
        .sorted(Comparator.comparing(SharedValueInitiative::id))
        .toList();
  }

  private static Optional<TeamFunction> functionOf(List<TeamMember> team, TeamMemberId id) {
    return team.stream().filter(m -> m.id().equals(id)).map(TeamMember::function).findFirst();
  }

  private static CriterionResult result(
      SamPractice p, boolean met, Message message, Collection<? extends KamId> subjects) {
    return CriterionResult.builder()
        .id(p.id())
        .title(CriterionResult.titleOf(p))
        .outcome(met ? Outcome.MET : Outcome.MISSING)
        .addReason(
            Reason.of(
                message,
                met ? Effect.STRENGTH : Effect.GAP,
                subjects.stream()
                    .map(KamId.class::cast)
                    .sorted(Comparator.comparing(KamId::value))
                    .distinct()
                    .toList()))
        .build();
  }

  private static CriterionResult notAssessed(SamPractice p, EngagementCode why) {
    return CriterionResult.builder()
        .id(p.id())
        .title(CriterionResult.titleOf(p))
        .outcome(Outcome.NOT_ASSESSED)
        .addReason(Reason.of(why, Effect.GAP, List.of()))
        .build();
  }
}
