package dev.kamkit.scoring.completeness;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.AccountProfile;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.ActionStatus;
import dev.kamkit.model.plan.CompetitorPosition;
import dev.kamkit.model.plan.KpiKind;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.ObjectiveStatus;
import dev.kamkit.model.plan.ValueProposition;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.WeightedScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores plan completeness: is the plan real, of substance and current?
 *
 * <pre>{@code
 * CompletenessResult plan = CompletenessScorer.withDefaults().score(account, asOf);
 * if (plan.isRotten()) { ... plan.rot() ... }
 * }</pre>
 *
 * <p>Ten sections, weighted by the policy, each scored on substance rather than presence: a profile
 * counts by the facts it records, a relationship map by stakeholders with buying roles and
 * sentiment, objectives only when measurable and dated, actions only with an owner, a due date and
 * an objective, KPIs by having both leading and lagging indicators, and currency by recent updates
 * and reviews without rot. Adding a missing section never lowers the score. The profile, map,
 * whitespace and formulary sections read the key account itself, so they count even before a plan
 * object exists.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CompletenessScorer {
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private final CompletenessPolicy policy;

  private CompletenessScorer(CompletenessPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  /** A scorer using {@code policy}. */
  public static CompletenessScorer of(CompletenessPolicy policy) {
    return new CompletenessScorer(policy);
  }

  /** A scorer using {@link CompletenessPolicy#defaults()}. */
  public static CompletenessScorer withDefaults() {
    return new CompletenessScorer(CompletenessPolicy.defaults());
  }

  /** The policy in use. */
  public CompletenessPolicy policy() {
    return policy;
  }

  /** Scores the plan of {@code account} as of {@code asOf}. */
  public CompletenessResult score(KeyAccount account, LocalDate asOf) {
    requireNonNull(account, "account");
    requireNonNull(asOf, "asOf");
    Optional<AccountPlan> plan = account.plan();
    List<Reason> rot = plan.map(p -> PlanRot.of(p, asOf, policy)).orElse(List.of());
    WeightedScore score = WeightedScore.named(Message.of(CompletenessCode.TITLE));
    profile(score, account.account().profile());
    relationshipMap(score, account);
    whitespace(score, account);
    competitiveLandscape(score, plan);
    valueProposition(score, plan);
    formulary(score, account, asOf);
    objectives(score, plan);
    pipeline(score, account, plan, asOf);
    actions(score, plan);
    kpis(score, plan);
    currency(score, plan, asOf, rot);
    return CompletenessResult.builder()
        .account(account.id())
        .asOf(asOf)
        .score(score.build())
        .rot(rot)
        .progress(plan.map(p -> ProgressRollup.of(p, asOf)))
        .policy(policy)
        .build();
  }

  private void profile(WeightedScore score, AccountProfile p) {
    List<ProfileFact> missing = new ArrayList<>();
    int facts = 0;
    facts += fact(p.beds().isPresent(), ProfileFact.BEDS, missing);
    facts += fact(p.facilityCount().isPresent(), ProfileFact.FACILITY_COUNT, missing);
    facts += fact(p.ownership().isPresent(), ProfileFact.OWNERSHIP, missing);
    facts += fact(!p.gpoAffiliations().isEmpty(), ProfileFact.GPO_AFFILIATIONS, missing);
    facts += fact(!p.contracts().isEmpty(), ProfileFact.CONTRACTS, missing);
    facts += fact(p.ehrSystem().isPresent(), ProfileFact.EHR_SYSTEM, missing);
    facts += fact(p.fiscalYearStart().isPresent(), ProfileFact.FISCAL_YEAR_START, missing);
    facts += fact(!p.annualVolumes().isEmpty(), ProfileFact.ANNUAL_VOLUMES, missing);
    boolean full = facts >= policy.profileFactsForFull();
    Reason reason =
        Reason.of(
            full ? CompletenessCode.PROFILE_FULL : CompletenessCode.PROFILE_THIN,
            full ? Effect.STRENGTH : Effect.GAP,
            List.of(),
            Arg.of(facts),
            Arg.of(ProfileFact.values().length),
            Arg.of(missing.size()),
            Arg.list(missing, Arg::of));
    score.add(
        "profile",
        Message.of(CompletenessCode.PROFILE),
        policy.profileWeight(),
        WeightedScore.ratio(
            Math.min(facts, policy.profileFactsForFull()), policy.profileFactsForFull()),
        List.of(reason));
  }

  private static int fact(boolean present, ProfileFact fact, List<ProfileFact> missing) {
    if (!present) {
      missing.add(fact);
    }
    return present ? 1 : 0;
  }

  private void relationshipMap(WeightedScore score, KeyAccount account) {
    List<Stakeholder> mapped =
        account.stakeholders().stream().filter(s -> s.status().isEngageable()).toList();
    List<Stakeholder> thin =
        mapped.stream()
            .filter(s -> s.buyingRoles().isEmpty() || s.sentiment().isEmpty())
            .sorted(Comparator.comparing(Stakeholder::id))
            .toList();
    BigDecimal size =
        WeightedScore.ratio(
            Math.min(mapped.size(), policy.minStakeholdersMapped()),
            policy.minStakeholdersMapped());
    BigDecimal substance = WeightedScore.ratio(mapped.size() - thin.size(), mapped.size());
    boolean big = mapped.size() >= policy.minStakeholdersMapped();
    List<Reason> reasons = new ArrayList<>();
    reasons.add(
        Reason.of(
            big ? CompletenessCode.MAP_SIZE_MET : CompletenessCode.MAP_TOO_SMALL,
            big ? Effect.STRENGTH : Effect.GAP,
            List.of(),
            Arg.of(mapped.size()),
            Arg.of(policy.minStakeholdersMapped())));
    if (!thin.isEmpty()) {
      reasons.add(
          Reason.of(
              CompletenessCode.MAP_THIN_ENTRIES,
              Effect.GAP,
              thin.stream().map(Stakeholder::id).toList(),
              Arg.of(thin.size()),
              Arg.list(thin, s -> Arg.of(s.id(), s.name()))));
    }
    score.add(
        "relationship-map",
        Message.of(CompletenessCode.RELATIONSHIP_MAP),
        policy.relationshipMapWeight(),
        size.add(substance).divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_EVEN),
        reasons);
  }

  private void whitespace(WeightedScore score, KeyAccount account) {
    Set<ProductId> ours = ourProducts(account);
    long units = account.account().clinicalUnitIds().size();
    long grid = ours.size() * units;
    long recorded = account.whitespace().stream().filter(c -> ours.contains(c.product())).count();
    Reason reason;
    if (grid == 0) {
      reason =
          Reason.of(
              ours.isEmpty()
                  ? CompletenessCode.WHITESPACE_NO_PRODUCTS
                  : CompletenessCode.WHITESPACE_NO_UNITS,
              Effect.GAP,
              List.of());
    } else {
      reason =
          Reason.of(
              recorded >= grid
                  ? CompletenessCode.WHITESPACE_FULL
                  : CompletenessCode.WHITESPACE_PARTIAL,
              recorded >= grid ? Effect.STRENGTH : Effect.GAP,
              List.of(),
              Arg.of(recorded),
              Arg.of(grid));
    }
    score.add(
        "whitespace",
        Message.of(CompletenessCode.WHITESPACE),
        policy.whitespaceWeight(),
        WeightedScore.ratio(Math.min(recorded, grid), grid),
        List.of(reason));
  }

  private void competitiveLandscape(WeightedScore score, Optional<AccountPlan> plan) {
    List<CompetitorPosition> positions =
        plan.<List<CompetitorPosition>>map(AccountPlan::competitiveLandscape).orElse(List.of());
    boolean substantive =
        positions.stream().anyMatch(c -> c.strengths().isPresent() || c.weaknesses().isPresent());
    BigDecimal fulfilment =
        positions.isEmpty() ? BigDecimal.ZERO : substantive ? BigDecimal.ONE : HALF;
    Reason reason =
        positions.isEmpty()
            ? Reason.of(CompletenessCode.COMPETITION_MISSING, Effect.GAP, List.of())
            : Reason.of(
                substantive
                    ? CompletenessCode.COMPETITION_ASSESSED
                    : CompletenessCode.COMPETITION_SHALLOW,
                substantive ? Effect.STRENGTH : Effect.GAP,
                List.of(),
                Arg.of(positions.size()));
    score.add(
        "competitive-landscape",
        Message.of(CompletenessCode.COMPETITIVE_LANDSCAPE),
        policy.competitiveLandscapeWeight(),
        fulfilment,
        List.of(reason));
  }

  private void valueProposition(WeightedScore score, Optional<AccountPlan> plan) {
    Optional<ValueProposition> vp = plan.flatMap(AccountPlan::valueProposition);
    boolean documented = vp.map(ValueProposition::hasDocumentedRationale).orElse(false);
    BigDecimal fulfilment = vp.isEmpty() ? BigDecimal.ZERO : documented ? BigDecimal.ONE : HALF;
    CompletenessCode code =
        vp.isEmpty()
            ? CompletenessCode.VALUE_PROPOSITION_MISSING
            : documented
                ? CompletenessCode.VALUE_PROPOSITION_DOCUMENTED
                : vp.get().businessRationale().isEmpty()
                    ? CompletenessCode.VALUE_PROPOSITION_NO_BUSINESS_RATIONALE
                    : CompletenessCode.VALUE_PROPOSITION_NO_CLINICAL_RATIONALE;
    score.add(
        "value-proposition",
        Message.of(CompletenessCode.VALUE_PROPOSITION),
        policy.valuePropositionWeight(),
        fulfilment,
        List.of(Reason.of(code, documented ? Effect.STRENGTH : Effect.GAP, List.of())));
  }

  private void formulary(WeightedScore score, KeyAccount account, LocalDate asOf) {
    List<ProductId> ours = ourProducts(account).stream().sorted().toList();
    List<ProductId> unknown =
        ours.stream().filter(p -> account.formularyStatus(p, asOf).isEmpty()).toList();
    Reason reason;
    if (ours.isEmpty()) {
      reason = Reason.of(CompletenessCode.FORMULARY_NO_PRODUCTS, Effect.GAP, List.of());
    } else if (unknown.isEmpty()) {
      reason =
          Reason.of(
              CompletenessCode.FORMULARY_KNOWN, Effect.STRENGTH, List.of(), Arg.of(ours.size()));
    } else {
      reason =
          Reason.of(
              CompletenessCode.FORMULARY_UNKNOWN,
              Effect.GAP,
              unknown,
              Arg.of(unknown.size()),
              Arg.of(ours.size()),
              Arg.list(unknown, p -> Arg.of(p, account.product(p).orElseThrow().name())));
    }
    score.add(
        "formulary",
        Message.of(CompletenessCode.FORMULARY),
        policy.formularyWeight(),
        WeightedScore.ratio(ours.size() - unknown.size(), ours.size()),
        List.of(reason));
  }

  private void objectives(WeightedScore score, Optional<AccountPlan> plan) {
    List<Objective> live =
        plan.<List<Objective>>map(AccountPlan::objectives).orElse(List.of()).stream()
            .filter(o -> o.status() != ObjectiveStatus.CANCELLED)
            .sorted(Comparator.comparing(Objective::id))
            .toList();
    List<Objective> vague = live.stream().filter(o -> !o.isMeasurableAndDated()).toList();
    Reason reason;
    if (live.isEmpty()) {
      reason = Reason.of(CompletenessCode.OBJECTIVES_NONE, Effect.GAP, List.of());
    } else if (vague.isEmpty()) {
      reason =
          Reason.of(
              CompletenessCode.OBJECTIVES_MEASURABLE,
              Effect.STRENGTH,
              List.of(),
              Arg.of(live.size()),
              Arg.of(live.size()));
    } else {
      reason =
          Reason.of(
              CompletenessCode.OBJECTIVES_VAGUE,
              Effect.GAP,
              vague.stream().map(Objective::id).toList(),
              Arg.of(live.size() - vague.size()),
              Arg.of(live.size()),
              Arg.list(vague, o -> Arg.of(o.id(), o.title())));
    }
    score.add(
        "objectives",
        Message.of(CompletenessCode.OBJECTIVES),
        policy.objectivesWeight(),
        WeightedScore.ratio(live.size() - vague.size(), live.size()),
        List.of(reason));
  }

  /** Revenue objectives against the opportunities that serve them; only where any is recorded. */
  private void pipeline(
      WeightedScore score, KeyAccount account, Optional<AccountPlan> plan, LocalDate asOf) {
    Message label = Message.of(CompletenessCode.PIPELINE);
    if (account.opportunities().isEmpty()) {
      score.notApplicable(
          "pipeline",
          label,
          List.of(Reason.of(CompletenessCode.PIPELINE_NOT_RECORDED, Effect.GAP, List.of())));
      return;
    }
    List<Objective> seeking =
        plan.<List<Objective>>map(AccountPlan::objectives).orElse(List.of()).stream()
            .filter(o -> o.needsPipelineOn(asOf))
            .sorted(Comparator.comparing(Objective::id))
            .toList();
    if (seeking.isEmpty()) {
      score.notApplicable(
          "pipeline",
          label,
          List.of(
              Reason.of(CompletenessCode.PIPELINE_NO_REVENUE_OBJECTIVE, Effect.GAP, List.of())));
      return;
    }
    Set<ObjectiveId> served = account.servedObjectives();
    List<Objective> unlinked = seeking.stream().filter(o -> !served.contains(o.id())).toList();
    int linked = seeking.size() - unlinked.size();
    Reason reason =
        unlinked.isEmpty()
            ? Reason.of(
                CompletenessCode.PIPELINE_LINKED,
                Effect.STRENGTH,
                List.of(),
                Arg.of(linked),
                Arg.of(seeking.size()))
            : Reason.of(
                CompletenessCode.PIPELINE_UNLINKED,
                Effect.GAP,
                unlinked.stream().map(Objective::id).toList(),
                Arg.of(linked),
                Arg.of(seeking.size()),
                Arg.list(unlinked, o -> Arg.of(o.id(), o.title())));
    score.add(
        "pipeline",
        label,
        policy.pipelineWeight(),
        WeightedScore.ratio(linked, seeking.size()),
        List.of(reason));
  }

  private void actions(WeightedScore score, Optional<AccountPlan> plan) {
    List<Action> live =
        plan.<List<Action>>map(AccountPlan::actions).orElse(List.of()).stream()
            .filter(a -> a.status() != ActionStatus.CANCELLED)
            .sorted(Comparator.comparing(Action::id))
            .toList();
    List<Action> loose =
        live.stream()
            .filter(a -> a.owner().isEmpty() || a.dueDate().isEmpty() || a.objectives().isEmpty())
            .toList();
    Reason reason;
    if (live.isEmpty()) {
      reason = Reason.of(CompletenessCode.ACTIONS_NONE, Effect.GAP, List.of());
    } else {
      reason =
          Reason.of(
              loose.isEmpty() ? CompletenessCode.ACTIONS_OWNED : CompletenessCode.ACTIONS_LOOSE,
              loose.isEmpty() ? Effect.STRENGTH : Effect.GAP,
              loose.stream().map(Action::id).toList(),
              Arg.of(live.size() - loose.size()),
              Arg.of(live.size()));
    }
    score.add(
        "actions",
        Message.of(CompletenessCode.ACTIONS),
        policy.actionsWeight(),
        WeightedScore.ratio(live.size() - loose.size(), live.size()),
        List.of(reason));
  }

  private void kpis(WeightedScore score, Optional<AccountPlan> plan) {
    Set<KpiKind> kinds = EnumSet.noneOf(KpiKind.class);
    plan.ifPresent(p -> p.kpis().forEach(k -> kinds.add(k.kind())));
    CompletenessCode code =
        kinds.size() == 2
            ? CompletenessCode.KPIS_BOTH
            : kinds.isEmpty()
                ? CompletenessCode.KPIS_NONE
                : kinds.contains(KpiKind.LEADING)
                    ? CompletenessCode.KPIS_LEADING_ONLY
                    : CompletenessCode.KPIS_LAGGING_ONLY;
    score.add(
        "kpis",
        Message.of(CompletenessCode.KPIS),
        policy.kpisWeight(),
        WeightedScore.ratio(kinds.size(), 2),
        List.of(Reason.of(code, kinds.size() == 2 ? Effect.STRENGTH : Effect.GAP, List.of())));
  }

  private void currency(
      WeightedScore score, Optional<AccountPlan> plan, LocalDate asOf, List<Reason> rot) {
    List<Reason> reasons = new ArrayList<>(rot);
    Message label = Message.of(CompletenessCode.CURRENCY);
    if (plan.isEmpty()) {
      reasons.add(Reason.of(CompletenessCode.PLAN_MISSING, Effect.GAP, List.of()));
      score.add("currency", label, policy.currencyWeight(), BigDecimal.ZERO, reasons);
      return;
    }
    Optional<LocalDate> updated =
        plan.get().updates().headSet(asOf.plusDays(1)).stream().max(Comparator.naturalOrder());
    Optional<LocalDate> reviewed =
        plan.get().reviews().headSet(asOf.plusDays(1)).stream().max(Comparator.naturalOrder());
    boolean fresh =
        updated
            .map(d -> ChronoUnit.DAYS.between(d, asOf) <= policy.maxDaysSinceUpdate())
            .orElse(false);
    boolean reviewedRecently =
        reviewed
            .map(d -> ChronoUnit.DAYS.between(d, asOf) <= policy.maxDaysSinceReview())
            .orElse(false);
    reasons.add(
        updated
            .map(
                d ->
                    dated(
                        fresh ? CompletenessCode.CURRENCY_UPDATED : CompletenessCode.CURRENCY_STALE,
                        fresh,
                        d,
                        asOf,
                        policy.maxDaysSinceUpdate()))
            .orElseGet(
                () -> Reason.of(CompletenessCode.CURRENCY_NEVER_UPDATED, Effect.GAP, List.of())));
    reasons.add(
        reviewed
            .map(
                d ->
                    dated(
                        reviewedRecently
                            ? CompletenessCode.CURRENCY_REVIEWED
                            : CompletenessCode.CURRENCY_UNREVIEWED,
                        reviewedRecently,
                        d,
                        asOf,
                        policy.maxDaysSinceReview()))
            .orElseGet(
                () -> Reason.of(CompletenessCode.CURRENCY_NEVER_REVIEWED, Effect.GAP, List.of())));
    BigDecimal fulfilment =
        rot.isEmpty()
            ? WeightedScore.ratio((fresh ? 1 : 0) + (reviewedRecently ? 1 : 0), 2)
            : BigDecimal.ZERO;
    score.add("currency", label, policy.currencyWeight(), fulfilment, reasons);
  }

  /** A reason about the last update or review on {@code date}, held against {@code limit} days. */
  private static Reason dated(
      CompletenessCode code, boolean recent, LocalDate date, LocalDate asOf, int limit) {
    return Reason.of(
        code,
        recent ? Effect.STRENGTH : Effect.GAP,
        List.of(),
        Arg.of(date),
        Arg.of(ChronoUnit.DAYS.between(date, asOf)),
        Arg.of(limit));
  }

  private static Set<ProductId> ourProducts(KeyAccount account) {
    return account.products().stream()
        .filter(p -> !p.competitor())
        .map(Product::id)
        .collect(Collectors.toSet());
  }
}
