package dev.kamkit.examples.report;

import static dev.kamkit.examples.report.Html.esc;
import static dev.kamkit.examples.report.ReportWords.tenths;

import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explainable;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.rules.compliance.Severity;
import dev.kamkit.scoring.RagStatus;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.health.AccountFocus;
import dev.kamkit.scoring.health.UnderServedReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The first page of the HTML report, what a KAM lead looks at first on a Monday morning: the
 * portfolio table (one row per account, linking to its page), two charts drawn as inline SVG (each
 * account's relationship coverage against its potential, the under-served ones in red; health by
 * tier) and the portfolio-level results (tier 1 crowding, the strategic-account-management cap,
 * under-served accounts).
 *
 * <p>Committee submissions by stage ({@link CommitteeChart}) follow, with the committee roll-up and
 * the pipeline across the accounts in the portfolio results, and each score's move since the last
 * review ({@link ReviewSection}).
 */
final class PortfolioOverview {
  static final int CHART_W = 520;
  static final int LABEL_W = 190;
  static final int ROW_H = 30;
  private static final double FONT = 11;

  private PortfolioOverview() {}

  static String html(PortfolioAnalysis analysis, ReportWords words) {
    StringBuilder html = new StringBuilder("<section class=\"page overview\" id=\"overview\">\n");
    html.append("<h1>")
        .append(esc(words.say(ReportCode.OVERVIEW_HEADING, Arg.of(analysis.asOf()))))
        .append("</h1>\n<p>")
        .append(
            esc(
                words.say(
                    ReportCode.OVERVIEW_SUBTITLE,
                    Arg.of(analysis.accounts().size()),
                    Arg.list(analysis.packs(), p -> Arg.text(words.pack(p))))))
        .append("</p>\n");
    html.append(table(analysis, words));
    html.append("<div class=\"charts\">\n")
        .append(
            figure(
                words.say(ReportCode.CHART_COVERAGE),
                coverage(analysis, words),
                words.say(ReportCode.CHART_COVERAGE_LEGEND)))
        .append(
            figure(
                words.say(ReportCode.CHART_HEALTH),
                health(analysis, words),
                words.say(ReportCode.CHART_HEALTH_LEGEND)))
        .append("</div>\n");
    html.append("<div class=\"charts\">\n")
        .append(CommitteeChart.figure(analysis, words))
        .append("</div>\n");
    html.append(ReviewSection.chart(analysis, words));
    html.append("<h2>").append(esc(words.say(ReportCode.OVERVIEW_RESULTS))).append("</h2>\n");
    html.append("<div class=\"results\">\n")
        .append(explanation(analysis.tiering(), words))
        .append(explanation(analysis.sam(), words))
        .append(explanation(analysis.underServed(), words))
        .append(explanation(analysis.evaluation().committee(), words))
        .append(explanation(analysis.evaluation().shareOfVoice(), words));
    PipelineSection.portfolio(analysis.evaluation(), words)
        .ifPresent(
            p ->
                html.append("<ul class=\"explanation\"><li>")
                    .append(esc(p))
                    .append("</li></ul>\n"));
    html.append("</div>\n");
    return html.append("</section>\n").toString();
  }

