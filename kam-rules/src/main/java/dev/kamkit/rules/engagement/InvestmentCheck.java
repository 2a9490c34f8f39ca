package dev.kamkit.rules.engagement;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Flags a portfolio that spreads effort evenly over accounts of unequal potential (Prolifiq,
 * "Pharma Key Account Management": a programme that spreads effort evenly across 40 accounts
 * underinvests in the 8 that drive most of the value; Veeva Business Consulting, "Unlocking True
 * KAM Transformation", figure 2: one-size-fits-all versus differentiated investment).
 *
 * <pre>{@code
 * InvestmentResult spread = InvestmentCheck.withDefaults().check(portfolio, assessments, asOf);
 * if (spread.evenSpread()) { ... spread.underinvested() ... }
 * }</pre>
 *
 * <p>The accounts whose potential value is placed are ranked by it (ties by id); the top {@link
 * SamPolicy#topShare()} of them (rounded up) are the top accounts. Concentration is their share of
 * the effort divided by their share of the accounts: 1 when effort is even. Below {@link
 * SamPolicy#minConcentration()} the portfolio is flagged, and every top account whose effort is no
 * more than the median of the others is named. Effort comes from the data ({@link
 * SamPolicy#effortMeasure()}) or from the host (FTEs, call plans, spend). The result does not
 * depend on the order of accounts or assessments. Instances are immutable and thread-safe.
 */
public final class InvestmentCheck {
  private final SamPolicy policy;

  private InvestmentCheck(SamPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  /** A check using {@code policy}. */
  public static InvestmentCheck of(SamPolicy policy) {
    return new InvestmentCheck(policy);
  }

  /** A check using {@link SamPolicy#defaults()}. */
  public static InvestmentCheck withDefaults() {
    return new InvestmentCheck(SamPolicy.defaults());
  }

  /** Checks the portfolio with effort read from its data as the policy says. */
  public InvestmentResult check(
      Portfolio portfolio, Collection<EngagementAssessment> assessments, LocalDate asOf) {
    requireNonNull(portfolio, "portfolio");
    requireNonNull(asOf, "asOf");
    Map<AccountId, BigDecimal> effort = new TreeMap<>();
    for (KeyAccount a : portfolio.accounts()) {
      effort.put(a.id(), BigDecimal.valueOf(effortOf(a, asOf)));
    }
    Message measure =
        policy.effortMeasure() == EffortMeasure.INTERACTIONS
            ? Message.of(EngagementCode.EFFORT_INTERACTIONS, Arg.of(policy.effortWindowDays()))
            : Message.of(EngagementCode.EFFORT_TEAM_MEMBERS);
    return check(assessments, effort, measure, asOf);
  }

  /**
   * Checks the portfolio with effort the host supplies per account (FTEs, planned calls, spend).
   * Accounts without an effort entry count as zero effort.
   *
   * @param measure what the effort counts, in the host's words, for the explanation
   * @param asOf the day the assessments and the effort are as of
   * @throws IllegalArgumentException if an assessment is as of another day
   */
  public InvestmentResult check(
      Collection<EngagementAssessment> assessments,
      Map<AccountId, BigDecimal> effort,
      String measure,
      LocalDate asOf) {
    return check(
        assessments, effort, Message.of(EngagementCode.EFFORT_HOST, Arg.text(measure)), asOf);
  }

  private InvestmentResult check(
      Collection<EngagementAssessment> assessments,
      Map<AccountId, BigDecimal> effort,
      Message measure,
      LocalDate asOf) {
    requireNonNull(assessments, "assessments");
    requireNonNull(effort, "effort");
    AccountResult.requireAsOf(assessments, asOf);
    Map<AccountId, BigDecimal> byAccount = new TreeMap<>();
    assessments.forEach(
        a -> byAccount.put(a.account(), effort.getOrDefault(a.account(), BigDecimal.ZERO)));
    List<EngagementAssessment> ranked =
        assessments.stream()
            .filter(a -> a.value().value().isPresent())
            .sorted(
                Comparator.comparing((EngagementAssessment a) -> a.value().value().orElseThrow())
                    .reversed()
                    .thenComparing(EngagementAssessment::account))
            .toList();
    InvestmentResult.Builder result =
        InvestmentResult.builder()
            .asOf(asOf)
            .effort(byAccount)
            .effortMeasure(measure)
            .policyVersion(policy.version());
    assessments.stream()
        .filter(a -> a.value().value().isEmpty())
        .map(EngagementAssessment::account)
        .sorted()
        .forEach(result::addNotRanked);
    int n = ranked.size();
    int top = topCount(n);
    List<AccountId> topIds =
        ranked.subList(0, top).stream().map(EngagementAssessment::account).toList();
    List<BigDecimal> all = ranked.stream().map(a -> byAccount.get(a.account())).toList();
    result.topAccounts(topIds).medianEffort(median(all));
    BigDecimal total = all.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (n < policy.minAccountsForSpread() || total.signum() == 0) {
      Reason why =
          n < policy.minAccountsForSpread()
              ? Reason.of(
                  EngagementCode.INVESTMENT_TOO_FEW,
                  Effect.GAP,
                  List.of(),
                  Arg.of(n),
                  Arg.of(policy.minAccountsForSpread()))
              : Reason.of(EngagementCode.INVESTMENT_NO_EFFORT, Effect.GAP, List.of());
      return result.evenSpread(false).addReason(why).build();
    }
    BigDecimal topEffort = all.subList(0, top).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal concentration =
        topEffort
            .multiply(BigDecimal.valueOf(n))
            .divide(total.multiply(BigDecimal.valueOf(top)), 2, RoundingMode.HALF_EVEN);
    BigDecimal restMedian = median(all.subList(top, n));
    List<AccountId> under = new ArrayList<>();
    for (int i = 0; i < top; i++) {
      if (all.get(i).compareTo(restMedian) <= 0) {
        under.add(ranked.get(i).account());
      }
    }
    boolean even = concentration.compareTo(policy.minConcentration()) < 0;
    result.concentration(Optional.of(concentration)).evenSpread(even).underinvested(under);
    result.addReason(
        Reason.of(
            even ? EngagementCode.INVESTMENT_EVEN_SPREAD : EngagementCode.INVESTMENT_DIFFERENTIATED,
            even ? Effect.RISK : Effect.STRENGTH,
            topIds,
            Arg.of(top),
            Arg.of(n),
            Arg.of(percent(topEffort, total)),
            Arg.of(percent(BigDecimal.valueOf(top), BigDecimal.valueOf(n))),
            Arg.of(concentration),
            Arg.of(policy.minConcentration())));
    if (!under.isEmpty()) {
      result.addReason(
          Reason.of(
              EngagementCode.INVESTMENT_UNDERINVESTED,
              Effect.GAP,
              under,
              Arg.of(under.size()),
              Arg.of(restMedian),
              Arg.list(under, Arg::of)));
    }
    return result.build();
  }

  /** How many accounts of {@code n} are top accounts: the top share, rounded up, at least one. */
  int topCount(int n) {
    if (n == 0) {
      return 0;
    }
    int top =
        policy
            .topShare()
            .multiply(BigDecimal.valueOf(n))
            .setScale(0, RoundingMode.CEILING)
            .intValue();
    return Math.max(1, Math.min(n, top));
  }

  private long effortOf(KeyAccount a, LocalDate asOf) {
    if (policy.effortMeasure() == EffortMeasure.TEAM_MEMBERS) {
      return a.team().stream().filter(m -> m.isActiveOn(asOf)).count();
    }
    LocalDate from = asOf.minusDays(policy.effortWindowDays());
    return a.interactions().stream()
        .filter(i -> i.status() == InteractionStatus.COMPLETED)
        .filter(i -> !i.date().isAfter(asOf) && i.date().isAfter(from))
        .count();
  }

  private static BigDecimal median(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return BigDecimal.ZERO;
    }
    List<BigDecimal> sorted = values.stream().sorted().toList();
    int mid = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(mid)
        : sorted
            .get(mid - 1)
            .add(sorted.get(mid))
            .divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_EVEN);
  }

  /** {@code part} as a whole percentage of {@code whole}, rounded half-even. */
  private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_EVEN);
  }
}
