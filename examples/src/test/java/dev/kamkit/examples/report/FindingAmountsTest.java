package dev.kamkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.examples.sample.SamplePortfolio;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Compliance findings state amounts to the cent, as a disclosure does, while the rest of the report
 * abbreviates them: at Northfield the chief of oncology's Open Payments total is {@code 2,050.00
 * USD}, not {@code $2K}, which would hide the $50 dinner share that the Massachusetts threshold
 * turns on.
 */
class FindingAmountsTest {
  private static final PortfolioAnalysis ANALYSIS =
      PortfolioAnalysis.of(SamplePortfolio.portfolio(), ReportArguments.DEFAULT_AS_OF);

  private static AccountAnalysis northfield() {
    return ANALYSIS.accounts().stream()
        .filter(a -> a.account().id().value().equals("northfield-health"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void findingsStateAmountsInFullInEveryLanguage() {
    AccountAnalysis a = northfield();
    String html = HtmlReport.page(a, ANALYSIS, ReportWords.in(Locale.ENGLISH));
    String findings = html.substring(html.indexOf("<table class=\"score findings\">"));
    assertTrue(findings.contains("2,050.00\u00a0USD of 2,050.00\u00a0USD"), findings);
    assertFalse(findings.contains("$2K"), findings);
    String text = TextReport.details(a, Locale.ENGLISH);
    assertTrue(text.contains("2,050.00\u00a0USD of 2,050.00\u00a0USD"), text);
    String german = TextReport.details(a, Locale.GERMAN);
    assertTrue(german.contains("2.050,00\u00a0USD"), german);
    // elsewhere the report abbreviates: the whitespace grid's values ($180K, not 180,000.00 USD)
    ReportMoney money = new ReportMoney(Locale.ENGLISH);
    List<String> values =
        a.account().whitespace().stream()
            .flatMap(c -> c.estimatedValue().stream())
            .map(money::compact)
            .toList();
    assertFalse(values.isEmpty());
    for (String value : values) {
      assertTrue(value.matches("\\$\\d+K"), value);
      assertTrue(html.contains(value), value);
    }
  }
}
