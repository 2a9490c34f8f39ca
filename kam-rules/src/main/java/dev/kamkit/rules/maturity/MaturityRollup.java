package dev.kamkit.rules.maturity;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.criteria.CriterionResult;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Portfolio-level maturity: how many accounts sit at each stage, and which regressed between two
 * snapshots. Both functions depend only on the set of results given, never on their order.
 */
public final class MaturityRollup {
  private MaturityRollup() {}

  /**
   * Rolls per-account results up into a portfolio view.
   *
   * @throws IllegalArgumentException if two results concern the same account
   */
  public static PortfolioMaturity summarise(Collection<MaturityResult> results) {
    return PortfolioMaturity.builder().results(byAccount(results).values()).build();
  }

  /**
   * Compares an earlier and a later snapshot of the same portfolio.
   *
   * @throws IllegalArgumentException if a snapshot holds two results for one account
   */
  public static MaturityComparison compare(
      Collection<MaturityResult> earlier, Collection<MaturityResult> later) {
    Map<AccountId, MaturityResult> before = byAccount(earlier);
    Map<AccountId, MaturityResult> after = byAccount(later);
    MaturityComparison.Builder comparison = MaturityComparison.builder();
    for (MaturityResult now : after.values()) {
      MaturityResult then = before.get(now.account());
      if (then == null) {
        comparison.addAdded(now.account());
      } else if (now.stage().isBelow(then.stage())) {
        comparison.addRegressed(change(then, now));
      } else if (then.stage().isBelow(now.stage())) {
        comparison.addAdvanced(change(then, now));
      } else {
        comparison.addUnchanged(now.account());
      }
    }
    before.keySet().stream().filter(id -> !after.containsKey(id)).forEach(comparison::addRemoved);
    return comparison.build();
  }

  private static StageChange change(MaturityResult then, MaturityResult now) {
    Set<String> counted =
        then.criteria().stream()
            .filter(CriterionResult::counts)
            .map(CriterionResult::id)
            .collect(Collectors.toSet());
    List<CriterionResult> lost =
        now.criteria().stream()
            .filter(c -> counted.contains(c.id()) && !c.counts())
            .sorted(Comparator.comparing(CriterionResult::id))
            .toList();
    return StageChange.builder()
        .account(now.account())
        .accountName(now.accountName())
        .fromStage(then.stage())
        .toStage(now.stage())
        .lost(lost)
        .build();
  }

  private static Map<AccountId, MaturityResult> byAccount(Collection<MaturityResult> results) {
    requireNonNull(results, "results");
    Map<AccountId, MaturityResult> sorted = new TreeMap<>();
    for (MaturityResult r : results) {
      if (sorted.put(r.account(), r) != null) {
        throw new IllegalArgumentException("two results for account " + r.account());
      }
    }
    return sorted;
  }
}
