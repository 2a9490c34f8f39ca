package dev.kamkit.scoring.health;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.PortfolioResult;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.scoring.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which accounts of a portfolio are under-served relative to their potential, on one day: every
 * account judged with its shares and reasons, the under-served ones ranked, and the accounts left
 * out because their potential is unknown. {@link #explain()} words it in English, {@link
 * #explain(java.util.Locale)} in German or French.
 */
@Value.Immutable
public abstract class AbstractUnderServedReport implements PortfolioResult {
  // Only the generated UnderServedReport extends this: no host subclass.
  AbstractUnderServedReport() {}

  /** The day it was assessed for. */
  public abstract LocalDate asOf();

  /** The portfolio's potential: the sum over the accounts judged. */
  public abstract Money totalPotential();

  /** The portfolio's completed interactions in the window, over the accounts judged. */
  public abstract int totalInteractions();

  /** Every account whose potential is known, sorted by id. */
  public abstract List<AccountFocus> accounts();

  /**
   * The under-served accounts, most under-served first: lowest focus, then the largest shortfall,
   * then by id.
   */
  public abstract List<AccountFocus> underServed();

  /** One reason per account left out because its potential is unknown, sorted by account id. */
  public abstract List<Reason> notAssessed();

  /** Remarks on the portfolio as a whole, such as no activity anywhere in the window. */
  public abstract List<Reason> notes();

  /** The policy that produced it. */
  public abstract UnderServedPolicy policy();

  /** The version of the policy the result was computed with, as every kamkit result carries. */
  public String policyVersion() {
    return policy().version();
  }

  /** The judged account with the given id, if there is one. */
  public Optional<AccountFocus> account(AccountId id) {
    return accounts().stream().filter(a -> a.account().equals(id)).findFirst();
  }

  /** The number of high-value accounts. */
  public long highValueCount() {
    return accounts().stream().filter(AccountFocus::highValue).count();
  }

  /**
   * The explanation as data: the count of under-served high-value accounts, then the reason of each
   * under-served account, most under-served first, then the notes on the portfolio and the accounts
   * left out, each with its effect.
   */
  @Override
  public Explanation explanation() {
    List<Explanation> details = new ArrayList<>();
    for (AccountFocus a : underServed()) {
      details.add(Explanation.of(a.reasons().get(0).message()));
    }
    for (Reason r : notes()) {
      details.add(Explanation.of(r.line()));
    }
    for (Reason r : notAssessed()) {
      details.add(Explanation.of(r.line()));
    }
    return Explanation.of(
        Message.of(
            HealthCode.UNDER_SERVED_SUMMARY,
            Arg.of(underServed().size()),
            Arg.of(highValueCount()),
            Arg.of(accounts().size()),
            Arg.of(notAssessed().size())),
        details);
  }
}
