package dev.kamkit.examples.report;

import static dev.kamkit.examples.report.Html.esc;

import dev.kamkit.model.explain.Messages;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.ScoreComponent;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The HTML portfolio report: one self-contained file, no scripts and no network, one printable page
 * per account with its summary, the relationship map drawn as a graph ({@link RelationshipGraph}),
 * the whitespace grid as a heat map ({@link WhitespaceHeatMap}), coverage and completeness with
 * their reasons, the compliance findings and the top next actions.
 */
public final class HtmlReport {
  private static final String STYLE =
      """
      body{font-family:system-ui,-apple-system,Segoe UI,Helvetica,Arial,sans-serif;margin:24px;\
      color:#222;max-width:1100px}
      section.page{page-break-after:always;border-top:3px solid #3b6ea5;padding-top:8px;\
      margin-bottom:48px}
      h1{font-size:22px;margin:4px 0}h2{font-size:16px;margin:18px 0 6px;color:#3b6ea5}
      table.summary td,table.summary th{padding:2px 10px 2px 0;text-align:left;font-size:13px}
      table.score{border-collapse:collapse;font-size:13px;width:100%}
      table.score td{padding:2px 6px;vertical-align:top;border-bottom:1px solid #eee}
      .bar{background:#eee;width:120px;height:10px;display:inline-block}
      .bar span{background:#3b6ea5;height:10px;display:block}
      .GREEN{color:#1a7a3a;font-weight:bold}.AMBER{color:#b36b00;font-weight:bold}
      .RED{color:#c00;font-weight:bold}
      .RISK{color:#c00}.GAP{color:#b36b00}.STRENGTH{color:#1a7a3a}
      .ERROR{color:#c00;font-weight:bold}.WARNING{color:#b36b00}.INFO{color:#555}
      svg text{font-size:11px}svg text.name{font-weight:600}svg text.sub{fill:#444;font-size:10px}
      svg text.col{font-weight:700;font-size:13px}svg text.value{font-size:11px}
      .legend{font-size:12px;color:#444}
      .swatch{display:inline-block;width:12px;height:12px;margin:0 3px 0 8px;\
      vertical-align:middle;border:1px solid #999}
      ul.reasons{margin:2px 0 2px 0;padding-left:18px}
      """;

  private HtmlReport() {}