  /** The portfolio table: one row per account, its findings counted by severity. */
  private static String table(PortfolioAnalysis analysis, ReportWords words) {
    StringBuilder html =
        new StringBuilder("<table class=\"overview\" aria-label=\"")
            .append(esc(words.say(ReportCode.OVERVIEW_TABLE)))
            .append("\">\n<thead><tr>");
    for (ReportCode column :
        List.of(
            ReportCode.LABEL_ACCOUNT,
            ReportCode.LABEL_TIER,
            ReportCode.LABEL_MATURITY,
            ReportCode.LABEL_ENGAGEMENT,
            ReportCode.LABEL_COVERAGE,
            ReportCode.LABEL_PLAN,
            ReportCode.LABEL_HEALTH,
            ReportCode.LABEL_ERRORS,
            ReportCode.LABEL_WARNINGS,
            ReportCode.LABEL_NOTES)) {
      html.append("<th scope=\"col\">").append(esc(words.say(column))).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (AccountAnalysis a : analysis.accounts()) {
      html.append("<tr><th scope=\"row\"><a href=\"#")
          .append(esc(a.account().id().value()))
          .append("\">")
          .append(esc(a.account().account().name()))
          .append("</a></th><td class=\"tier\">")
          .append(
              esc(
                  a.tier()
                      .tier()
                      .map(words::name)
                      .orElseGet(() -> words.say(ReportCode.TIER_NONE))))
          .append("</td><td>")
          .append(esc(words.format(a.maturity().stage().label())))
          .append("</td><td>")
          .append(esc(TextReport.engagementModel(a, words)))
          .append("</td><td class=\"num\">")
          .append(esc(words.say(ReportCode.SCORE, tenths(a.coverage().score().value()))))
          .append(' ')
          .append(HtmlReport.span(a.coverage().status(), words))
          .append("</td><td class=\"num\">")
          .append(esc(words.say(ReportCode.SCORE, tenths(a.completeness().score().value()))))
          .append("</td><td class=\"num\">")
          .append(esc(words.say(ReportCode.SCORE, tenths(a.health().score().value()))))
          .append(' ')
          .append(HtmlReport.span(a.health().status(), words))
          .append("</td>");
      for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
        int n = a.findings(severity).size();
        html.append("<td class=\"num")
            .append(n > 0 && severity != Severity.INFO ? " " + severity : "")
            .append("\">")
            .append(n)
            .append("</td>");
      }
      html.append("</tr>\n");
    }
    return html.append("</tbody>\n</table>\n").toString();
  }

  static String figure(String heading, String svg, String caption) {
    return "<figure class=\"chart\">\n<h2>"
        + esc(heading)
        + "</h2>\n"
        + svg
        + "<figcaption class=\"legend\">"
        + esc(caption)
        + "</figcaption>\n</figure>\n";
  }

  /**
   * Each account's potential value (its tiering score, grey) against its relationship coverage
   * (blue), both out of 100, one pair of bars per account; the accounts the under-served report
   * names are in red and marked.
   */
  static String coverage(PortfolioAnalysis analysis, ReportWords words) {
    UnderServedReport report = analysis.underServed();
    List<AccountAnalysis> accounts = analysis.accounts();
    int barMax = CHART_W - LABEL_W - 120;
    int height = accounts.size() * ROW_H + 8;
    StringBuilder svg = open("coverage-chart", height, words.say(ReportCode.CHART_COVERAGE));
    for (int i = 0; i < accounts.size(); i++) {
      AccountAnalysis a = accounts.get(i);
      String name = a.account().account().name();
      Optional<BigDecimal> potential = a.tier().score().map(Score::value);
      BigDecimal coverage = a.coverage().score().value();
      boolean under = report.account(a.account().id()).map(AccountFocus::underServed).orElse(false);
      int y = 4 + i * ROW_H;
      String title =
          potential
              .map(
                  p ->
                      words.say(
                          ReportCode.CHART_COVERAGE_ROW,
                          Arg.text(name),
                          tenths(p),
                          tenths(coverage)))
              .orElseGet(
                  () ->
                      words.say(
                          ReportCode.CHART_COVERAGE_UNTIERED, Arg.text(name), tenths(coverage)));
      svg.append(
              String.format(
                  Locale.ROOT,
                  "<g class=\"coverage%s\" data-account=\"%s\"><title>%s</title>",
                  under ? " under-served" : "",
                  esc(a.account().id().value()),
                  esc(title)))
          .append(text(name, 2, y + 18, LABEL_W - 8, under ? "account flag" : "account"));
      potential.ifPresent(
          p -> svg.append(bar(LABEL_W, y + 3, p.doubleValue() / 100 * barMax, 10, "#8c8c8c")));
      svg.append(bar(LABEL_W, y + 15, coverage.doubleValue() / 100 * barMax, 10, "#2f5d8c"));
      int right = LABEL_W + barMax + 6;
      String value =
          potential
              .map(p -> words.say(ReportCode.CHART_COVERAGE_VALUES, tenths(p), tenths(coverage)))
              .orElseGet(() -> words.say(ReportCode.SCORE, tenths(coverage)));
      svg.append(text(value, right, y + 13, CHART_W - right - 2, "value"));
      if (under) {
        svg.append(
            text(
                words.say(ReportCode.CHART_UNDER_SERVED),
                right,
                y + 26,
                CHART_W - right - 2,
                "flag"));
      }
      svg.append("</g>\n");
    }
    return svg.append("</svg>\n").toString();
  }

