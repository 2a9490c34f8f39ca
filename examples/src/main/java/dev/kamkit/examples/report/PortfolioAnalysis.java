package dev.kamkit.examples.report;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RulePack;
import dev.kamkit.rules.engagement.SamAllocation;
import dev.kamkit.rules.evaluation.Kamkit;
import dev.kamkit.rules.evaluation.PortfolioEvaluation;
import dev.kamkit.rules.review.PortfolioReview;
import dev.kamkit.rules.tiering.PortfolioTiering;
import dev.kamkit.scoring.health.UnderServedReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A portfolio as the report shows it: each account with what {@link Kamkit} says about it, in the
 * portfolio's order, and the portfolio-level results (tiering, the strategic-account-management
 * cap, under-served accounts, findings about the compliance policies).
 *
 * @param asOf the day everything is judged for
 * @param accounts one analysis per account, in the portfolio's order
 * @param evaluation the evaluation of the whole portfolio
 * @param packs the compliance packs that apply to at least one account, in the evaluator's order
 * @param review what changed since the last review, when the portfolio was reviewed against one
 */
public record PortfolioAnalysis(
    LocalDate asOf,
    List<AccountAnalysis> accounts,
    PortfolioEvaluation evaluation,
    List<RulePack> packs,
    Optional<PortfolioReview> review) {

  /** Copies the lists. */
  public PortfolioAnalysis {
    accounts = List.copyOf(accounts);
    packs = List.copyOf(packs);
  }

  /** An analysis without a review. */
  public PortfolioAnalysis(
      LocalDate asOf,
      List<AccountAnalysis> accounts,
      PortfolioEvaluation evaluation,
      List<RulePack> packs) {
    this(asOf, accounts, evaluation, packs, Optional.empty());
  }

  /**
   * Analyses {@code portfolio} as of {@code asOf} with {@code kamkit}'s policies, and reviews it
   * against {@code previous} as it stood at the last review, on {@code since}.
   */
  public static PortfolioAnalysis of(
      Kamkit kamkit, Portfolio previous, LocalDate since, Portfolio portfolio, LocalDate asOf) {
    PortfolioAnalysis now = of(kamkit, portfolio, asOf);
    PortfolioReview review =
        kamkit.review(previous, kamkit.evaluate(previous, since), portfolio, now.evaluation());
    return new PortfolioAnalysis(
        now.asOf(), now.accounts(), now.evaluation(), now.packs(), Optional.of(review));
  }

  /** Analyses {@code portfolio} as of {@code asOf} with every default policy. */
  public static PortfolioAnalysis of(Portfolio portfolio, LocalDate asOf) {
    return of(Kamkit.withDefaults(), portfolio, asOf);
  }

  /** Analyses {@code portfolio} as of {@code asOf} with {@code kamkit}'s policies. */
  public static PortfolioAnalysis of(Kamkit kamkit, Portfolio portfolio, LocalDate asOf) {
    requireNonNull(portfolio, "portfolio");
    PortfolioEvaluation evaluation = kamkit.evaluate(portfolio, asOf);
    List<AccountAnalysis> accounts = new ArrayList<>();
    for (KeyAccount account : portfolio.accounts()) {
      accounts.add(new AccountAnalysis(account, evaluation.account(account.id()).orElseThrow()));
    }
    List<RulePack> packs = new ArrayList<>();
    for (RulePack pack : kamkit.packs()) {
      if (accounts.stream().anyMatch(a -> a.packs().contains(pack.id()))) {
        packs.add(pack);
      }
    }
    return new PortfolioAnalysis(asOf, accounts, evaluation, packs);
  }

  /** The portfolio's tiers and any warning that tier 1 is crowded. */
  public PortfolioTiering tiering() {
    return evaluation.tiering();
  }

  /** Which accounts strategic account management can take, and which it holds back. */
  public SamAllocation sam() {
    return evaluation.sam();
  }

  /** Accounts that get less effort than their potential warrants. */
  public UnderServedReport underServed() {
    return evaluation.underServed();
  }

  /** Findings about the compliance policies themselves, once each, for whoever administers them. */
  public List<Finding> configuration() {
    return evaluation.configuration();
  }

  /** The analysis of the account with {@code id}. */
  public AccountAnalysis account(AccountId id) {
    return accounts.stream()
        .filter(a -> a.account().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no account " + id));
  }
}
