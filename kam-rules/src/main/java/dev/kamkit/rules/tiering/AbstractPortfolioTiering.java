package dev.kamkit.rules.tiering;

import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.PortfolioResult;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.scoring.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The tiers of a portfolio: every account's result, sorted by account id, how many sit in each
 * tier, and a warning when tier 1 holds more than the policy's share.
 */
@Value.Immutable
public abstract class AbstractPortfolioTiering implements PortfolioResult {
  // Only the generated PortfolioTiering extends this: no host subclass.
  AbstractPortfolioTiering() {}

  /** The day the portfolio was tiered as of. */
  public abstract LocalDate asOf();

  /** The version of the {@link TieringPolicy} it was tiered by. */
  public abstract String policyVersion();

  /** One result per account, sorted by account id. */
  public abstract List<TierResult> results();

  /** Portfolio-level reasons: too many tier-1 accounts, accounts left untiered. */
  public abstract List<Reason> reasons();

  /** How many accounts sit in each tier, every tier listed. */
  public Map<AccountTier, Integer> counts() {
    Map<AccountTier, Integer> counts = new EnumMap<>(AccountTier.class);
    for (AccountTier t : AccountTier.values()) {
      counts.put(t, 0);
    }
    results().forEach(r -> r.tier().ifPresent(t -> counts.merge(t, 1, Integer::sum)));
    return counts;
  }

  /** The accounts in {@code tier}, sorted by id. */
  public List<AccountId> accountsIn(AccountTier tier) {
    return results().stream()
        .filter(r -> r.tier().equals(Optional.of(tier)))
        .map(TierResult::account)
        .toList();
  }

  /** The accounts without a tier, sorted by id. */
  public List<AccountId> untiered() {
    return results().stream().filter(r -> r.tier().isEmpty()).map(TierResult::account).toList();
  }

  /** The explanation as data: one line per tier, the untiered, then the portfolio reasons. */
  @Override
  public Explanation explanation() {
    List<Explanation> lines = new ArrayList<>();
    counts()
        .forEach(
            (tier, n) ->
                lines.add(
                    Explanation.of(
                        Message.of(TieringCode.PORTFOLIO_TIER, Arg.of(tier), Arg.of(n)))));
    if (!untiered().isEmpty()) {
      lines.add(
          Explanation.of(Message.of(TieringCode.PORTFOLIO_UNTIERED, Arg.of(untiered().size()))));
    }
    reasons().forEach(r -> lines.add(AbstractTierResult.reason(r)));
    return Explanation.of(Message.of(TieringCode.PORTFOLIO, Arg.of(results().size())), lines);
  }
}
