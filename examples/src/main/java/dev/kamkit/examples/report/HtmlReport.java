package dev.kamkit.examples.report;

import static dev.kamkit.examples.report.Html.esc;
import static dev.kamkit.examples.report.ReportWords.tenths;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.Severity;
import dev.kamkit.scoring.RagStatus;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.ScoreCode;
import dev.kamkit.scoring.ScoreComponent;
import dev.kamkit.scoring.coverage.CoverageCode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML portfolio report: one self-contained file, no scripts and no network. It opens on the
 * portfolio overview ({@link PortfolioOverview}: the portfolio table, charts and the portfolio
 * results), then gives one section per account, each starting a new page in print (A4 or Letter,
 * portrait), with its summary, the relationship map drawn as a graph ({@link RelationshipGraph}),
 * the whitespace grid as a heat map ({@link WhitespaceHeatMap}), coverage and completeness with
 * their reasons, the compliance findings by severity and the top next actions; the settings of the
 * compliance policies to review come once, in an appendix.
 *
 * <p>It is worded in English, German or French ({@link #render(PortfolioAnalysis, Locale)}), and
 * says so in {@code <html lang>}; class names, ids and SVG coordinates stay language-neutral.
 */
public final class HtmlReport {
  /**
   * The style: one column up to 1100 px on screen; in print, each section starts a new page, wide
   * graphics shrink to the page's width, and colours print as they show.
   */
  private static final String STYLE =
      """
      body{font-family:system-ui,-apple-system,Segoe UI,Helvetica,Arial,sans-serif;margin:24px auto;\
      padding:0 16px;color:#1a1a1a;max-width:1100px;-webkit-print-color-adjust:exact;\
      print-color-adjust:exact}
      section.page{border-top:3px solid #2f5d8c;padding-top:8px;margin-bottom:48px}
      h1{font-size:22px;margin:4px 0}h2{font-size:16px;margin:18px 0 6px;color:#2f5d8c}
      a{color:#2f5d8c}
      svg{max-width:100%;height:auto;display:block}
      table.summary td,table.summary th{padding:2px 10px 2px 0;text-align:left;font-size:13px}
      table.score{border-collapse:collapse;font-size:13px;width:100%}
      table.score td{padding:2px 6px;vertical-align:top;border-bottom:1px solid #eee}
      table.score tr.component td:nth-child(3){white-space:nowrap}
      table.overview{border-collapse:collapse;font-size:13px;width:100%}
      table.overview th,table.overview td{padding:4px 6px;border-bottom:1px solid #ddd;\
      text-align:left;vertical-align:top}
      table.overview thead th{border-bottom:2px solid #2f5d8c;font-size:12px}
      table.overview td.num{text-align:right;white-space:nowrap}table.overview td.tier{white-space:nowrap}
      .charts{display:flex;flex-wrap:wrap;gap:8px 40px}
      figure.chart{margin:0;flex:0 1 520px;min-width:0}
      ul.explanation{font-size:13px;padding-left:18px;margin:4px 0}
      .bar{background:#eee;width:120px;height:10px;display:inline-block}
      .bar span{background:#2f5d8c;height:10px;display:block}
      .GREEN{color:#1a7a3a;font-weight:bold}.AMBER{color:#8a5300;font-weight:bold}
      .RED{color:#c00000;font-weight:bold}
      .RISK{color:#c00000}.GAP{color:#8a5300}.STRENGTH{color:#1a7a3a}
      .ERROR{color:#c00000;font-weight:bold}.WARNING{color:#8a5300}.INFO{color:#555}
      h3{font-size:14px;margin:10px 0 4px}
      svg text{font-size:11px}svg text:not([fill]){fill:#1a1a1a}svg text.name{font-weight:600}\
      svg text.sub{fill:#333;font-size:10px}svg text.col{font-weight:700;font-size:13px}
      svg text.product,svg text.site,svg text.tier{font-weight:700}
      svg text.flag{fill:#c00000;font-weight:700}svg text.note{fill:#555}
      .legend{font-size:12px;color:#333}
      .swatch{display:inline-block;width:12px;height:12px;margin:0 3px 0 8px;\
      vertical-align:middle;border:1px solid #777}
      .swatch.unassessed{border:1px dashed #777;background:#fff}
      .edge{display:inline-block;vertical-align:middle;margin:0 3px 0 8px}
      ul.reasons{margin:2px 0 2px 0;padding-left:18px}
      .back{font-size:12px}
      @page{margin:12mm}
      @media print{
      body{margin:0;padding:0;max-width:none}
      section.page{break-before:page;margin:0;border-top:none}
      section.page:first-of-type{break-before:auto}
      .back{display:none}
      svg,figure,tr,li,h2,h3{break-inside:avoid}
      h2,h3{break-after:avoid}
      }
      """;

  private HtmlReport() {}

  /** The whole report as one HTML document, in English. */
  public static String render(PortfolioAnalysis analysis) {
    return render(analysis, Locale.ENGLISH);
  }

  /**
   * The whole report as one HTML document, in {@code locale}'s language where kamkit has it, else
   * in English.
   */
  public static String render(PortfolioAnalysis analysis, Locale locale) {
    ReportWords words = ReportWords.in(locale, analysis);
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"")
        .append(words.language())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc(words.say(ReportCode.HTML_TITLE, Arg.of(analysis.asOf()))))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n")
        .append(PortfolioOverview.html(analysis, words))
        .append(ReviewSection.html(analysis, words));
    for (AccountAnalysis account : analysis.accounts()) {
      html.append(page(account, analysis, words));
    }
    html.append(configuration(analysis, words));
    return html.append("</body>\n</html>\n").toString();
  }

  /** An appendix of the findings about the compliance policies, if there are any. */
  static String configuration(PortfolioAnalysis analysis, ReportWords words) {
    List<Finding> found = analysis.configuration();
    if (found.isEmpty()) {
      return "";
    }
    StringBuilder html =
        new StringBuilder("<section class=\"page appendix\" id=\"configuration\">\n");
    html.append(heading(words.say(ReportCode.CONFIGURATION_HEADING, Arg.of(found.size()))));
    return html.append(findings(found, words)).append("</section>\n").toString();
  }

  /** A table of findings: severity, rule and what it says. */
  private static String findings(List<Finding> found, ReportWords words) {
    StringBuilder html = new StringBuilder("<table class=\"score findings\">\n");
    for (Finding f : found) {
      html.append("<tr class=\"finding\"><td class=\"")
          .append(f.severity())
          .append("\">")
          .append(esc(words.name(f.severity())))
          .append("</td><td><code>")
          .append(esc(f.ruleId()))
          .append("</code></td><td>")
          .append(esc(words.exact(f.message())))
          .append("</td></tr>\n");
    }
    return html.append("</table>\n").toString();
  }

  /**
   * An account's findings by severity: a heading that counts errors and warnings (not the
   * informational notes), then one group per severity that has findings, errors first.
   */
  private static String findingsBySeverity(AccountAnalysis a, ReportWords words) {
    StringBuilder html =
        new StringBuilder(
            heading(
                words.say(
                    ReportCode.FINDINGS_HEADING,
                    Arg.of(a.findings(Severity.ERROR).size()),
                    Arg.of(a.findings(Severity.WARNING).size()))));
    if (a.findings().isEmpty()) {
      return html.append("<p>")
          .append(esc(words.say(ReportCode.FINDINGS_NONE)))
          .append("</p>\n")
          .toString();
    }
    for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
      List<Finding> found = a.findings(severity);
      if (found.isEmpty()) {
        continue;
      }
      html.append("<h3 class=\"")
          .append(severity)
          .append("\">")
          .append(esc(words.say(ReportCode.FINDINGS_GROUP, Arg.of(severity), Arg.of(found.size()))))
          .append("</h3>\n")
          .append(findings(found, words));
    }
    return html.toString();
  }

  /** What the program prints once the report is written to {@code file}. */
  public static String written(Path file, Locale locale) {
    return ReportWords.in(locale).say(ReportCode.HTML_WRITTEN, Arg.text(file.toString()));
  }

  /** One account's page, in {@code locale}'s language. */
  public static String page(AccountAnalysis a, PortfolioAnalysis analysis, Locale locale) {
    return page(a, analysis, ReportWords.in(locale, analysis));
  }

  static String page(AccountAnalysis a, PortfolioAnalysis analysis, ReportWords words) {
    int activeWithinDays = a.coverage().policy().activeWithinDays();
    StringBuilder html = new StringBuilder();
    html.append("<section class=\"page\" id=\"")
        .append(esc(a.account().id().value()))
        .append("\">\n<h1>")
        .append(esc(a.account().account().name()))
        .append("</h1>\n<p>")
        .append(
            esc(
                words.say(
                    ReportCode.HTML_SUBTITLE,
                    Arg.of(a.account().account().kind()),
                    Arg.of(analysis.asOf()))))
        .append("</p>\n<p class=\"back\"><a href=\"#overview\">")
        .append(esc(words.say(ReportCode.BACK_TO_OVERVIEW)))
        .append("</a></p>\n");
    html.append(summary(a, words));
    html.append(heading(words.say(ReportCode.LABEL_RELATIONSHIP_MAP)))
        .append(RelationshipGraph.svg(a.account(), analysis.asOf(), activeWithinDays, words))
        .append("<p class=\"legend\">")
        .append(esc(words.say(ReportCode.LEGEND_SENTIMENT)));
    for (Sentiment sentiment : Sentiment.values()) {
      html.append(swatch(RelationshipGraph.colour(sentiment), words.name(sentiment)));
    }
    html.append(swatch(RelationshipGraph.UNKNOWN, words.say(ReportCode.LEGEND_SENTIMENT_UNKNOWN)))
        .append(". ")
        .append(esc(roles(words)))
        .append("<br>")
        .append(esc(words.say(ReportCode.LEGEND_STRENGTH)));
    for (RelationshipStrength strength : RelationshipStrength.values()) {
      html.append(edge(RelationshipGraph.shade(strength), RelationshipGraph.width(strength), false))
          .append(esc(words.name(strength)));
    }
    html.append(edge(RelationshipGraph.QUIET, "2", true))
        .append(esc(words.say(ReportCode.LEGEND_QUIET)))
        .append(". ")
        .append(esc(words.say(ReportCode.LEGEND_EDGES, Arg.of(activeWithinDays))))
        .append("</p>\n");
    html.append(reasons(a.coverage().risks(), words));
    html.append(heading(words.say(ReportCode.LABEL_WHITESPACE)))
        .append(WhitespaceHeatMap.svg(a.account(), words))
        .append(WhitespaceHeatMap.legend(words));
    a.whitespace().penetration().ifPresent(s -> html.append(score(s, words)));
    html.append(PipelineSection.html(a, words))
        .append(CommitteeSection.html(a, words))
        .append(VoiceSection.html(a, analysis, words));
    html.append(heading(words.say(ReportCode.LABEL_RELATIONSHIP_COVERAGE)))
        .append(score(a.coverage().score(), words))
        .append("<p>")
        .append(
            status(
                words.format(
                    Message.of(
                        CoverageCode.STATUS,
                        Arg.of(a.coverage().status()),
                        Arg.of(a.coverage().statusReason()))),
                a.coverage().status(),
                words))
        .append("</p>\n");
    html.append(TurnoverSection.html(a, words));
    html.append(heading(words.say(ReportCode.LABEL_COMPLETENESS)))
        .append(score(a.completeness().score(), words));
    html.append(findingsBySeverity(a, words));
    html.append(heading(words.say(ReportCode.LABEL_ACTIONS))).append("<ol>\n");
    for (String action : TextReport.nextActions(a, words)) {
      html.append("<li>").append(esc(action)).append("</li>\n");
    }
    return html.append("</ol>\n</section>\n").toString();
  }

  private static String heading(String text) {
    return "<h2>" + esc(text) + "</h2>\n";
  }

  /** The buying roles' abbreviations, each with the role's name. */
  private static String roles(ReportWords words) {
    List<Arg> roles =
        Arrays.stream(BuyingRole.values())
            .map(
                r ->
                    Arg.of(
                        Message.of(
                            ReportCode.LEGEND_ROLE,
                            Arg.text(RelationshipGraph.abbreviation(r)),
                            Arg.of(r))))
            .toList();
    return words.say(ReportCode.LEGEND_ROLES, Arg.list(roles));
  }

  private static String summary(AccountAnalysis a, ReportWords words) {
    return "<table class=\"summary\">\n"
        + row(
            words.say(ReportCode.LABEL_TIER),
            a.tier().tier().map(words::name).orElseGet(() -> words.say(ReportCode.TIER_NONE)))
        + row(words.say(ReportCode.LABEL_MATURITY), words.format(a.maturity().stage().label()))
        + row(words.say(ReportCode.LABEL_RELATIONSHIP), words.name(a.relationship().stage()))
        + row(words.say(ReportCode.LABEL_ENGAGEMENT), TextReport.engagementModel(a, words))
        + "<tr><th>"
        + esc(words.say(ReportCode.LABEL_COVERAGE))
        + "</th><td>"
        + esc(points(a.coverage().score(), words))
        + " "
        + span(a.coverage().status(), words)
        + "</td></tr>\n"
        + row(words.say(ReportCode.LABEL_COMPLETENESS), points(a.completeness().score(), words))
        + "<tr><th>"
        + esc(words.say(ReportCode.LABEL_HEALTH))
        + "</th><td>"
        + esc(points(a.health().score(), words))
        + " "
        + span(a.health().status(), words)
        + "</td></tr>\n"
        + row(
            words.say(ReportCode.LABEL_FINDINGS),
            words.say(
                ReportCode.FINDINGS_SEVERITIES,
                Arg.of(a.findings(Severity.ERROR).size()),
                Arg.of(a.findings(Severity.WARNING).size()),
                Arg.of(a.findings(Severity.INFO).size())))
        + "</table>\n";
  }

  private static String row(String name, String value) {
    return "<tr><th>" + esc(name) + "</th><td>" + esc(value) + "</td></tr>\n";
  }

  /** A RAG status, coloured by its class. */
  static String span(RagStatus status, ReportWords words) {
    return "<span class=\"" + status + "\">" + esc(words.name(status)) + "</span>";
  }

  /** {@code text}, escaped, with the first mention of {@code status} coloured. */
  static String status(String text, RagStatus status, ReportWords words) {
    String escaped = esc(text);
    return escaped.replaceFirst(
        Pattern.quote(esc(words.name(status))), Matcher.quoteReplacement(span(status, words)));
  }

  private static String points(Score score, ReportWords words) {
    return words.say(ReportCode.POINTS, tenths(score.value()));
  }

  /** A score as a table: one row per component with its points and its reasons. */
  static String score(Score score, ReportWords words) {
    StringBuilder html =
        new StringBuilder("<p><b>")
            .append(
                esc(
                    words.format(
                        Message.of(
                            ScoreCode.HEADLINE, Arg.of(score.title()), tenths(score.value())))))
            .append("</b></p>\n<table class=\"score\">\n");
    for (ScoreComponent c : score.components()) {
      int percent = c.fulfilment().multiply(BigDecimal.valueOf(100)).intValue();
      html.append("<tr class=\"component\"><td>")
          .append(esc(words.format(c.label())))
          .append("</td><td>");
      if (c.applicable()) {
        html.append(
                String.format(
                    Locale.ROOT,
                    "<span class=\"bar\"><span style=\"width:%d%%\"></span></span></td><td>",
                    percent))
            .append(
                esc(
                    words.say(
                        ReportCode.COMPONENT_POINTS,
                        tenths(c.contribution()),
                        tenths(c.weight()))));
      } else {
        html.append("</td><td>").append(esc(words.say(ReportCode.COMPONENT_NOT_APPLICABLE)));
      }
      html.append("</td><td>").append(reasons(c.reasons(), words)).append("</td></tr>\n");
    }
    return html.append("</table>\n").toString();
  }

  private static String reasons(List<Reason> reasons, ReportWords words) {
    if (reasons.isEmpty()) {
      return "";
    }
    StringBuilder html = new StringBuilder("<ul class=\"reasons\">");
    for (Reason r : reasons) {
      html.append("<li class=\"")
          .append(r.effect())
          .append("\">")
          .append(esc(words.format(r.line())))
          .append("</li>");
    }
    return html.append("</ul>\n").toString();
  }

  /** A legend's sample of an edge: a short line in the edge's colour and width. */
  private static String edge(String colour, String width, boolean dashed) {
    return "<svg class=\"edge\" width=\"24\" height=\"10\" aria-hidden=\"true\">"
        + "<line x1=\"0\" y1=\"5\" x2=\"24\" y2=\"5\" stroke=\""
        + colour
        + "\" stroke-width=\""
        + width
        + "\""
        + (dashed ? " stroke-dasharray=\"5 4\"" : "")
        + "/></svg>";
  }

  private static String swatch(String colour, String label) {
    return "<span class=\"swatch\" style=\"background:" + colour + "\"></span>" + esc(label);
  }
}
