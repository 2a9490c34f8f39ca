package dev.kamkit.rules.evaluation;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explainable;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.compliance.ComplianceReport;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.engagement.SamAllocation;
import dev.kamkit.rules.tiering.PortfolioTiering;
import dev.kamkit.scoring.health.UnderServedReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything kamkit says about a portfolio on one day: every account's evaluation, in the
 * portfolio's order, and what only the portfolio shows: tiering across accounts, which accounts
 * strategic account management can take under its cap, and the under-served accounts.
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
   * Every account's explanation, then the portfolio's tiering, SAM allocation and under-served
   * accounts, the compliance findings across accounts and the policy settings to review, each when
   * there are any.
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
