package dev.kamkit.examples.report;

import static dev.kamkit.examples.report.Html.esc;

import dev.kamkit.model.committee.CommitteeSubmission;
import dev.kamkit.model.committee.SubmissionStage;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.committee.SubmissionProgress;
import java.util.List;
import java.util.Locale;

/**
 * The overview's chart of committee submissions and their stage: one row per submission, grouped by
 * account in the portfolio's order, its five stages from request to decision drawn as segments,
 * filled up to the stage it has reached, in its state's colour (open, stalled, approved, rejected);
 * beside them the stage and the days since the request, and a stalled one marked in red. Each row's
 * {@code <title>} says what the submission is and why it stalled, for screen readers and on hover;
 * the legend says what the colours mean.
 */
final class CommitteeChart {
  private static final int CHART_W = PortfolioOverview.CHART_W;
  private static final int LABEL_W = PortfolioOverview.LABEL_W;
  private static final int ROW_H = PortfolioOverview.ROW_H;
  private static final int HEADER_H = 22;
  private static final int SEGMENT = 28;

  private CommitteeChart() {}

  /** How many submissions the chart would draw: those of every account. */
  static int submissions(PortfolioAnalysis analysis) {
    return analysis.accounts().stream()
        .mapToInt(a -> a.evaluation().committee().submissions().size())
        .sum();
  }

  /**
   * The chart as the overview's figure, with its heading and legend; when no account has a
   * submission, its heading and a line that says so.
   */
  static String figure(PortfolioAnalysis analysis, ReportWords words) {
    if (submissions(analysis) == 0) {
      return "<figure class=\"chart\">\n<h2>"
          + esc(words.say(ReportCode.CHART_COMMITTEE))
          + "</h2>\n<p class=\"legend\">"
          + esc(words.say(ReportCode.CHART_COMMITTEE_NONE))
          + "</p>\n</figure>\n";
    }
    return PortfolioOverview.figure(
        words.say(ReportCode.CHART_COMMITTEE),
        svg(analysis, words),
        words.say(ReportCode.CHART_COMMITTEE_LEGEND));
  }

  /** The chart as inline SVG; at least one account has a submission. */
  static String svg(PortfolioAnalysis analysis, ReportWords words) {
    int height = 8;
    for (AccountAnalysis a : analysis.accounts()) {
      int n = a.evaluation().committee().submissions().size();
      height += n == 0 ? 0 : HEADER_H + n * ROW_H;
    }
    String label = words.say(ReportCode.CHART_COMMITTEE);
    StringBuilder svg =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart committee-chart\""
                    + " viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\""
                    + " aria-labelledby=\"committee-chart-title\">"
                    + "<title id=\"committee-chart-title\">%s</title>\n",
                CHART_W,
                height,
                CHART_W,
                height,
                esc(label)));
    int y = 4;
    int right = LABEL_W + SubmissionStage.values().length * SEGMENT + 6;
    for (AccountAnalysis a : analysis.accounts()) {
      List<SubmissionProgress> submissions = a.evaluation().committee().submissions();
      if (submissions.isEmpty()) {
        continue;
      }
      svg.append(
          PortfolioOverview.text(a.account().account().name(), 2, y + 15, CHART_W - 4, "tier"));
      y += HEADER_H;
      for (SubmissionProgress s : submissions) {
        String state = state(s);
        svg.append(
                String.format(
                    Locale.ROOT,
                    "<g class=\"submission\" data-submission=\"%s\" data-state=\"%s\">"
                        + "<title>%s</title>",
                    esc(s.submission().value()),
                    state,
                    esc(title(s, words))))
            .append(PortfolioOverview.text(name(a, s), 12, y + 18, LABEL_W - 16, "account"));
        for (SubmissionStage stage : SubmissionStage.values()) {
          boolean reached = stage.ordinal() <= s.stage().ordinal();
          svg.append(
              String.format(
                  Locale.ROOT,
                  "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"12\" fill=\"%s\""
                      + " stroke=\"%s\"/>",
                  LABEL_W + stage.ordinal() * SEGMENT,
                  y + 8,
                  SEGMENT - 3,
                  reached ? colour(state) : "#ffffff",
                  reached ? colour(state) : "#8c8c8c"));
        }
        svg.append(
            PortfolioOverview.text(
                words.say(ReportCode.CHART_COMMITTEE_VALUE, Arg.of(s.stage()), Arg.of(s.days())),
                right,
                y + 13,
                CHART_W - right - 2,
                "value"));
        if (s.isStalled()) {
          svg.append(
              PortfolioOverview.text(
                  words.say(ReportCode.CHART_COMMITTEE_STALLED),
                  right,
                  y + 26,
                  CHART_W - right - 2,
                  "flag"));
        } else if (s.decision().isPresent()) {
          svg.append(
              PortfolioOverview.text(
                  words.name(s.decision().get()), right, y + 26, CHART_W - right - 2, "note"));
        }
        svg.append("</g>\n");
        y += ROW_H;
      }
    }
    return svg.append("</svg>\n").toString();
  }

  /** {@code stalled}, {@code approved}, {@code rejected} or {@code open}. */
  static String state(SubmissionProgress s) {
    if (s.isStalled()) {
      return "stalled";
    }
    if (!s.open()) {
      return s.decision().orElseThrow().isApproval() ? "approved" : "rejected";
    }
    return "open";
  }

  /** A state's colour: at least 3:1 against white (WCAG, graphical objects). */
  static String colour(String state) {
    return switch (state) {
      case "stalled" -> "#c00000";
      case "approved" -> "#1a7a3a";
      case "rejected" -> "#666666";
      default -> "#2f5d8c";
    };
  }

  /** The row's title: the submission's description, and why it stalled. */
  private static String title(SubmissionProgress s, ReportWords words) {
    if (!s.isStalled()) {
      return words.format(s.description());
    }
    return words.say(
        ReportCode.CHART_COMMITTEE_ROW,
        Arg.of(s.description()),
        Arg.list(s.stalled(), (Reason r) -> Arg.of(r.message())));
  }

  /** The submission's name, as the account records it. */
  private static String name(AccountAnalysis a, SubmissionProgress s) {
    return a.account().committeeSubmissions().stream()
        .filter(c -> c.id().equals(s.submission()))
        .map(CommitteeSubmission::name)
        .findFirst()
        .orElse(s.submission().value());
  }
}
