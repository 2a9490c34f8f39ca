package dev.kamkit.rules.engagement;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an account chosen for strategic account management against the SAM side of seed 004's
 * figure 2, practice by practice:
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
    return result(
        SamPractice.CROSS_FUNCTIONAL_TEAM,
        met,
        "The team spans "
            + Texts.count(functions.size(), "function", "functions")
            + " ("
            + Texts.sortedList(functions.stream().map(Texts::words).toList())
            + ")"
            + (met ? "" : "; at least " + policy.minTeamFunctions() + " needed"),
        team.stream().map(TeamMember::id).sorted().toList());
  }

  private CriterionResult segmentation(KeyAccount account, Optional<AccountPlan> plan) {
    boolean segment = plan.flatMap(AccountPlan::needsSegment).isPresent();
    boolean tier = account.account().tier().isPresent();
    List<String> missing = new ArrayList<>();
    if (!segment) {
      missing.add("no needs-based segment on the plan");
    }
    if (!tier) {
      missing.add("no organisation-wide tier on the account");
    }
    String message =
        missing.isEmpty()
            ? "Needs-based segment "
                + Texts.words(plan.flatMap(AccountPlan::needsSegment).orElseThrow())
                + ", tier "
                + Texts.words(account.account().tier().orElseThrow())
            : "Segment the account organisation-wide: " + String.join(" and ", missing);
    return result(
        SamPractice.ORGANISATION_WIDE_SEGMENTATION, missing.isEmpty(), message, List.of());
  }

  private CriterionResult broaderValue(EngagementAssessment assessment) {
    Set<Factor> beyondRevenue =
        EnumSet.of(Factor.PATIENT_POPULATION, Factor.UNMET_NEED, Factor.DIFFERENTIATION);
    List<String> assessed =
        assessment.value().assessed().stream()
            .filter(f -> beyondRevenue.contains(f.factor()))
            .map(f -> f.factor().label().toLowerCase(Locale.ROOT))
            .toList();
    boolean met = assessed.size() >= policy.minBroaderValueFactors();
    return result(
        SamPractice.BROADER_VALUE,
        met,
        (assessed.isEmpty()
                ? "No value factor beyond revenue is assessed"
                : "Value assessed beyond revenue: " + String.join(", ", assessed))
            + (met
                ? ""
                : "; assess at least "
                    + policy.minBroaderValueFactors()
                    + " of patient population, unmet need and differentiation"),
        List.of());
  }

  private CriterionResult fewAccounts(AccountId id, Optional<SamAllocation> allocation) {
    if (allocation.isEmpty()) {
      return notAssessed(SamPractice.FEW_ACCOUNTS, "needs the portfolio's SAM allocation");
    }
    SamAllocation a = allocation.get();
    if (a.isSelected(id)) {
      return result(
          SamPractice.FEW_ACCOUNTS,
          true,
          "Selected for SAM, one of " + a.selected().size() + " under a cap of " + a.cap(),
          List.of(id));
    }
    String why =
        a.heldBack().stream()
            .filter(h -> h.account().equals(id))
            .map(HeldBack::why)
            .findFirst()
            .orElse("not a SAM candidate in the portfolio's allocation");
    return result(SamPractice.FEW_ACCOUNTS, false, "Not selected for SAM: " + why, List.of(id));
  }

  private CriterionResult integrated(Optional<AccountPlan> plan, List<TeamMember> team) {
    List<Action> live =
        plan.<List<Action>>map(AccountPlan::actions).orElse(List.of()).stream()
            .filter(a -> a.status() != ActionStatus.CANCELLED)
            .toList();
    int best = 0;
    String where = "";
    for (Objective o : liveObjectives(plan)) {
      Set<TeamFunction> functions = EnumSet.noneOf(TeamFunction.class);
      o.owner().flatMap(m -> functionOf(team, m)).ifPresent(functions::add);
      live.stream()
          .filter(a -> a.objectives().contains(o.id()))
          .forEach(a -> a.owner().flatMap(m -> functionOf(team, m)).ifPresent(functions::add));
      if (functions.size() > best) {
        best = functions.size();
        where = "objective \"" + o.title() + "\"";
      }
    }
    for (SharedValueInitiative i : committed(plan)) {
      Set<TeamFunction> functions = EnumSet.noneOf(TeamFunction.class);
      i.teamMembers().forEach(m -> functionOf(team, m).ifPresent(functions::add));
      if (functions.size() > best) {
        best = functions.size();
        where = "initiative \"" + i.name() + "\"";
      }
    }
    boolean met = best >= policy.minIntegratedFunctions();
    String message =
        best == 0
            ? "No objective or initiative is worked by our functions together"
            : "At most "
                + Texts.count(best, "function works", "functions work")
                + " together, on "
                + where
                + (met ? "" : "; at least " + policy.minIntegratedFunctions() + " needed");
    return result(SamPractice.INTEGRATED_COLLABORATION, met, message, List.of());
  }

  // effort().get(id) is not null: containsKey(id) was checked just before
  @SuppressWarnings("NullAway")
  private CriterionResult differentiated(AccountId id, Optional<InvestmentResult> investment) {
    if (investment.isEmpty() || !investment.get().effort().containsKey(id)) {
      return notAssessed(
          SamPractice.DIFFERENTIATED_INVESTMENT, "needs the portfolio's investment check");
    }
    InvestmentResult i = investment.get();
    BigDecimal effort = i.effort().get(id);
    BigDecimal needed = i.medianEffort().multiply(policy.samEffortMultiple());
    boolean met =
        i.medianEffort().signum() > 0 ? effort.compareTo(needed) >= 0 : effort.signum() > 0;
    return result(
        SamPractice.DIFFERENTIATED_INVESTMENT,
        met,
        "Effort "
            + plain(effort)
            + " ("
            + i.effortMeasure()
            + ") against a portfolio median of "
            + plain(i.medianEffort())
            + (met ? "" : "; at least " + plain(needed) + " for a SAM account"),
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
            ? Texts.count(
                    answering.size(),
                    "initiative or objective answers",
                    "initiatives or objectives answer")
                + " a recorded customer need beyond a product"
            : "No agreed initiative or product-neutral objective answers a recorded customer need",
        answering);
  }

  private CriterionResult jointPlans(Optional<AccountPlan> plan, LocalDate asOf) {
    Optional<JointBusinessPlan> jbp = plan.flatMap(AccountPlan::jointBusinessPlan);
    boolean agreed =
        jbp.flatMap(JointBusinessPlan::agreedOn).filter(d -> !d.isAfter(asOf)).isPresent();
    boolean sponsored = jbp.map(j -> !j.customerSponsors().isEmpty()).orElse(false);
    String message =
        jbp.isEmpty()
            ? "Only an internal plan: no joint business plan"
            : !agreed
                ? "The joint business plan is not agreed with the customer yet"
                : !sponsored
                    ? "The joint business plan has no customer sponsor"
                    : "Joint business plan agreed on " + jbp.get().agreedOn().orElseThrow();
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
            ? Texts.count(customer.size(), "customer KPI has", "customer KPIs have") + " a target"
            : "Only our own activities are measured: no customer KPI with a target",
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

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static CriterionResult result(
      SamPractice p, boolean met, String message, Collection<? extends KamId> subjects) {
    return CriterionResult.builder()
        .id(p.id())
        .title(Message.legacy("criterion.title", p.strategic()))
        .outcome(met ? Outcome.MET : Outcome.MISSING)
        .addReason(
            Reason.of(
                p.id(),
                met ? Effect.STRENGTH : Effect.GAP,
                message,
                subjects.stream()
                    .map(KamId.class::cast)
                    .sorted(Comparator.comparing(KamId::value))
                    .distinct()
                    .toList()))
        .build();
  }

  private static CriterionResult notAssessed(SamPractice p, String why) {
    return CriterionResult.builder()
        .id(p.id())
        .title(Message.legacy("criterion.title", p.strategic()))
        .outcome(Outcome.NOT_ASSESSED)
        .addReason(Reason.of(p.id(), Effect.GAP, "Not assessed: " + why, List.of()))
        .build();
  }
}
