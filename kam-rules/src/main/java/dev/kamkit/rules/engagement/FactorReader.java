package dev.kamkit.rules.engagement;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.CompetitorPosition;
import dev.kamkit.model.plan.PatientPathway;
import dev.kamkit.model.plan.ThreatLevel;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.scoring.whitespace.WhitespaceScorer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rates each factor for one account: the host's rating when there is one, else the documented proxy
 * the account's data offers, else not assessed with what would let it be assessed.
 */
final class FactorReader {
  /** Kinds whose beds say nothing about the patients they cover. */
  private static final Set<AccountKind> NOT_BY_BEDS =
      EnumSet.of(
          AccountKind.PAYER,
          AccountKind.ACCOUNTABLE_CARE_ORGANISATION,
          AccountKind.GROUP_PURCHASING_ORGANISATION,
          AccountKind.PHARMACY_CHAIN,
          AccountKind.WHOLESALER,
          AccountKind.HEALTH_AUTHORITY);

  private static final Set<FormularyStatus> PRESSURED =
      EnumSet.of(
          FormularyStatus.RESTRICTED, FormularyStatus.NON_FORMULARY, FormularyStatus.NOT_LISTED);

  private final KeyAccount account;
  private final LocalDate asOf;
  private final EngagementPolicy policy;

  FactorReader(KeyAccount account, LocalDate asOf, EngagementPolicy policy) {
    this.account = account;
    this.asOf = asOf;
    this.policy = policy;
  }

  FactorAssessment read(Factor factor, EngagementInputs inputs) {
    Optional<Rating> host = inputs.rating(factor);
    if (host.isPresent()) {
      return FactorAssessment.of(
          factor,
          host,
          InputSource.HOST,
          inputs
              .source()
              .map(s -> Message.of(EngagementCode.BASIS_HOST_SOURCE, Arg.text(s)))
              .orElse(Message.of(EngagementCode.BASIS_HOST)));
    }
    return switch (factor) {
      case COMPETITIVE_INTENSITY -> competition();
      case PAYER_AFFORDABILITY_PRESSURE -> payerPressure();
      case DECISION_MAKING_COMPLEXITY -> decisionMaking();
      case PATIENT_POPULATION -> population();
      case UNMET_NEED -> unmetNeed();
      case GROWTH_OPPORTUNITY -> growth();
      case PATIENT_FINDING_DIFFICULTY,
          DIFFERENTIATION,
          OPENNESS_TO_PARTNERING,
          CLINICAL_TRIAL_COLLABORATION,
          INNOVATION_COLLABORATION ->
          notAssessed(factor, EngagementCode.BASIS_HOST_ONLY);
    };
  }

  private FactorAssessment competition() {
    List<CompetitorPosition> landscape =
        account
            .plan()
            .<List<CompetitorPosition>>map(AccountPlan::competitiveLandscape)
            .orElse(List.of());
    Set<ProductId> ours = ours();
    long held =
        account.whitespace().stream()
            .filter(c -> c.status() == WhitespaceStatus.COMPETITOR_HELD)
            .filter(c -> ours.contains(c.product()))
            .count();
    if (!landscape.isEmpty()) {
      ThreatLevel top =
          landscape.stream()
              .map(CompetitorPosition::threat)
              .max(Comparator.naturalOrder())
              .orElseThrow();
      Rating rating =
          top == ThreatLevel.HIGH
              ? Rating.HIGH
              : top == ThreatLevel.MEDIUM ? Rating.MEDIUM : Rating.LOW;
      boolean crowded = landscape.size() >= policy.crowdedFromCompetitors();
      return data(
          Factor.COMPETITIVE_INTENSITY,
          crowded ? rating.raised() : rating,
          EngagementCode.BASIS_COMPETITORS,
          Arg.of(landscape.size()),
          Arg.of(top));
    }
    if (held > 0) {
      return data(
          Factor.COMPETITIVE_INTENSITY,
          Rating.MEDIUM,
          EngagementCode.BASIS_COMPETITOR_CELLS,
          Arg.of(held));
    }
    return notAssessed(Factor.COMPETITIVE_INTENSITY, EngagementCode.BASIS_NO_COMPETITION);
  }

  private FactorAssessment payerPressure() {
    List<ProductId> known =
        ours().stream().sorted().filter(p -> account.formularyStatus(p, asOf).isPresent()).toList();
    if (known.isEmpty()) {
      return notAssessed(Factor.PAYER_AFFORDABILITY_PRESSURE, EngagementCode.BASIS_NO_FORMULARY);
    }
    long pressured =
        known.stream()
            .map(p -> account.formularyStatus(p, asOf).orElseThrow().status())
            .filter(PRESSURED::contains)
            .count();
    long percent = pressured * 100 / known.size();
    return data(
        Factor.PAYER_AFFORDABILITY_PRESSURE,
        Rating.fromBands(percent, policy.restrictedPercentBands()),
        EngagementCode.BASIS_FORMULARY,
        Arg.of(pressured),
        Arg.of(known.size()),
        Arg.of(BigDecimal.valueOf(percent)));
  }

