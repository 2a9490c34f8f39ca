package dev.kamkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.examples.sample.SamplePortfolio;
import dev.kamkit.model.testing.MessageBundleContract;
import dev.kamkit.rules.evaluation.Kamkit;
import dev.kamkit.rules.review.AccountReview;
import dev.kamkit.rules.review.ReviewCode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The sample reviewed against its previous quarter: the review finds what the previous quarter was
 * written to show, and both reports show it.
 */
class ReviewSectionTest {
  static final PortfolioAnalysis ANALYSIS =
      PortfolioAnalysis.of(
          Kamkit.withDefaults(),
          SamplePortfolio.previousQuarter(),
          ReportArguments.DEFAULT_PREVIOUS_AS_OF,
          SamplePortfolio.portfolio(),
          ReportArguments.DEFAULT_AS_OF);

  @Test
  void theReviewFindsWhatThePreviousQuarterWasWrittenToShow() {
    AccountReview riverside =
        ANALYSIS.review().orElseThrow().accounts().stream()
            .filter(a -> a.account().value().equals("riverside-health"))
            .findFirst()
            .orElseThrow();
    for (ReviewCode code :
        List.of(
            ReviewCode.STAKEHOLDER_ADDED,
            ReviewCode.STAKEHOLDER_RETIRING,
            ReviewCode.SENTIMENT_MOVED,
            ReviewCode.ACTION_ADDED,
            ReviewCode.ACTION_OVERDUE,
            ReviewCode.ACTION_CANCELLED,
            ReviewCode.OPPORTUNITY_ADDED,
            ReviewCode.OPPORTUNITY_STAGE,
            ReviewCode.OPPORTUNITY_AMOUNT,
            ReviewCode.OPPORTUNITY_LOST)) {
      assertEquals(1, riverside.changes(code).size(), code + "\n" + riverside.explain());
    }
    assertEquals(2, riverside.changes(ReviewCode.ACTION_COMPLETED).size(), riverside::explain);
    assertEquals(2, riverside.changes(ReviewCode.RELATIONSHIP_GAINED).size(), riverside::explain);
    assertEquals(1, riverside.changes(ReviewCode.RELATIONSHIP_QUIET).size(), riverside::explain);
    assertTrue(!riverside.scores().isEmpty(), riverside::explain);
    assertEquals(ANALYSIS.accounts().size(), ANALYSIS.review().orElseThrow().accounts().size());
  }

  @Test
  void bothReportsSayWhatChanged() {
    String text = TextReport.render(ANALYSIS, Locale.ENGLISH);
    assertTrue(text.contains("== What changed since the last review of 2026-08-03 =="), text);
    assertTrue(text.contains("[worse] Dr. "), text);
    String html = HtmlReport.render(ANALYSIS, Locale.GERMAN);
    assertTrue(html.contains("<section class=\"page review\" id=\"review\">"), html);
    assertTrue(html.contains("Was sich seit dem Review vom"), html);
    String chart = ReviewSection.chart(ANALYSIS, ReportWords.in(Locale.ENGLISH));
    assertEquals(ANALYSIS.accounts().size(), count(chart, "<g class=\"review\""));
    assertTrue(chart.contains("role=\"img\""), chart);
    assertTrue(chart.contains("<title>Riverside Health System: Relationship coverage "), chart);
  }

  @Test
  void withoutAPreviousPortfolioThereIsNoSection() {
    PortfolioAnalysis alone =
        PortfolioAnalysis.of(SamplePortfolio.portfolio(), ReportArguments.DEFAULT_AS_OF);
    ReportWords words = ReportWords.in(Locale.ENGLISH);
    assertEquals("", ReviewSection.text(alone, words));
    assertEquals("", ReviewSection.html(alone, words));
    assertEquals("", ReviewSection.chart(alone, words));
  }

  @Test
  void everyWordIsTranslated() {
    MessageBundleContract.check(List.of(ReviewReportCode.values()), List.of());
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
