package dev.kamkit.model.explain;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.id.AccountId;
import java.time.LocalDate;
import java.util.Collection;

/**
 * What kamkit judged about one account on one day under one versioned policy: a coverage score, a
 * maturity stage, a tier, an engagement assessment.
 *
 * <p>Every such result answers the same three questions, so a host can store, compare and audit
 * results of any kind alike: which account, as of which day, and by which version of which policy.
 * The policy version changes whenever a host changes the policy (see each policy's {@code
 * version()}), so two results with the same account, day and version were judged the same way. Its
 * reasons are a {@link java.util.List}, in a stable order, and {@link #explanation()} holds them as
 * data.
 *
 * @see PortfolioResult
 */
public interface AccountResult extends Explainable {

  /** The account judged. */
  AccountId account();

  /** The day the account was judged as of. */
  LocalDate asOf();

  /** The version of the policy the account was judged by. */
  String policyVersion();

  /**
   * Checks that every one of {@code results} is as of {@code asOf}: for a portfolio result made of
   * account results already judged, which must all speak of the same day.
   *
   * @throws IllegalArgumentException naming the first result as of another day
   */
  static void requireAsOf(Collection<? extends AccountResult> results, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    for (AccountResult r : results) {
      if (!r.asOf().equals(asOf)) {
        throw new IllegalArgumentException(
            "the result for account " + r.account() + " is as of " + r.asOf() + ", not " + asOf);
      }
    }
  }

  /**
   * Checks that every one of {@code results} is as of {@code asOf} and was judged by {@code
   * policyVersion}: for a portfolio result that rolls up account results under its own policy.
   *
   * @throws IllegalArgumentException naming the first result as of another day or by another policy
   *     version
   */
  static void requireJudgedBy(
      Collection<? extends AccountResult> results, LocalDate asOf, String policyVersion) {
    requireAsOf(results, asOf);
    requireNonNull(policyVersion, "policyVersion");
    for (AccountResult r : results) {
      if (!r.policyVersion().equals(policyVersion)) {
        throw new IllegalArgumentException(
            "the result for account "
                + r.account()
                + " was judged by policy version "
                + r.policyVersion()
                + ", not "
                + policyVersion);
      }
    }
  }
}