  /** Each account's health score as a bar in its status's colour, grouped by tier. */
  static String health(PortfolioAnalysis analysis, ReportWords words) {
    List<Optional<AccountTier>> groups = new ArrayList<>();
    for (AccountTier tier : AccountTier.values()) {
      groups.add(Optional.of(tier));
    }
    groups.add(Optional.empty());
    int rows = 0;
    for (Optional<AccountTier> g : groups) {
      long n = analysis.accounts().stream().filter(a -> a.tier().tier().equals(g)).count();
      rows += n == 0 ? 0 : (int) n + 1;
    }
    int height = rows * 22 + 8;
    int barMax = CHART_W - LABEL_W - 120;
    StringBuilder svg = open("health-chart", height, words.say(ReportCode.CHART_HEALTH));
    int y = 4;
    for (Optional<AccountTier> g : groups) {
      List<AccountAnalysis> in =
          analysis.accounts().stream().filter(a -> a.tier().tier().equals(g)).toList();
      if (in.isEmpty()) {
        continue;
      }
      String tier = g.map(words::name).orElseGet(() -> words.say(ReportCode.TIER_NONE));
      svg.append(text(tier, 2, y + 15, CHART_W - 4, "tier"));
      y += 22;
      for (AccountAnalysis a : in) {
        String name = a.account().account().name();
        RagStatus status = a.health().status();
        BigDecimal score = a.health().score().value();
        svg.append(
                String.format(
                    Locale.ROOT,
                    "<g class=\"health\" data-account=\"%s\" data-status=\"%s\"><title>%s</title>",
                    esc(a.account().id().value()),
                    status,
                    esc(
                        words.say(
                            ReportCode.CHART_HEALTH_ROW,
                            Arg.text(name),
                            tenths(score),
                            Arg.of(status)))))
            .append(text(name, 12, y + 15, LABEL_W - 16, "account"))
            .append(bar(LABEL_W, y + 5, score.doubleValue() / 100 * barMax, 12, rag(status)))
            .append(
                text(
                    words.say(ReportCode.SCORE_STATUS, tenths(score), Arg.of(status)),
                    LABEL_W + barMax + 6,
                    y + 15,
                    CHART_W - LABEL_W - barMax - 8,
                    "value"))
            .append("</g>\n");
        y += 22;
      }
    }
    return svg.append("</svg>\n").toString();
  }

  /** A RAG status's colour for a bar: at least 3:1 against white (WCAG, graphical objects). */
  static String rag(RagStatus status) {
    return switch (status) {
      case GREEN -> "#1a7a3a";
      case AMBER -> "#b06a00";
      case RED -> "#c00000";
    };
  }

  static StringBuilder open(String kind, int height, String label) {
    String id = kind + "-title";
    return new StringBuilder(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart %s\" viewBox=\"0 0 %d %d\""
                + " width=\"%d\" height=\"%d\" role=\"img\" aria-labelledby=\"%s\">"
                + "<title id=\"%s\">%s</title>\n",
            kind,
            CHART_W,
            height,
            CHART_W,
            height,
            id,
            id,
            esc(label)));
  }

  /** A line of text that fits {@code width} pixels from {@code x}, cut with an ellipsis if not. */
  static String text(String words, int x, int y, int width, String kind) {
    return String.format(
        Locale.ROOT,
        "<text class=\"%s fits\" x=\"%d\" y=\"%d\" data-box-x=\"%d\" data-box-w=\"%d\">%s</text>",
        kind,
        x,
        y,
        x,
        width,
        esc(SvgText.fit(words, width, FONT, kind.contains("flag") || kind.equals("tier"))));
  }

  static String bar(int x, int y, double width, int height, String fill) {
    return String.format(
        Locale.ROOT,
        "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
        x,
        y,
        Math.max(1, width),
        height,
        fill);
  }

  /** A portfolio result's explanation as nested lists: its summary, then its details. */
  static String explanation(Explainable result, ReportWords words) {
    return "<ul class=\"explanation\">" + item(result.explanation(), words) + "</ul>\n";
  }

  private static String item(Explanation e, ReportWords words) {
    StringBuilder html = new StringBuilder("<li>").append(esc(words.format(e.line())));
    if (!e.details().isEmpty()) {
      html.append("<ul>");
      for (Explanation d : e.details()) {
        html.append(item(d, words));
      }
      html.append("</ul>");
    }
    return html.append("</li>").toString();
  }
}
