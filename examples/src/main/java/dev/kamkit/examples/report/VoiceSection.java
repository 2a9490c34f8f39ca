package dev.kamkit.examples.report;

import static dev.kamkit.examples.report.Html.esc;

import dev.kamkit.model.explain.Explanation;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.voice.PeerVoice;
import dev.kamkit.scoring.voice.ShareOfVoiceResult;
import java.util.List;

/**
 * An account's share of voice as the report shows it: our field interactions against each
 * competitor's, whether our share is above the average company's and what would lift it, then how
 * the account compares with its peers, the other accounts of its tier. The words are the share of
 * voice results' own.
 */
final class VoiceSection {
  private VoiceSection() {}

  /** The section as plain text: the account's result's explanation. */
  static String text(AccountAnalysis a, ReportWords words) {
    return words.explain(a.evaluation().shareOfVoice());
  }

  /**
   * The section as HTML: a heading, then the headline with the reasons, each competitor's count and
   * the remedies under it, then the comparison with the peers, each line coloured by its effect.
   */
  static String html(AccountAnalysis a, PortfolioAnalysis analysis, ReportWords words) {
    ShareOfVoiceResult voice = a.evaluation().shareOfVoice();
    Explanation x = voice.explanation();
    StringBuilder html =
        new StringBuilder("<h2>")
            .append(esc(words.say(ReportCode.LABEL_SHARE_OF_VOICE)))
            .append("</h2>\n<ul class=\"explanation voice\"><li>")
            .append(esc(words.format(x.line())));
    List<Reason> peers =
        analysis
            .evaluation()
            .shareOfVoice()
            .account(a.account().id())
            .map(PeerVoice::reasons)
            .orElse(List.of());
    if (!x.details().isEmpty() || !peers.isEmpty()) {
      html.append("<ul>");
      for (Explanation d : x.details()) {
        html.append("<li>").append(esc(words.format(d.line()))).append("</li>");
      }
      for (Reason r : peers) {
        html.append("<li class=\"")
            .append(r.effect().name())
            .append(" peers\">")
            .append(esc(words.format(r.line())))
            .append("</li>");
      }
      html.append("</ul>");
    }
    return html.append("</li></ul>\n").toString();
  }
}
