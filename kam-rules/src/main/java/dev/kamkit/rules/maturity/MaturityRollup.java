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
 * Two maturity snapshots of a portfolio compared: which accounts regressed and what they lost,
 * which advanced, which joined or left. Snapshots come from {@link MaturityClassifier#classifyAll}
 * or {@link MaturityClassifier#summarise}; the comparison does not depend on the order of results.
 */
public final class MaturityRollup {
  private MaturityRollup() {}

  /**
   * Compares an earlier and a later snapshot of the same portfolio, both classified under one
   * policy version: a stage that moved because the policy changed is not a regression of the
   * account, so re-classify the earlier snapshot under the current policy first.
   *
   * @throws IllegalArgumentException if the snapshots were classified under different policy
   *     versions, or the earlier one is as of a later day than the later one (the same day is fine:
   *     a what-if compares two versions of the data on one day)
   */
  public static MaturityComparison compare(PortfolioMaturity earlier, PortfolioMaturity later) {
    requireNonNull(earlier, "earlier");
    requireNonNull(later, "later");
    if (!earlier.policyVersion().equals(later.policyVersion())) {
      throw new IllegalArgumentException(
          "snapshots classified under policy versions "
              + earlier.policyVersion()
              + " and "
              + later.policyVersion()
              + " cannot be compared; classify both under one policy");
    }
    if (earlier.asOf().isAfter(later.asOf())) {
      throw new IllegalArgumentException(
          "the earlier snapshot ("
              + earlier.asOf()
              + ") is after the later ("
              + later.asOf()
              + ")");
    }
    Map<AccountId, MaturityResult> before = byAccount(earlier.results());
    Map<AccountId, MaturityResult> after = byAccount(later.results());
    MaturityComparison.Builder comparison =
        MaturityComparison.builder()
            .since(earlier.asOf())
            .asOf(later.asOf())
            .policyVersion(later.policyVersion());
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

  static Map<AccountId, MaturityResult> byAccount(Collection<MaturityResult> results) {
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
