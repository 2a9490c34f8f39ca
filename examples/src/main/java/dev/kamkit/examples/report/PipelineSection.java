package dev.kamkit.examples.report;

import static dev.kamkit.examples.report.Html.esc;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.OpportunityId;
import dev.kamkit.model.pipeline.Opportunity;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.rules.evaluation.PortfolioEvaluation;
import dev.kamkit.scoring.pipeline.PipelineResult;
import dev.kamkit.scoring.pipeline.TargetCoverage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * An account's plan against its pipeline as the report shows it, in the text and the HTML report
 * alike: the open and weighted pipeline, each revenue target against the pipeline serving it, the
 * objectives with nothing behind them, the opportunities that serve no objective, and the
 * whitespace that has become pipeline. Amounts are short, in the report's language ({@link
 * ReportMoney}); objectives and opportunities are named by their titles.
 */
final class PipelineSection {
  private PipelineSection() {}

  /**
   * One line of the section: its words, and the effect its HTML class names ({@code GAP}, {@code
   * STRENGTH}, or empty for a plain line).
   */
  record Line(String text, String effect) {}

  /** The headline, then a line per target, the unbacked objectives, unaligned opportunities. */
  static List<Line> lines(AccountAnalysis a, ReportWords words) {
    ReportMoney money = new ReportMoney(words.locale());
    PipelineResult p = a.evaluation().pipeline();
    KeyAccount account = a.account();
    List<Line> lines = new ArrayList<>();
    lines.add(
        new Line(
            p.openPipeline()
                .map(
                    open ->
                        words.say(
                            ReportCode.PIPELINE_SUMMARY,
                            Arg.of(p.openCount()),
                            compact(money, open),
                            compact(money, p.weightedPipeline().orElseThrow())))
                .orElseGet(() -> words.say(ReportCode.PIPELINE_EMPTY)),
            ""));
    for (TargetCoverage t : p.targets()) {
      Arg objective = Arg.text(title(account, t.objective()));
      lines.add(
          t.isCovered()
              ? new Line(
                  words.say(
                      ReportCode.PIPELINE_TARGET_COVERED,
                      objective,
                      compact(money, t.target()),
                      compact(money, t.won()),
                      compact(money, t.weighted())),
                  "STRENGTH")
              : new Line(
                  words.say(
                      ReportCode.PIPELINE_TARGET_GAP,
                      objective,
                      compact(money, t.target()),
                      compact(money, t.won()),
                      compact(money, t.weighted()),
                      compact(money, t.gap())),
                  "GAP"));
    }
    if (!p.unbackedObjectives().isEmpty()) {
      lines.add(
          new Line(
              words.say(
                  ReportCode.PIPELINE_UNBACKED,
                  Arg.list(p.unbackedObjectives(), o -> Arg.text(title(account, o)))),
              "GAP"));
    }
    if (!p.unalignedOpportunities().isEmpty()) {
      lines.add(
          new Line(
              words.say(
                  ReportCode.PIPELINE_UNALIGNED,
                  Arg.list(p.unalignedOpportunities(), o -> Arg.text(name(account, o)))),
              "GAP"));
    }
    int worked = p.whitespaceInPipeline().size();
    int cells = worked + p.whitespaceUnworked().size();
    if (cells > 0) {
      lines.add(
          new Line(words.say(ReportCode.PIPELINE_WHITESPACE, Arg.of(worked), Arg.of(cells)), ""));
    }
    return lines;
  }

  /** The section as plain text: the headline, then the other lines indented. */
  static String text(AccountAnalysis a, ReportWords words) {
    StringBuilder out = new StringBuilder();
    List<Line> lines = lines(a, words);
    out.append(words.say(ReportCode.LABEL_PIPELINE))
        .append(": ")
        .append(lines.get(0).text())
        .append('\n');
    for (Line line : lines.subList(1, lines.size())) {
      out.append("  ").append(line.text()).append('\n');
    }
    return out.toString();
  }

  /** The section as HTML: a heading, then the headline with the other lines under it. */
  static String html(AccountAnalysis a, ReportWords words) {
    List<Line> lines = lines(a, words);
    StringBuilder html =
        new StringBuilder("<h2>")
            .append(esc(words.say(ReportCode.LABEL_PIPELINE)))
            .append("</h2>\n<ul class=\"explanation pipeline\"><li>")
            .append(esc(lines.get(0).text()));
    if (lines.size() > 1) {
      html.append("<ul>");
      for (Line line : lines.subList(1, lines.size())) {
        html.append("<li class=\"")
            .append(line.effect())
            .append("\">")
            .append(esc(line.text()))
            .append("</li>");
      }
      html.append("</ul>");
    }
    return html.append("</li></ul>\n").toString();
  }

  /**
   * The portfolio's open and weighted pipeline, one short amount per currency; empty when no
   * account has an open opportunity.
   */
  static Optional<String> portfolio(PortfolioEvaluation evaluation, ReportWords words) {
    if (evaluation.openPipeline().isEmpty()) {
      return Optional.empty();
    }
    ReportMoney money = new ReportMoney(words.locale());
    return Optional.of(
        words.say(
            ReportCode.PORTFOLIO_PIPELINE,
            amounts(money, evaluation.openPipeline()),
            amounts(money, evaluation.weightedPipeline())));
  }

  private static Arg amounts(ReportMoney money, Collection<Money> amounts) {
    return Arg.list(amounts, m -> compact(money, m));
  }

  private static Arg compact(ReportMoney money, Money amount) {
    return Arg.text(money.compact(amount));
  }

  /** The objective's title; its id if the plan does not hold it (a result read from elsewhere). */
  private static String title(KeyAccount account, ObjectiveId id) {
    return account.plan().flatMap(p -> p.objective(id)).map(Objective::title).orElse(id.value());
  }

  /** The opportunity's name; its id if the account does not hold it. */
  private static String name(KeyAccount account, OpportunityId id) {
    return account.opportunities().stream()
        .filter(o -> o.id().equals(id))
        .map(Opportunity::name)
        .findFirst()
        .orElse(id.value());
  }
}
