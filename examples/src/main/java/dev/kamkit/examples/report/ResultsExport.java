package dev.kamkit.examples.report;

import dev.kamkit.json.format.AccountResults;
import dev.kamkit.json.format.ResultsDocument;
import dev.kamkit.rules.compliance.ComplianceReport;
import java.util.List;

/**
 * Turns a portfolio analysis into kam-json's {@code results} document: what a host returns from a
 * REST endpoint as it is.
 */
public final class ResultsExport {
  private ResultsExport() {}

  /** The results of every account of {@code analysis}, in its order. */
  public static ResultsDocument of(PortfolioAnalysis analysis) {
    List<AccountResults> accounts =
        analysis.accounts().stream()
            .map(
                a ->
                    AccountResults.builder(a.account().id())
                        .coverage(a.coverage())
                        .completeness(a.completeness())
                        .whitespace(a.whitespace())
                        .health(a.health())
                        .maturity(a.maturity())
                        .engagement(a.engagement())
                        .tier(a.tier())
                        .compliance(
                            ComplianceReport.builder()
                                .asOf(analysis.asOf())
                                .packs(analysis.packIds())
                                .findings(a.findings())
                                .build())
                        .build())
            .toList();
    return ResultsDocument.of(analysis.asOf(), accounts);
  }
}
