package dev.kamkit.examples.report;

import static dev.kamkit.examples.report.Html.esc;

import dev.kamkit.model.explain.Message;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.committee.CommitteeProgressionResult;
import dev.kamkit.scoring.committee.NextMeeting;
import dev.kamkit.scoring.committee.SubmissionProgress;

/**
 * An account's committee submissions as the report shows them: how many, open and stalled, then
 * each submission at its stage or with its decision, why a stalled one stalled and what would move
 * it, and each decision body's next meeting. The words are the committee progression result's own.
 */
final class CommitteeSection {
  private CommitteeSection() {}

  /** The section as plain text: the result's explanation. */
  static String text(AccountAnalysis a, ReportWords words) {
    return words.explain(a.evaluation().committee());
  }

  /**
   * The section as HTML: a heading, then the headline with one item under it per submission (a
   * stalled one with its reasons, in red, and its remedies) and one per next meeting.
   */
  static String html(AccountAnalysis a, ReportWords words) {
    CommitteeProgressionResult c = a.evaluation().committee();
    StringBuilder html =
        new StringBuilder("<h2>")
            .append(esc(words.say(ReportCode.LABEL_COMMITTEE)))
            .append("</h2>\n<ul class=\"explanation committee\"><li>")
            .append(esc(words.format(c.explanation().line())));
    if (!c.submissions().isEmpty() || !c.nextMeetings().isEmpty()) {
      html.append("<ul>");
      for (SubmissionProgress s : c.submissions()) {
        html.append("<li class=\"submission")
            .append(s.isStalled() ? " stalled" : "")
            .append("\">")
            .append(esc(words.format(s.description())));
        if (s.isStalled()) {
          html.append("<ul>");
          for (Reason r : s.stalled()) {
            html.append("<li class=\"RISK\">").append(esc(words.format(r.line()))).append("</li>");
          }
          for (Message remedy : s.remedies()) {
            html.append("<li class=\"remedy\">").append(esc(words.format(remedy))).append("</li>");
          }
          html.append("</ul>");
        }
        html.append("</li>");
      }
      for (NextMeeting m : c.nextMeetings()) {
        html.append("<li class=\"meeting\">").append(esc(words.format(m.line()))).append("</li>");
      }
      html.append("</ul>");
    }
    return html.append("</li></ul>\n").toString();
  }
}
