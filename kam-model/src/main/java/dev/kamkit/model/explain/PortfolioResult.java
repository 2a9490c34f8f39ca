package dev.kamkit.model.explain;

import java.time.LocalDate;

/**
 * What kamkit judged about a portfolio of accounts on one day under one versioned policy: the
 * tiering, the maturity roll-up, the SAM allocation under its cap, the under-served accounts.
 *
 * <p>The portfolio counterpart of {@link AccountResult}: the day and the policy version, so results
 * of every kind are stored, compared and audited alike.
 */
public interface PortfolioResult extends Explainable {

  /** The day the portfolio was judged as of. */
  LocalDate asOf();

  /** The version of the policy the portfolio was judged by. */
  String policyVersion();
}
