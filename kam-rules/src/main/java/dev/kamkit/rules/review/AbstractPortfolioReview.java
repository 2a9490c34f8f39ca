package dev.kamkit.rules.review;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.PortfolioResult;
import dev.kamkit.model.id.AccountId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What changed in a portfolio between the last review and now: the accounts that joined or left it,
 * and the review of every account in both, matched by id.
 */
@Value.Immutable
public abstract class AbstractPortfolioReview implements PortfolioResult {
  // Only the generated PortfolioReview extends this: no host subclass.
  AbstractPortfolioReview() {}

  /** The day of the last review. */
  public abstract LocalDate since();

  /** The day reviewed. */
  @Override
  public abstract LocalDate asOf();

  /** The policy it was reviewed by. */
  public abstract ReviewPolicy policy();

  /** The version of the policy. */
  @Override
  public String policyVersion() {
    return policy().version();
  }

  /**
   * The accounts that joined or left the portfolio ({@link ReviewCode#ACCOUNT_ADDED}, {@link
   * ReviewCode#ACCOUNT_REMOVED}), added first, each by account id.
   */
  public abstract List<ReviewChange> membership();

  /** The review of each account in both snapshots, in the current portfolio's order. */
  public abstract List<AccountReview> accounts();

  /**
   * @throws IllegalArgumentException if an account is reviewed twice, or an account's review is of
   *     other days or by another policy than this one: one review, not several put together
   */
  @Value.Check
  protected void check() {
    Set<AccountId> seen = new HashSet<>();
    for (AccountReview a : accounts()) {
      if (!seen.add(a.account())) {
        throw new IllegalArgumentException("a portfolio review reviews " + a.account() + " twice");
      }
      if (!a.since().equals(since()) || !a.asOf().equals(asOf()) || !a.policy().equals(policy())) {
        throw new IllegalArgumentException(
            "the review of "
                + a.account()
                + " from "
                + a.since()
                + " to "
                + a.asOf()
                + " by policy "
                + a.policyVersion()
                + " cannot be part of a portfolio review from "
                + since()
                + " to "
                + asOf()
                + " by policy "
                + policyVersion());
      }
    }
  }

  /** The review of the account with {@code id}, if it was in both snapshots. */
  public Optional<AccountReview> account(AccountId id) {
    return accounts().stream().filter(a -> a.account().equals(id)).findFirst();
  }

  /** The accounts where something changed. */
  public List<AccountReview> changed() {
    return accounts().stream().filter(a -> !a.isEmpty()).toList();
  }

  /** Every change counted: membership and each account's. */
  public int size() {
    return membership().size() + accounts().stream().mapToInt(AccountReview::size).sum();
  }

  /** The headline, then the accounts that joined or left, then each account's review. */
  @Override
  public Explanation explanation() {
    List<Explanation> lines = new ArrayList<>();
    membership().forEach(c -> lines.add(Explanation.of(c.line())));
    accounts().forEach(a -> lines.add(a.explanation()));
    return Explanation.of(
        Message.of(
            ReviewCode.PORTFOLIO,
            Arg.of(since()),
            Arg.of(accounts().size()),
            Arg.of(changed().size()),
            Arg.of(size())),
        lines);
  }
}
