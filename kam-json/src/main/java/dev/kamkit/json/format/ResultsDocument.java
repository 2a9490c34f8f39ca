package dev.kamkit.json.format;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.evaluation.PortfolioEvaluation;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A results document, {@code "kamkit": "results"}: the scores, classifications and findings a host
 * computed for some accounts on one day, to return as they are (from a REST endpoint, say).
 *
 * <p>Results are outputs: the coverage, completeness and health results embed the policy that
 * produced them, which the format does not carry, so those are held as {@link CoverageView}, {@link
 * CompletenessView} and {@link HealthView}; every other result is held, and read back, as the
 * result type itself. Reasons, findings and every other worded part of a result are written as
 * message codes with typed arguments (since format 2.0) and read back equal. See {@code
 * docs/json-format.md}, "Results document".
 *
 * @param asOf the day every result is for
 * @param accounts the results per account; each account at most once
 * @param portfolio the results of the portfolio as a whole; empty when not computed (format 2.1)
 * @param version the format version; see {@link KamDocument#version()}
 * @param unknownProperties see {@link KamDocument#unknownProperties()}
 */
public record ResultsDocument(
    LocalDate asOf,
    List<AccountResults> accounts,
    Optional<PortfolioResults> portfolio,
    FormatVersion version,
    UnknownProperties unknownProperties)
    implements KamDocument {

  /**
   * Checks that no component is null, that each account appears once and that every result, the
   * portfolio's included, is for {@code asOf}.
   *
   * @throws IllegalArgumentException if an account appears twice or a result is for another day
   */
  public ResultsDocument {
    requireNonNull(asOf, "asOf");
    accounts = List.copyOf(accounts);
    requireNonNull(portfolio, "portfolio");
    requireNonNull(version, "version");
    requireNonNull(unknownProperties, "unknownProperties");
    Set<AccountId> seen = new HashSet<>();
    for (AccountResults a : accounts) {
      if (!seen.add(a.account())) {
        throw new IllegalArgumentException("account " + a.account() + " appears twice");
      }
      for (LocalDate day : a.asOfs()) {
        if (!day.equals(asOf)) {
          throw new IllegalArgumentException(
              "a result of account " + a.account() + " is for " + day + ", not " + asOf);
        }
      }
    }
    for (LocalDate day : portfolio.map(PortfolioResults::asOfs).orElse(List.of())) {
      if (!day.equals(asOf)) {
        throw new IllegalArgumentException(
            "a result of the portfolio is for " + day + ", not " + asOf);
      }
    }
  }

  /** A new document of the current version, without portfolio results. */
  public static ResultsDocument of(LocalDate asOf, List<AccountResults> accounts) {
    return of(asOf, accounts, Optional.empty());
  }

  /** A new document of the current version. */
  public static ResultsDocument of(
      LocalDate asOf, List<AccountResults> accounts, Optional<PortfolioResults> portfolio) {
    return new ResultsDocument(
        asOf, accounts, portfolio, DocumentKind.RESULTS.currentVersion(), UnknownProperties.none());
  }

  /**
   * The results of every account of a portfolio's evaluation, in its order, and those of the
   * portfolio as a whole.
   */
  public static ResultsDocument of(PortfolioEvaluation evaluation) {
    return of(
        evaluation.asOf(),
        evaluation.accounts().stream().map(AccountResults::of).toList(),
        Optional.of(PortfolioResults.of(evaluation)));
  }

  /** A new document of the current version. */
  public static ResultsDocument of(LocalDate asOf, AccountResults... accounts) {
    return of(asOf, List.of(accounts));
  }

  /** Always {@link DocumentKind#RESULTS}. */
  @Override
  public DocumentKind kind() {
    return DocumentKind.RESULTS;
  }
}
