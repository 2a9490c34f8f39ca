package dev.kamkit.examples.report;

import static dev.kamkit.examples.report.Html.esc;

import dev.kamkit.scoring.coverage.TurnoverImpact;
import java.math.BigDecimal;
import java.util.List;

/**
 * What an account's relationship coverage would become if one of our team left, as the report shows
 * it under the coverage score: for the members whose departure costs the most points, the points
 * lost, the coverage left, who would be held by nobody of ours and the status then. The map of
 * stakeholders survives a departure, the relationships do not. The words are the turnover
 * exposure's own ({@code coverage.turnover}).
 */
final class TurnoverSection {
  /** At most this many members: the ones whose departure costs the most. */
  static final int SHOWN = 3;

  private TurnoverSection() {}

  /** The members shown, worst first: those whose departure costs points, at most {@link #SHOWN}. */
  static List<TurnoverImpact> shown(AccountAnalysis a) {
    // the evaluator sorts the exposure by the points lost, most first
    return a.evaluation().turnoverExposure().stream()
        .filter(t -> t.loss().compareTo(BigDecimal.ZERO) > 0)
        .limit(SHOWN)
        .toList();
  }

  /** The section as plain text: a heading and one line per member shown; empty if none is. */
  static String text(AccountAnalysis a, ReportWords words) {
    List<TurnoverImpact> shown = shown(a);
    if (shown.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder(words.say(ReportCode.LABEL_TURNOVER)).append('\n');
    for (TurnoverImpact t : shown) {
      text.append("  - ").append(words.format(t.line())).append('\n');
    }
    return text.toString();
  }

  /**
   * The section as HTML: a subheading and one item per member shown, the status after coloured;
   * empty if none is.
   */
  static String html(AccountAnalysis a, ReportWords words) {
    List<TurnoverImpact> shown = shown(a);
    if (shown.isEmpty()) {
      return "";
    }
    StringBuilder html =
        new StringBuilder("<h3>")
            .append(esc(words.say(ReportCode.LABEL_TURNOVER)))
            .append("</h3>\n<ul class=\"turnover\">");
    for (TurnoverImpact t : shown) {
      html.append("<li>")
          .append(HtmlReport.status(words.format(t.line()), t.statusAfter(), words))
          .append("</li>");
    }
    return html.append("</ul>\n").toString();
  }
}
