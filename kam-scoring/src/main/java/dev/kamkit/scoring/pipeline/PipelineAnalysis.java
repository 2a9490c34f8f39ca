package dev.kamkit.scoring.pipeline;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.pipeline.Opportunity;
import dev.kamkit.model.pipeline.OpportunityStage;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.whitespace.CellRef;
import dev.kamkit.scoring.whitespace.WhitespaceResult;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Weighs an account's plan against its pipeline: which commercial objectives have no opportunity
 * behind them, which open opportunities serve no objective or are overdue, how far the weighted
 * pipeline reaches each objective's revenue target, and which whitespace cells have become
 * pipeline.
 *
 * <p>Amounts are never converted: totals are in the currency most open opportunities are in, a
 * target is met only by opportunities in its own currency, and every amount left out is named in a
 * reason. Opportunities are read in id order, so the result does not depend on the order a host
 * lists them in.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PipelineAnalysis {
  private final PipelinePolicy policy;

  private PipelineAnalysis(PipelinePolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  /** An analysis using {@link PipelinePolicy#defaults()}. */
  public static PipelineAnalysis withDefaults() {
    return new PipelineAnalysis(PipelinePolicy.defaults());
  }

  /** An analysis using {@code policy}. */
  public static PipelineAnalysis of(PipelinePolicy policy) {
    return new PipelineAnalysis(policy);
  }

  /** The policy in use. */
  public PipelinePolicy policy() {
    return policy;
  }

  /**
   * Weighs {@code account}'s plan against its pipeline as of the day of {@code whitespace}, the
   * account's whitespace analysis, whose open cells it looks for in the pipeline.
   *
   * @throws IllegalArgumentException if {@code whitespace} is about another account
   */
  public PipelineResult evaluate(KeyAccount account, WhitespaceResult whitespace) {
    requireNonNull(account, "account");
    requireNonNull(whitespace, "whitespace");
    if (!whitespace.account().equals(account.id())) {
      throw new IllegalArgumentException(
          "the whitespace result is for account " + whitespace.account() + ", not " + account.id());
    }
    LocalDate asOf = whitespace.asOf();
    List<Opportunity> opportunities =
        account.opportunities().stream().sorted(Comparator.comparing(Opportunity::id)).toList();
    List<Opportunity> open = opportunities.stream().filter(o -> !o.stage().isClosed()).toList();
    List<Objective> objectives =
        account.plan().map(p -> p.objectives()).orElse(List.of()).stream()
            .sorted(Comparator.comparing(Objective::id))
            .toList();

    List<Reason> reasons = new ArrayList<>();
    List<TargetCoverage> targets = new ArrayList<>();
    for (Objective objective : objectives) {
      objective
          .revenueTarget()
          .ifPresent(
              target -> targets.add(target(objective, target, opportunities, asOf, reasons)));
    }

    PipelineResult.Builder result =
        PipelineResult.builder()
            .account(account.id())
            .asOf(asOf)
            .policyVersion(policy.version())
            .openCount(open.size())
            .targets(targets);

    Set<ObjectiveId> served = account.servedObjectives();
    for (Objective objective : objectives) {
      if (objective.needsPipelineOn(asOf) && !served.contains(objective.id())) {
        result.addUnbackedObjectives(objective.id());
        reasons.add(
            Reason.of(
                PipelineCode.OBJECTIVE_UNBACKED,
                Effect.GAP,
                List.of(objective.id()),
                ref(objective)));
      }
    }

    totals(open, asOf, result, reasons);
    whitespace(account, whitespace, opportunities, result, reasons);
    return result.reasons(reasons).build();
  }

  /** One revenue objective against the won and open opportunities that serve it. */
  private TargetCoverage target(
      Objective objective,
      Money target,
      List<Opportunity> opportunities,
      LocalDate asOf,
      List<Reason> reasons) {
    Currency currency = target.currency();
    Money won = Money.zero(currency);
    Money weightedTimes100 = Money.zero(currency);
    List<KamId> counted = new ArrayList<>();
    counted.add(objective.id());
    for (Opportunity o : opportunities) {
      if (!o.objectives().contains(objective.id()) || !o.amount().currency().equals(currency)) {
        continue;
      }
      if (o.stage() == OpportunityStage.WON) {
        LocalDate closed = o.closedOn().orElseThrow();
        boolean afterStart = objective.startDate().map(s -> !closed.isBefore(s)).orElse(true);
        if (!closed.isAfter(asOf) && afterStart) {
          won = won.plus(o.amount());
          counted.add(o.id());
        }
      } else if (!o.stage().isClosed()) {
        LocalDate expected = o.expectedClose().orElseThrow();
        Optional<LocalDate> due = objective.dueDate();
        if (due.isPresent() && expected.isAfter(due.get())) {
          reasons.add(
              Reason.of(
                  PipelineCode.TARGET_LATE,
                  Effect.GAP,
                  List.of(objective.id(), o.id()),
                  ref(objective),
                  ref(o),
                  Arg.of(expected),
                  Arg.of(due.get())));
          continue;
        }
        Optional<Integer> p = policy.probability(o.stage(), o.probability());
        if (p.isPresent()) {
          weightedTimes100 = weightedTimes100.plus(o.amount().multipliedBy(p.get()));
          counted.add(o.id());
        }
      }
    }
    TargetCoverage coverage =
        TargetCoverage.builder()
            .objective(objective.id())
            .target(target)
            .won(won)
            .weighted(weightedTimes100.dividedBy(100, RoundingMode.HALF_EVEN))
            .build();
    if (coverage.isCovered()) {
      reasons.add(
          Reason.of(
              PipelineCode.TARGET_COVERED,
              Effect.STRENGTH,
              counted,
              ref(objective),
              Arg.of(target),
              Arg.of(coverage.won()),
              Arg.of(coverage.weighted())));
    } else {
      reasons.add(
          Reason.of(
              PipelineCode.TARGET_GAP,
              Effect.GAP,
              counted,
              ref(objective),
              Arg.of(target),
              Arg.of(coverage.won()),
              Arg.of(coverage.weighted()),
              Arg.of(coverage.gap())));
    }
    return coverage;
  }

  /** The open pipeline and its weighted value, and what is wrong with each open opportunity. */
  private void totals(
      List<Opportunity> open, LocalDate asOf, PipelineResult.Builder result, List<Reason> reasons) {
    if (open.isEmpty()) {
      return;
    }
    Currency currency = mainCurrency(open);
    Money amount = Money.zero(currency);
    Money weightedTimes100 = Money.zero(currency);
    for (Opportunity o : open) {
      if (o.objectives().isEmpty()) {
        result.addUnalignedOpportunities(o.id());
        reasons.add(
            Reason.of(PipelineCode.OPPORTUNITY_UNALIGNED, Effect.GAP, List.of(o.id()), ref(o)));
      }
      LocalDate expected = o.expectedClose().orElseThrow();
      if (expected.isBefore(asOf)) {
        reasons.add(
            Reason.of(
                PipelineCode.OPPORTUNITY_OVERDUE,
                Effect.RISK,
                List.of(o.id()),
                ref(o),
                Arg.of(expected),
                Arg.of(ChronoUnit.DAYS.between(expected, asOf))));
      }
      Optional<Integer> p = policy.probability(o.stage(), o.probability());
      if (p.isEmpty()) {
        reasons.add(
            Reason.of(
                PipelineCode.PROBABILITY_UNKNOWN,
                Effect.GAP,
                List.of(o.id()),
                ref(o),
                Arg.of(o.stage())));
      }
      if (!o.amount().currency().equals(currency)) {
        reasons.add(
            Reason.of(
                PipelineCode.OTHER_CURRENCY,
                Effect.GAP,
                List.of(o.id()),
                ref(o),
                Arg.text(o.amount().currency().getCurrencyCode()),
                Arg.text(currency.getCurrencyCode())));
        continue;
      }
      amount = amount.plus(o.amount());
      if (p.isPresent()) {
        weightedTimes100 = weightedTimes100.plus(o.amount().multipliedBy(p.get()));
      }
    }
    result
        .openPipeline(amount)
        .weightedPipeline(weightedTimes100.dividedBy(100, RoundingMode.HALF_EVEN));
  }

  /** The currency most open opportunities are in; on a tie, the first by currency code. */
  private static Currency mainCurrency(List<Opportunity> open) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Opportunity o : open) {
      counts.merge(o.amount().currency().getCurrencyCode(), 1, Integer::sum);
    }
    String best = "";
    int most = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return Currency.getInstance(best);
  }

  /** Which addressable unsold cells have an open or won opportunity for them. */
  private static void whitespace(
      KeyAccount account,
      WhitespaceResult whitespace,
      List<Opportunity> opportunities,
      PipelineResult.Builder result,
      List<Reason> reasons) {
    Set<CellRef> worked = new HashSet<>();
    for (Opportunity o : opportunities) {
      if (o.stage() != OpportunityStage.LOST && o.clinicalUnit().isPresent()) {
        worked.add(CellRef.of(o.product(), o.clinicalUnit().get()));
      }
    }
    TreeSet<CellRef> in = new TreeSet<>();
    TreeSet<CellRef> unworked = new TreeSet<>();
    for (var cell : whitespace.opportunities()) {
      CellRef ref = CellRef.of(cell.product(), cell.clinicalUnit());
      (worked.contains(ref) ? in : unworked).add(ref);
    }
    if (in.isEmpty() && unworked.isEmpty()) {
      return;
    }
    result.whitespaceInPipeline(in).whitespaceUnworked(unworked);
    reasons.add(
        Reason.of(
            PipelineCode.WHITESPACE_CONVERTED,
            in.isEmpty() ? Effect.GAP : Effect.STRENGTH,
            List.of(),
            Arg.of(in.size()),
            Arg.of(in.size() + unworked.size())));
    for (CellRef cell : unworked) {
      reasons.add(
          Reason.of(
              PipelineCode.WHITESPACE_UNWORKED,
              Effect.GAP,
              List.of(cell.product(), cell.clinicalUnit()),
              product(account, cell),
              unit(account, cell),
              site(account, cell)));
    }
  }

  private static Arg ref(Objective objective) {
    return Arg.of(objective.id(), objective.title());
  }

  private static Arg ref(Opportunity opportunity) {
    return Arg.of(opportunity.id(), opportunity.name());
  }

  private static Arg product(KeyAccount account, CellRef cell) {
    return Arg.of(cell.product(), account.product(cell.product()).orElseThrow().name());
  }

  private static Arg unit(KeyAccount account, CellRef cell) {
    return Arg.of(
        cell.clinicalUnit(),
        account.account().clinicalUnit(cell.clinicalUnit()).orElseThrow().name());
  }

  /** The unit's site: units of one specialty at several sites share their name. */
  private static Arg site(KeyAccount account, CellRef cell) {
    Site site = account.account().siteOf(cell.clinicalUnit()).orElseThrow();
    return Arg.of(site.id(), site.name());
  }
}
