package dev.kamkit.examples.report;

import dev.kamkit.json.format.ResultsDocument;

/**
 * Turns a portfolio analysis into kam-json's {@code results} document: what a host returns from a
 * REST endpoint as it is.
 */
public final class ResultsExport {
  private ResultsExport() {}

  /** The results of every account of {@code analysis}, in its order. */
  public static ResultsDocument of(PortfolioAnalysis analysis) {
    return ResultsDocument.of(analysis.evaluation());
  }
}
