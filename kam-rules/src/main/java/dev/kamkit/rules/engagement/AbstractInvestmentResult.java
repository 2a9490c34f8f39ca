package dev.kamkit.rules.engagement;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.PortfolioResult;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether a portfolio invests differentially (Prolifiq, "Pharma Key Account Management"; Veeva
 * Business Consulting, "Unlocking True KAM Transformation", figure 2): the effort on each account,
 * the top accounts by potential value, how concentrated effort is on them, whether it is spread
 * evenly, and which top accounts get no more than the rest.
 */
@Value.Immutable
public abstract class AbstractInvestmentResult implements PortfolioResult {
  // Only the generated InvestmentResult extends this: no host subclass.
  AbstractInvestmentResult() {}

  /** The day the portfolio was checked as of. */
  public abstract LocalDate asOf();

  /** Effort per account, sorted by account id. */
  public abstract Map<AccountId, BigDecimal> effort();

  /**
   * What the effort counts: {@code engagement.effort.interactions} ({@code "completed interactions
   * in 365 days"}), {@code engagement.effort.team-members}, or the host's words ({@code
   * engagement.effort.host}).
   */
  public abstract Message effortMeasure();

  /** The top accounts by potential value, highest first. */
  public abstract List<AccountId> topAccounts();

  /** Accounts left out because their potential value could not be placed, sorted by id. */
  public abstract List<AccountId> notRanked();

  /** The top accounts' share of effort over their share of accounts; empty when not judged. */
  public abstract Optional<BigDecimal> concentration();

  /** True if effort is spread evenly: the top accounts are underinvested. */
  public abstract boolean evenSpread();

  /** Top accounts whose effort is no more than the median of the other accounts. */
  public abstract List<AccountId> underinvested();

  /** The median effort over the ranked accounts. */
  public abstract BigDecimal medianEffort();

  /** Why the portfolio was flagged or not, or why it could not be judged. */
  public abstract List<Reason> reasons();

  /** The version of the policy that judged it. */
  public abstract String policyVersion();

  /**
   * The accounts, the effort measure, the policy and the verdict (effort spread evenly, following
   * potential, or not judged), then each reason.
   */
  @Override
  public Explanation explanation() {
    EngagementCode headline =
        evenSpread()
            ? EngagementCode.INVESTMENT_HEADLINE_EVEN
            : concentration().isPresent()
                ? EngagementCode.INVESTMENT_HEADLINE_FOLLOWS
                : EngagementCode.INVESTMENT_HEADLINE_NOT_JUDGED;
    return Explanation.of(
        Message.of(
            headline, Arg.of(effort().size()), Arg.of(effortMeasure()), Arg.text(policyVersion())),
        reasons().stream().map(r -> Explanation.of(r.line())).toList());
  }
}
