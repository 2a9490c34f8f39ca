package dev.kamkit.examples.report;

import static dev.kamkit.examples.report.Html.esc;
import static dev.kamkit.examples.report.ReportWords.tenths;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.rules.review.AccountReview;
import dev.kamkit.rules.review.PortfolioReview;
import dev.kamkit.rules.review.ReviewedScore;
import dev.kamkit.rules.review.ScoreChange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What changed since the last review, in both reports: the review's explanation after the text
 * report's summary, a section of its own after the HTML overview, and in the overview a chart of
 * each account's score moves. Nothing when the portfolio was not reviewed against a previous one.
 */
final class ReviewSection {
  private static final int BAR_H = 6;
  private static final int ROW_H = ReviewedScore.values().length * (BAR_H + 1) + 10;

  private ReviewSection() {}

  /** The text report's section: a heading, then the review's explanation. */
  static String text(PortfolioAnalysis analysis, ReportWords words) {
    return analysis
        .review()
        .map(r -> "\n== " + heading(r, words) + " ==\n" + words.explain(r) + "\n")
        .orElse("");
  }

  /** The HTML report's section: the heading, then the review's explanation as nested lists. */
  static String html(PortfolioAnalysis analysis, ReportWords words) {
    return analysis
        .review()
        .map(
            r ->
                "<section class=\"page review\" id=\"review\">\n<h1>"
                    + esc(heading(r, words))
                    + "</h1>\n"
                    + PortfolioOverview.explanation(r, words)
                    + "</section>\n")
        .orElse("");
  }

  /**
   * The overview's chart: one row per account reviewed, a bar for each score's move (coverage, plan
   * completeness, whitespace, health) from a zero line, up in green to the right, down in red to
   * the left; each row's title says the moves in words.
   */
  static String chart(PortfolioAnalysis analysis, ReportWords words) {
    if (analysis.review().isEmpty()) {
      return "";
    }
    List<AccountReview> accounts = analysis.review().get().accounts();
    int zero =
        PortfolioOverview.LABEL_W + (PortfolioOverview.CHART_W - PortfolioOverview.LABEL_W) / 2;
    int half = (PortfolioOverview.CHART_W - PortfolioOverview.LABEL_W) / 2 - 8;
    String title = say(words, ReviewReportCode.CHART);
    StringBuilder svg = PortfolioOverview.open("review-chart", accounts.size() * ROW_H + 8, title);
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"2\" x2=\"%d\" y2=\"%d\" stroke=\"#595959\"/>\n",
            zero,
            zero,
            accounts.size() * ROW_H + 6));
    for (int i = 0; i < accounts.size(); i++) {
      AccountReview a = accounts.get(i);
      int y = 4 + i * ROW_H;
      List<Arg> moves = new ArrayList<>();
      StringBuilder bars = new StringBuilder();
      for (ReviewedScore score : ReviewedScore.values()) {
        Optional<BigDecimal> change =
            a.scores().stream()
                .filter(s -> s.score() == score)
                .findFirst()
                .flatMap(ScoreChange::change);
        int barY = y + 3 + score.ordinal() * (BAR_H + 1);
        if (change.isPresent() && change.get().signum() != 0) {
          BigDecimal c = change.get();
          moves.add(Arg.of(Message.of(ReviewReportCode.CHART_MOVE, Arg.of(score), tenths(c))));
          double width = Math.min(half, Math.abs(c.doubleValue()) / 100 * half * 2);
          bars.append(
              c.signum() > 0
                  ? PortfolioOverview.bar(zero, barY, width, BAR_H, "#1a7a3a")
                  : PortfolioOverview.bar(
                      (int) Math.round(zero - Math.max(1, width)), barY, width, BAR_H, "#c00000"));
        }
      }
      String name = a.accountName();
      String row =
          moves.isEmpty()
              ? say(words, ReviewReportCode.CHART_STILL, Arg.text(name))
              : say(words, ReviewReportCode.CHART_ROW, Arg.text(name), Arg.list(moves));
      svg.append(
              String.format(
                  Locale.ROOT,
                  "<g class=\"review\" data-account=\"%s\"><title>%s</title>",
                  esc(a.account().value()),
                  esc(row)))
          .append(PortfolioOverview.text(name, 2, y + 15, PortfolioOverview.LABEL_W - 8, "account"))
          .append(bars)
          .append("</g>\n");
    }
    svg.append("</svg>\n");
    return "<div class=\"charts\">\n"
        + PortfolioOverview.figure(title, svg.toString(), say(words, ReviewReportCode.CHART_LEGEND))
        + "</div>\n";
  }

  private static String heading(PortfolioReview review, ReportWords words) {
    return say(words, ReviewReportCode.HEADING, Arg.of(review.since()));
  }

  private static String say(ReportWords words, ReviewReportCode code, Arg... args) {
    return words.format(Message.of(code, args));
  }
}
