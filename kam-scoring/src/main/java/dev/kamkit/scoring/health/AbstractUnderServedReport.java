package dev.kamkit.scoring.health;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.scoring.Reason;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which accounts of a portfolio are under-served relative to their potential, on one day: every
 * account judged with its shares and reasons, the under-served ones ranked, and the accounts left
 * out because their potential is unknown.
 */
@Value.Immutable
public abstract class AbstractUnderServedReport {

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

  /** The judged account with the given id, if there is one. */
  public Optional<AccountFocus> account(AccountId id) {
    return accounts().stream().filter(a -> a.account().equals(id)).findFirst();
  }

  /** The number of high-value accounts. */
  public long highValueCount() {
    return accounts().stream().filter(AccountFocus::highValue).count();
  }

  /** A plain-text summary: the count, then one line per under-served account with its reason. */
  public String explain() {
    StringBuilder text = new StringBuilder();
    text.append(underServed().size())
        .append(" of ")
        .append(highValueCount())
        .append(" high-value accounts under-served (")
        .append(accounts().size())
        .append(" accounts judged, ")
        .append(notAssessed().size())
        .append(" left out)");
    for (AccountFocus a : underServed()) {
      text.append("\n  ").append(a.reasons().get(0).message());
    }
    for (Reason r : notes()) {
      text.append("\n  ").append(r);
    }
    for (Reason r : notAssessed()) {
      text.append("\n  ").append(r);
    }
    return text.toString();
  }
}
