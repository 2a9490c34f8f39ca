package dev.kamkit.rules.evaluation;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explainable;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.compliance.ComplianceReport;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.engagement.SamAllocation;
import dev.kamkit.rules.tiering.PortfolioTiering;
import dev.kamkit.scoring.committee.CommitteePortfolioResult;
import dev.kamkit.scoring.health.UnderServedReport;
import dev.kamkit.scoring.pipeline.PipelineResult;
import dev.kamkit.scoring.voice.ShareOfVoicePortfolioResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Everything kamkit says about a portfolio on one day: every account's evaluation, in the
 * portfolio's order, and what only the portfolio shows: tiering across accounts, which accounts
 * strategic account management can take under its cap, the under-served accounts, committee
 * progression and share of voice across the accounts and the pipeline added up by currency.
 */
@Value.Immutable
public abstract class AbstractPortfolioEvaluation implements Explainable {
  // Only the generated PortfolioEvaluation extends this: no host subclass.
  AbstractPortfolioEvaluation() {}

  /** The day it was evaluated for. */
  public abstract LocalDate asOf();

  /** Every account's evaluation, in the portfolio's order. */
  public abstract List<AccountEvaluation> accounts();

  /** The tiers of all accounts, and whether tier 1 is crowded. */
  public abstract PortfolioTiering tiering();

  /** Which accounts strategic account management can take, and which it holds back. */
  public abstract SamAllocation sam();

  /** Accounts that get less effort than their potential warrants. */
  public abstract UnderServedReport underServed();

  /**
   * Committee progression across the accounts: the share approved and the days per stage over all
   * their submissions, and the stalled ones account by account. Its account results are those of
   * {@link #accounts()}, in account id order.
   */
  public abstract CommitteePortfolioResult committee();

  /**
   * Share of voice across the accounts: each account's result against its peers, the other accounts
   * of its tier. Its account results are those of {@link #accounts()}, in account id order.
   */
  public abstract ShareOfVoicePortfolioResult shareOfVoice();

  /**
   * The accounts' open pipelines added up, one amount per currency, in currency code order. Each
   * account's is in the currency most of its open opportunities are in (its pipeline result names
   * what it left out); amounts are not converted. Empty when no account has an open opportunity.
   */
  public List<Money> openPipeline() {
    return byCurrency(PipelineResult::openPipeline);
  }

  /**
   * The accounts' weighted pipelines added up, one amount per currency, in currency code order; as
   * {@link #openPipeline()}, each weighted by its opportunities' probabilities.
   */
  public List<Money> weightedPipeline() {
    return byCurrency(PipelineResult::weightedPipeline);
  }

  private List<Money> byCurrency(Function<PipelineResult, Optional<Money>> amount) {
    Map<String, Money> sums = new TreeMap<>();
    for (AccountEvaluation a : accounts()) {
      amount
          .apply(a.pipeline())
          .ifPresent(m -> sums.merge(m.currency().getCurrencyCode(), m, Money::plus));
    }
    return List.copyOf(sums.values());
  }

  /**
   * What only the accounts together show, each pack over the accounts it applies to: for example a
   * recipient's small transfers under one account that their aggregate across accounts makes
   * reportable under Open Payments.
   */
  public abstract ComplianceReport complianceAcrossAccounts();

  /**
   * The packs' findings about their own policies, each once however many accounts met it, in rule
   * order.
   */
  public abstract List<Finding> configuration();

  /** The evaluation of the account with {@code id}, if the portfolio holds it. */
  public Optional<AccountEvaluation> account(AccountId id) {
    return accounts().stream().filter(a -> a.account().equals(id)).findFirst();
  }

  /**
   * Every account's explanation, then the portfolio's tiering, SAM allocation, under-served
   * accounts, committee progression and share of voice against peers, the pipeline across the
   * accounts, the compliance findings across accounts and the policy settings to review, each of
   * the last three when there are any.
   */
  @Override
  public Explanation explanation() {
    List<Explanation> parts = new ArrayList<>();
    for (AccountEvaluation a : accounts()) {
      parts.add(a.explanation());
    }
    parts.add(tiering().explanation());
    parts.add(sam().explanation());
    parts.add(underServed().explanation());
    parts.add(committee().explanation());
    parts.add(shareOfVoice().explanation());
    if (!openPipeline().isEmpty()) {
      parts.add(
          Explanation.of(
              Message.of(
                  EvaluationCode.PIPELINE,
                  Arg.list(openPipeline(), Arg::of),
                  Arg.list(weightedPipeline(), Arg::of))));
    }
    if (!complianceAcrossAccounts().findings().isEmpty()) {
      parts.add(complianceAcrossAccounts().explanation());
    }
    if (!configuration().isEmpty()) {
      parts.add(Listing.of(EvaluationCode.CONFIGURATION, configuration(), Finding::line));
    }
    return Explanation.of(
        Message.of(EvaluationCode.PORTFOLIO, Arg.of(accounts().size()), Arg.of(asOf())), parts);
  }
}
