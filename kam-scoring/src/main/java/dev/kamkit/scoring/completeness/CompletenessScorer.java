package dev.kamkit.scoring.completeness;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.AccountProfile;
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
import java.util.Locale;
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
    WeightedScore score = WeightedScore.named("plan completeness");
    profile(score, account.account().profile());
    relationshipMap(score, account);
    whitespace(score, account);
    competitiveLandscape(score, plan);
    valueProposition(score, plan);
    formulary(score, account, asOf);
    objectives(score, plan);
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
    List<String> missing = new ArrayList<>();
    int facts = 0;
    facts += fact(p.beds().isPresent(), "beds", missing);
    facts += fact(p.facilityCount().isPresent(), "facility count", missing);
    facts += fact(p.ownership().isPresent(), "ownership", missing);
    facts += fact(!p.gpoAffiliations().isEmpty(), "GPO affiliations", missing);
    facts += fact(!p.contracts().isEmpty(), "contracts", missing);
    facts += fact(p.ehrSystem().isPresent(), "EHR system", missing);
    facts += fact(p.fiscalYearStart().isPresent(), "fiscal-year start", missing);
    facts += fact(!p.annualVolumes().isEmpty(), "annual volumes", missing);
    List<Reason> reasons = new ArrayList<>();
    reasons.add(
        Reason.of(
            facts >= policy.profileFactsForFull()
                ? "completeness.profile.full"
                : "completeness.profile.thin",
            facts >= policy.profileFactsForFull() ? Effect.STRENGTH : Effect.GAP,
            facts
                + " of 8 profile facts recorded"
                + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing)),
            List.of()));
    score.add(
        "profile",
        "Account profile",
        policy.profileWeight(),
        WeightedScore.ratio(
            Math.min(facts, policy.profileFactsForFull()), policy.profileFactsForFull()),
        reasons);
  }

  private static int fact(boolean present, String name, List<String> missing) {
    if (!present) {
      missing.add(name);
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
    List<Reason> reasons = new ArrayList<>();
    reasons.add(
        Reason.of(
            mapped.size() >= policy.minStakeholdersMapped()
                ? "completeness.map.size-met"
                : "completeness.map.too-small",
            mapped.size() >= policy.minStakeholdersMapped() ? Effect.STRENGTH : Effect.GAP,
            mapped.size()
                + " stakeholders mapped; a map needs at least "
                + policy.minStakeholdersMapped(),
            List.of()));
    if (!thin.isEmpty()) {
      reasons.add(
          Reason.of(
              "completeness.map.thin-entries",
              Effect.GAP,
              thin.size()
                  + " mapped stakeholder"
                  + (thin.size() == 1 ? " lacks" : "s lack")
                  + " a buying role or a sentiment: "
                  + thin.stream().map(Stakeholder::name).collect(Collectors.joining(", ")),
              thin.stream().map(Stakeholder::id).toList()));
    }
    score.add(
        "relationship-map",
        "Relationship map",
        policy.relationshipMapWeight(),
        size.add(substance).divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_EVEN),
        reasons);
  }

  private void whitespace(WeightedScore score, KeyAccount account) {
    Set<ProductId> ours = ourProducts(account);
    long units = account.account().clinicalUnitIds().size();
    long grid = ours.size() * units;
    long recorded = account.whitespace().stream().filter(c -> ours.contains(c.product())).count();
    List<Reason> reasons = new ArrayList<>();
    if (grid == 0) {
      reasons.add(
          Reason.of(
              "completeness.whitespace.no-grid",
              Effect.GAP,
              ours.isEmpty()
                  ? "No product of ours is recorded, so there is no whitespace grid"
                  : "No clinical unit is recorded, so there is no whitespace grid",
              List.of()));
    } else {
      reasons.add(
          Reason.of(
              recorded >= grid ? "completeness.whitespace.full" : "completeness.whitespace.partial",
              recorded >= grid ? Effect.STRENGTH : Effect.GAP,
              recorded + " of " + grid + " product x clinical-unit cells assessed",
              List.of()));
    }
    score.add(
        "whitespace",
        "Whitespace grid",
        policy.whitespaceWeight(),
        WeightedScore.ratio(Math.min(recorded, grid), grid),
        reasons);
  }

  private void competitiveLandscape(WeightedScore score, Optional<AccountPlan> plan) {
    List<CompetitorPosition> positions =
        plan.<List<CompetitorPosition>>map(AccountPlan::competitiveLandscape).orElse(List.of());
    boolean substantive =
        positions.stream().anyMatch(c -> c.strengths().isPresent() || c.weaknesses().isPresent());
    BigDecimal fulfilment =
        positions.isEmpty() ? BigDecimal.ZERO : substantive ? BigDecimal.ONE : HALF;
    String message =
        positions.isEmpty()
            ? "No competitor is recorded"
            : positions.size()
                + " competitor position"
                + (positions.size() == 1 ? "" : "s")
                + " recorded"
                + (substantive ? "" : ", none with strengths or weaknesses");
    score.add(
        "competitive-landscape",
        "Competitive landscape",
        policy.competitiveLandscapeWeight(),
        fulfilment,
        List.of(
            Reason.of(
                substantive
                    ? "completeness.competition.assessed"
                    : "completeness.competition.missing",
                substantive ? Effect.STRENGTH : Effect.GAP,
                message,
                List.of())));
  }

  private void valueProposition(WeightedScore score, Optional<AccountPlan> plan) {
    Optional<ValueProposition> vp = plan.flatMap(AccountPlan::valueProposition);
    BigDecimal fulfilment =
        vp.isEmpty() ? BigDecimal.ZERO : vp.get().hasDocumentedRationale() ? BigDecimal.ONE : HALF;
    String message =
        vp.isEmpty()
            ? "No value proposition is recorded"
            : vp.get().hasDocumentedRationale()
                ? "Value proposition with documented business and clinical rationale"
                : "Value proposition without a documented "
                    + (vp.get().businessRationale().isEmpty() ? "business" : "clinical")
                    + " rationale";
    score.add(
        "value-proposition",
        "Value proposition and rationale",
        policy.valuePropositionWeight(),
        fulfilment,
        List.of(
            Reason.of(
                fulfilment.compareTo(BigDecimal.ONE) == 0
                    ? "completeness.value-proposition.documented"
                    : "completeness.value-proposition.missing",
                fulfilment.compareTo(BigDecimal.ONE) == 0 ? Effect.STRENGTH : Effect.GAP,
                message,
                List.of())));
  }

  private void formulary(WeightedScore score, KeyAccount account, LocalDate asOf) {
    List<ProductId> ours = ourProducts(account).stream().sorted().toList();
    List<ProductId> unknown =
        ours.stream().filter(p -> account.formularyStatus(p, asOf).isEmpty()).toList();
    List<Reason> reasons = new ArrayList<>();
    if (ours.isEmpty()) {
      reasons.add(
          Reason.of(
              "completeness.formulary.no-products",
              Effect.GAP,
              "No product of ours is recorded",
              List.of()));
    } else if (unknown.isEmpty()) {
      reasons.add(
          Reason.of(
              "completeness.formulary.known",
              Effect.STRENGTH,
              "Formulary status known for all " + ours.size() + " products",
              List.of()));
    } else {
      reasons.add(
          Reason.of(
              "completeness.formulary.unknown",
              Effect.GAP,
              "Formulary status unknown for "
                  + unknown.size()
                  + " of "
                  + ours.size()
                  + " products: "
                  + unknown.stream()
                      .map(p -> account.product(p).orElseThrow().name())
                      .collect(Collectors.joining(", ")),
              unknown));
    }
    score.add(
        "formulary",
        "Formulary status",
        policy.formularyWeight(),
        WeightedScore.ratio(ours.size() - unknown.size(), ours.size()),
        reasons);
  }

  private void objectives(WeightedScore score, Optional<AccountPlan> plan) {
    List<Objective> live =
        plan.<List<Objective>>map(AccountPlan::objectives).orElse(List.of()).stream()
            .filter(o -> o.status() != ObjectiveStatus.CANCELLED)
            .sorted(Comparator.comparing(Objective::id))
            .toList();
    List<Objective> vague = live.stream().filter(o -> !o.isMeasurableAndDated()).toList();
    List<Reason> reasons = new ArrayList<>();
    if (live.isEmpty()) {
      reasons.add(
          Reason.of(
              "completeness.objectives.none", Effect.GAP, "No objective is recorded", List.of()));
    } else {
      reasons.add(
          Reason.of(
              vague.isEmpty()
                  ? "completeness.objectives.measurable"
                  : "completeness.objectives.vague",
              vague.isEmpty() ? Effect.STRENGTH : Effect.GAP,
              (live.size() - vague.size())
                  + " of "
                  + live.size()
                  + " objectives are measurable and dated"
                  + (vague.isEmpty()
                      ? ""
                      : "; without a measure or due date: "
                          + vague.stream().map(Objective::title).collect(Collectors.joining("; "))),
              vague.stream().map(Objective::id).toList()));
    }
    score.add(
        "objectives",
        "Measurable, dated objectives",
        policy.objectivesWeight(),
        WeightedScore.ratio(live.size() - vague.size(), live.size()),
        reasons);
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
    List<Reason> reasons = new ArrayList<>();
    if (live.isEmpty()) {
      reasons.add(
          Reason.of("completeness.actions.none", Effect.GAP, "No action is recorded", List.of()));
    } else {
      reasons.add(
          Reason.of(
              loose.isEmpty() ? "completeness.actions.owned" : "completeness.actions.loose",
              loose.isEmpty() ? Effect.STRENGTH : Effect.GAP,
              (live.size() - loose.size())
                  + " of "
                  + live.size()
                  + " actions have an owner, a due date and an objective",
              loose.stream().map(Action::id).toList()));
    }
    score.add(
        "actions",
        "Owned, dated actions",
        policy.actionsWeight(),
        WeightedScore.ratio(live.size() - loose.size(), live.size()),
        reasons);
  }

  private void kpis(WeightedScore score, Optional<AccountPlan> plan) {
    Set<KpiKind> kinds = EnumSet.noneOf(KpiKind.class);
    plan.ifPresent(p -> p.kpis().forEach(k -> kinds.add(k.kind())));
    String message =
        kinds.size() == 2
            ? "Both leading and lagging KPIs are tracked"
            : kinds.isEmpty()
                ? "No KPI is recorded"
                : "Only "
                    + kinds.iterator().next().name().toLowerCase(Locale.ROOT)
                    + " KPIs are tracked; leading indicators predict lagging ones";
    score.add(
        "kpis",
        "Leading and lagging KPIs",
        policy.kpisWeight(),
        WeightedScore.ratio(kinds.size(), 2),
        List.of(
            Reason.of(
                kinds.size() == 2 ? "completeness.kpis.both" : "completeness.kpis.missing",
                kinds.size() == 2 ? Effect.STRENGTH : Effect.GAP,
                message,
                List.of())));
  }

  private void currency(
      WeightedScore score, Optional<AccountPlan> plan, LocalDate asOf, List<Reason> rot) {
    List<Reason> reasons = new ArrayList<>(rot);
    if (plan.isEmpty()) {
      reasons.add(
          Reason.of(
              "completeness.plan.missing", Effect.GAP, "There is no account plan", List.of()));
      score.add(
          "currency", "Current, not rotten", policy.currencyWeight(), BigDecimal.ZERO, reasons);
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
        Reason.of(
            fresh ? "completeness.currency.updated" : "completeness.currency.stale",
            fresh ? Effect.STRENGTH : Effect.GAP,
            updated
                .map(
                    d ->
                        "Last updated "
                            + d
                            + " ("
                            + ChronoUnit.DAYS.between(d, asOf)
                            + " days ago; limit "
                            + policy.maxDaysSinceUpdate()
                            + ")")
                .orElse("Never updated"),
            List.of()));
    reasons.add(
        Reason.of(
            reviewedRecently
                ? "completeness.currency.reviewed"
                : "completeness.currency.unreviewed",
            reviewedRecently ? Effect.STRENGTH : Effect.GAP,
            reviewed
                .map(
                    d ->
                        "Last reviewed "
                            + d
                            + " ("
                            + ChronoUnit.DAYS.between(d, asOf)
                            + " days ago; limit "
                            + policy.maxDaysSinceReview()
                            + ")")
                .orElse("Never reviewed"),
            List.of()));
    BigDecimal fulfilment =
        rot.isEmpty()
            ? WeightedScore.ratio((fresh ? 1 : 0) + (reviewedRecently ? 1 : 0), 2)
            : BigDecimal.ZERO;
    score.add("currency", "Current, not rotten", policy.currencyWeight(), fulfilment, reasons);
  }

  private static Set<ProductId> ourProducts(KeyAccount account) {
    return account.products().stream()
        .filter(p -> !p.competitor())
        .map(Product::id)
        .collect(Collectors.toSet());
  }
}