  /** The whole report as one HTML document. */
  public static String render(PortfolioAnalysis analysis) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>kamkit portfolio report as of ")
        .append(analysis.asOf())
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    for (AccountAnalysis account : analysis.accounts()) {
      html.append(page(account, analysis));
    }
    return html.append("</body>\n</html>\n").toString();
  }

  /** One account's page. */
  public static String page(AccountAnalysis a, PortfolioAnalysis analysis) {
    StringBuilder html = new StringBuilder();
    html.append("<section class=\"page\" id=\"")
        .append(esc(a.account().id().value()))
        .append("\">\n<h1>")
        .append(esc(a.account().account().name()))
        .append("</h1>\n<p>")
        .append(esc(RelationshipGraph.label(a.account().account().kind().name())))
        .append(", as of ")
        .append(analysis.asOf())
        .append("</p>\n");
    html.append(summary(a));
    html.append("<h2>Relationship map</h2>\n")
        .append(
            RelationshipGraph.svg(
                a.account(), analysis.asOf(), a.coverage().policy().activeWithinDays()))
        .append(
            "<p class=\"legend\">Fill: sentiment"
                + swatch("#66bd63", "advocate")
                + swatch("#b8e186", "supporter")
                + swatch("#f7f7c4", "neutral")
                + swatch("#fdae61", "sceptic")
                + swatch("#f46d43", "detractor")
                + swatch("#e0e0e0", "unknown")
                + ". Roles: EB economic buyer, TB technical buyer, CC clinical champion, U user, B"
                + " blocker, C coach, I influencer. Edge width: strength; dashed edge: no"
                + " interaction within "
                + a.coverage().policy().activeWithinDays()
                + " days; dashed red outline: held by nobody of ours; thick red outline:"
                + " single-threaded.</p>\n");
    html.append(reasons(a.coverage().risks()));
    html.append("<h2>Whitespace</h2>\n")
        .append(WhitespaceHeatMap.svg(a.account()))
        .append(WhitespaceHeatMap.legend());
    a.whitespace().penetration().ifPresent(s -> html.append(score(s)));
    html.append("<h2>Relationship coverage</h2>\n")
        .append(score(a.coverage().score()))
        .append("<p>Status <span class=\"")
        .append(a.coverage().status())
        .append("\">")
        .append(a.coverage().status())
        .append("</span>: ")
        .append(esc(a.coverage().statusReason().toString()))
        .append("</p>\n");
    html.append("<h2>Plan completeness</h2>\n").append(score(a.completeness().score()));
    html.append("<h2>Compliance findings (").append(a.findings().size()).append(")</h2>\n");
    if (a.findings().isEmpty()) {
      html.append("<p>None.</p>\n");
    } else {
      html.append("<table class=\"score findings\">\n");
      for (Finding f : a.findings()) {
        html.append("<tr class=\"finding\"><td class=\"")
            .append(f.severity())
            .append("\">")
            .append(f.severity())
            .append("</td><td><code>")
            .append(esc(f.ruleId()))
            .append("</code></td><td>")
            .append(esc(f.message().toString()))
            .append("</td></tr>\n");
      }
      html.append("</table>\n");
    }
    html.append("<h2>Top next actions</h2>\n<ol>\n");
    for (String action : TextReport.nextActions(a)) {
      html.append("<li>").append(esc(action)).append("</li>\n");
    }
    return html.append("</ol>\n</section>\n").toString();
  }

  private static String summary(AccountAnalysis a) {
    String model =
        a.engagement().primary().map(m -> Messages.english().name(m)).orElse("not placed");
    return "<table class=\"summary\">\n"
        + row("Tier", a.tier().tier().map(t -> RelationshipGraph.label(t.name())).orElse("none"))
        + row("KAM maturity", a.maturity().stage().label().toString())
        + row("Relationship stage", RelationshipGraph.label(a.relationship().stage().name()))
        + row("Engagement model", model)
        + "<tr><th>Coverage</th><td>"
        + points(a.coverage().score())
        + " <span class=\""
        + a.coverage().status()
        + "\">"
        + a.coverage().status()
        + "</span></td></tr>\n"
        + row("Plan completeness", points(a.completeness().score()))
        + "<tr><th>Health</th><td>"
        + points(a.health().score())
        + " <span class=\""
        + a.health().status()
        + "\">"
        + a.health().status()
        + "</span></td></tr>\n"
        + row("Compliance findings", TextReport.findings(a))
        + "</table>\n";
  }

  private static String row(String name, String value) {
    return "<tr><th>" + esc(name) + "</th><td>" + esc(value) + "</td></tr>\n";
  }

  private static String points(Score score) {
    return score.value().setScale(1, RoundingMode.HALF_UP).toPlainString() + " / 100";
  }

  /** A score as a table: one row per component with its points and its reasons. */
  static String score(Score score) {
    StringBuilder html =
        new StringBuilder("<p><b>")
            .append(esc(score.title().toString()))
            .append(": ")
            .append(points(score))
            .append("</b></p>\n<table class=\"score\">\n");
    for (ScoreComponent c : score.components()) {
      int percent = c.fulfilment().multiply(java.math.BigDecimal.valueOf(100)).intValue();
      html.append("<tr class=\"component\"><td>")
          .append(esc(c.label().toString()))
          .append("</td><td>");
      if (c.applicable()) {
        html.append(
                String.format(
                    Locale.ROOT,
                    "<span class=\"bar\"><span style=\"width:%d%%\"></span></span></td><td>",
                    percent))
            .append(c.contribution().setScale(1, RoundingMode.HALF_UP).toPlainString())
            .append(" of ")
            .append(c.weight().setScale(1, RoundingMode.HALF_UP).toPlainString());
      } else {
        html.append("</td><td>does not apply");
      }
      html.append("</td><td>").append(reasons(c.reasons())).append("</td></tr>\n");
    }
    return html.append("</table>\n").toString();
  }

  private static String reasons(List<Reason> reasons) {
    if (reasons.isEmpty()) {
      return "";
    }
    StringBuilder html = new StringBuilder("<ul class=\"reasons\">");
    for (Reason r : reasons) {
      html.append("<li class=\"")
          .append(r.effect())
          .append("\">[")
          .append(r.effect())
          .append("] ")
          .append(esc(r.message().toString()))
          .append("</li>");
    }
    return html.append("</ul>\n").toString();
  }

  private static String swatch(String colour, String label) {
    return "<span class=\"swatch\" style=\"background:" + colour + "\"></span>" + label;
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