  private FactorAssessment decisionMaking() {
    List<DecisionBody> bodies = account.decisionBodies();
    boolean system = bodies.stream().anyMatch(b -> b.scope() == DecisionScope.SYSTEM);
    boolean site = bodies.stream().anyMatch(b -> b.scope() == DecisionScope.SITE);
    int sites =
        Math.max(
            account.account().sites().size(),
            account.account().profile().facilityCount().orElse(0));
    Set<StakeholderFunction> deciding = EnumSet.noneOf(StakeholderFunction.class);
    account.stakeholders().stream()
        .filter(s -> s.status().isEngageable() && !s.buyingRoles().isEmpty())
        .map(Stakeholder::function)
        .forEach(deciding::add);
    if (bodies.isEmpty() && deciding.isEmpty() && sites < 2) {
      return notAssessed(Factor.DECISION_MAKING_COMPLEXITY, EngagementCode.BASIS_NO_DECISION);
    }
    int points =
        Math.min(bodies.size(), 4)
            + (system && site ? 2 : 0)
            + (sites >= 5 ? 2 : sites >= 2 ? 1 : 0)
            + (deciding.size() >= 4 ? 2 : deciding.size() >= 2 ? 1 : 0);
    return data(
        Factor.DECISION_MAKING_COMPLEXITY,
        Rating.fromBands(points, policy.decisionPointBands()),
        system && site ? EngagementCode.BASIS_DECISION_LEVELS : EngagementCode.BASIS_DECISION,
        Arg.of(bodies.size()),
        Arg.of(sites),
        Arg.of(deciding.size()),
        Arg.of(BigDecimal.valueOf(points)));
  }

  private FactorAssessment population() {
    if (NOT_BY_BEDS.contains(account.account().kind())) {
      return notAssessed(
          Factor.PATIENT_POPULATION,
          EngagementCode.BASIS_BEDS_KIND,
          Arg.of(account.account().kind()));
    }
    Optional<Integer> beds = account.account().profile().beds();
    if (beds.isEmpty() && account.account().sites().stream().anyMatch(s -> s.beds().isPresent())) {
      beds =
          Optional.of(
              account.account().sites().stream()
                  .map(Site::beds)
                  .flatMap(Optional::stream)
                  .mapToInt(Integer::intValue)
                  .sum());
    }
    if (beds.isEmpty()) {
      return notAssessed(Factor.PATIENT_POPULATION, EngagementCode.BASIS_NO_BEDS);
    }
    return data(
        Factor.PATIENT_POPULATION,
        Rating.fromBands(beds.get(), policy.bedBands()),
        EngagementCode.BASIS_BEDS,
        Arg.of(beds.get()));
  }

  private FactorAssessment unmetNeed() {
    List<PatientPathway> pathways =
        account.plan().<List<PatientPathway>>map(AccountPlan::patientPathways).orElse(List.of());
    if (pathways.isEmpty()) {
      return notAssessed(Factor.UNMET_NEED, EngagementCode.BASIS_NO_PATHWAYS);
    }
    long pains =
        pathways.stream()
            .flatMap(p -> p.stages().stream())
            .mapToLong(s -> s.painPoints().size())
            .sum();
    return data(
        Factor.UNMET_NEED,
        Rating.fromBands(pains, policy.painPointBands()),
        EngagementCode.BASIS_PAIN_POINTS,
        Arg.of(pains),
        Arg.of(pathways.size()));
  }

  private FactorAssessment growth() {
    Map<WhitespaceStatus, Integer> cells =
        WhitespaceScorer.withDefaults().score(account, asOf).addressable();
    int all = cells.values().stream().mapToInt(Integer::intValue).sum();
    if (all == 0) {
      return notAssessed(Factor.GROWTH_OPPORTUNITY, EngagementCode.BASIS_NO_WHITESPACE);
    }
    int open = all - cells.getOrDefault(WhitespaceStatus.SOLD, 0);
    return data(
        Factor.GROWTH_OPPORTUNITY,
        Rating.fromBands(open, policy.openCellBands()),
        EngagementCode.BASIS_WHITESPACE,
        Arg.of(open),
        Arg.of(all));
  }

  private Set<ProductId> ours() {
    Set<ProductId> ours = new TreeSet<>();
    account.products().stream().filter(p -> !p.competitor()).map(Product::id).forEach(ours::add);
    return ours;
  }

  private static FactorAssessment data(
      Factor factor, Rating rating, EngagementCode basis, Arg... args) {
    return FactorAssessment.of(
        factor, Optional.of(rating), InputSource.DATA, Message.of(basis, args));
  }

  private static FactorAssessment notAssessed(Factor factor, EngagementCode why, Arg... args) {
    return FactorAssessment.of(
        factor, Optional.empty(), InputSource.NOT_ASSESSED, Message.of(why, args));
  }
}
