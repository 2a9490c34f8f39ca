package dev.kamkit.examples.report;

import static dev.kamkit.examples.report.ReportWords.tenths;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.Severity;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.coverage.NextStakeholder;
import dev.kamkit.scoring.whitespace.Opportunity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plain-text portfolio report: a summary line per account, then each account's explanations and
 * its top next actions, then the portfolio-level results. It is worded in English, German or French
 * ({@link #render(PortfolioAnalysis, Locale)}); the account's and the host's own names stay as the
 * portfolio has them.
 */
public final class TextReport {
  /** How many next actions of each kind the report lists per account. */
  static final int TOP = 3;

  /** The narrowest each summary column is, so the English table keeps its familiar layout. */
  private static final int[] MIN_WIDTHS = {36, 7, 28, 32, 14, 8, 7, 0};

  private TextReport() {}

  /** The whole report, in English. */
  public static String render(PortfolioAnalysis analysis) {
    return render(analysis, Locale.ENGLISH);
  }

  /** The whole report in {@code locale}'s language where kamkit has it, else in English. */
  public static String render(PortfolioAnalysis analysis, Locale locale) {
    ReportWords words = ReportWords.in(locale, analysis);
    StringBuilder out = new StringBuilder();
    out.append(
            words.say(
                ReportCode.TITLE,
                Arg.of(analysis.asOf()),
                Arg.of(analysis.accounts().size()),
                Arg.list(analysis.packs(), p -> Arg.text(words.pack(p)))))
        .append("\n\n");
    out.append(summary(analysis.accounts(), words));
    out.append(ReviewSection.text(analysis, words));
    for (AccountAnalysis account : analysis.accounts()) {
      out.append('\n').append(details(account, words));
    }
    out.append('\n').append(portfolio(analysis, words));
    return out.toString();
  }

  /**
   * The summary table: a header, then one line per account with its tier, maturity stage,
   * engagement model, coverage, plan, health and findings. Columns are as wide as their widest
   * cell.
   */
  static String summary(List<AccountAnalysis> accounts, ReportWords words) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            words.say(ReportCode.LABEL_ACCOUNT),
            words.say(ReportCode.LABEL_TIER),
            words.say(ReportCode.LABEL_MATURITY),
            words.say(ReportCode.LABEL_ENGAGEMENT),
            words.say(ReportCode.LABEL_COVERAGE),
            words.say(ReportCode.LABEL_PLAN),
            words.say(ReportCode.LABEL_HEALTH),
            words.say(ReportCode.LABEL_FINDINGS)));
    for (AccountAnalysis a : accounts) {
      rows.add(summaryCells(a, words));
    }
    int[] widths = MIN_WIDTHS.clone();
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        line.append(cell);
        if (c < row.size() - 1) {
          line.append(" ".repeat(widths[c] - cell.length() + 1));
        }
      }
      out.append(line).append('\n');
    }
    return out.toString();
  }

  private static List<String> summaryCells(AccountAnalysis a, ReportWords words) {
    return List.of(
        a.account().account().name(),
        a.tier().tier().map(words::name).orElse("-"),
        words.format(a.maturity().stage().label()),
        engagementModel(a, words),
        words.say(
            ReportCode.SCORE_STATUS,
            tenths(a.coverage().score().value()),
            Arg.of(a.coverage().status())),
        words.say(ReportCode.SCORE, tenths(a.completeness().score().value())),
        words.name(a.health().status()),
        findings(a, words));
  }

  /** The recommended engagement model's name, or that the account could not be placed. */
  static String engagementModel(AccountAnalysis a, ReportWords words) {
    return a.engagement()
        .primary()
        .map(words::name)
        .orElseGet(() -> words.say(ReportCode.ENGAGEMENT_NOT_PLACED));
  }

  /** How many findings: {@code 8 (2 errors, 1 warning)}. */
  static String findings(AccountAnalysis a, ReportWords words) {
    return words.format(findingsCount(a));
  }

  private static Message findingsCount(AccountAnalysis a) {
    return Message.of(
        ReportCode.FINDINGS_COUNT,
        Arg.of(a.findings().size()),
        Arg.of(a.findings(Severity.ERROR).size()),
        Arg.of(a.findings(Severity.WARNING).size()));
  }

  /** An account's explanations and its top next actions, in {@code locale}'s language. */
  public static String details(AccountAnalysis a, Locale locale) {
    return details(a, ReportWords.in(locale, a));
  }

  static String details(AccountAnalysis a, ReportWords words) {
    StringBuilder out = new StringBuilder();
    String title = "== " + a.account().account().name() + " (" + a.account().id().value() + ") ==";
    out.append(title).append('\n');
    out.append(words.explain(a.tier())).append("\n\n");
    out.append(words.explain(a.maturity())).append("\n\n");
    out.append(words.explain(a.relationship())).append("\n\n");
    out.append(words.explain(a.engagement())).append("\n\n");
    out.append(words.explain(a.coverage())).append('\n');
    out.append(TurnoverSection.text(a, words)).append('\n');
    out.append(words.explain(a.completeness().score())).append('\n');
    out.append('\n');
    out.append(whitespace(a, words)).append('\n');
    out.append(PipelineSection.text(a, words)).append('\n');
    out.append(CommitteeSection.text(a, words)).append("\n\n");
    out.append(VoiceSection.text(a, words)).append("\n\n");
    out.append(words.explain(a.health())).append("\n\n");
    out.append(words.say(ReportCode.FINDINGS, Arg.of(findingsCount(a)))).append('\n');
    for (Finding f : a.findings()) {
      out.append("  ").append(words.exact(f.line())).append('\n');
    }
    out.append('\n').append(words.say(ReportCode.ACTIONS)).append('\n');
    for (String action : nextActions(a, words)) {
      out.append("  - ").append(action).append('\n');
    }
    return out.toString();
  }

  static String whitespace(AccountAnalysis a, ReportWords words) {
    StringBuilder out = new StringBuilder();
    a.whitespace()
        .penetration()
        .ifPresentOrElse(
            s -> out.append(words.explain(s)).append('\n'),
            () -> out.append(words.say(ReportCode.WHITESPACE_NONE)).append('\n'));
    List<Opportunity> open = a.whitespace().opportunities();
    if (!open.isEmpty()) {
      out.append("  ")
          .append(words.say(ReportCode.WHITESPACE_OPPORTUNITIES, Arg.of(open.size())))
          .append('\n');
      open.stream()
          .limit(5)
          .forEach(o -> out.append("    ").append(words.format(o.description())).append('\n'));
    }
    for (Reason excluded : a.whitespace().excluded()) {
      out.append("  ").append(words.format(excluded.line())).append('\n');
    }
    return out.toString();
  }

  /**
   * The top next actions, in {@code locale}'s language: who to engage next for the most coverage,
   * what the next KAM maturity stage needs, and how to move the relationship up.
   */
  public static List<String> nextActions(AccountAnalysis a, Locale locale) {
    return nextActions(a, ReportWords.in(locale, a));
  }

  static List<String> nextActions(AccountAnalysis a, ReportWords words) {
    List<String> actions = new ArrayList<>();
    for (NextStakeholder next : a.nextStakeholders().stream().limit(TOP).toList()) {
      actions.add(words.say(ReportCode.ACTION_ENGAGE, Arg.of(next.why())));
    }
    a.maturity().missingForNext().stream()
        .limit(TOP)
        .forEach(
            r ->
                actions.add(
                    a.maturity()
                        .next()
                        .map(
                            s ->
                                words.say(
                                    ReportCode.ACTION_MATURITY,
                                    Arg.of(s.label()),
                                    Arg.of(r.message())))
                        .orElseGet(
                            () ->
                                words.say(ReportCode.ACTION_MATURITY_NEXT, Arg.of(r.message())))));
    a.relationship().missingForNext().stream()
        .limit(TOP)
        .forEach(r -> actions.add(words.say(ReportCode.ACTION_RELATIONSHIP, Arg.of(r.message()))));
    if (actions.isEmpty()) {
      actions.add(words.say(ReportCode.ACTION_NONE));
    }
    return actions;
  }

  static String portfolio(PortfolioAnalysis analysis, ReportWords words) {
    return "== "
        + words.say(ReportCode.LABEL_PORTFOLIO)
        + " ==\n"
        + words.explain(analysis.tiering())
        + "\n\n"
        + words.explain(analysis.sam())
        + "\n\n"
        + words.explain(analysis.underServed())
        + "\n\n"
        + words.explain(analysis.evaluation().committee())
        + "\n\n"
        + words.explain(analysis.evaluation().shareOfVoice())
        + "\n"
        + PipelineSection.portfolio(analysis.evaluation(), words)
            .map(p -> "\n" + p + "\n")
            .orElse("")
        + configuration(analysis, words);
  }

  /** The findings about the compliance policies, once each, if there are any. */
  static String configuration(PortfolioAnalysis analysis, ReportWords words) {
    List<Finding> found = analysis.configuration();
    if (found.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("\n");
    out.append(words.say(ReportCode.CONFIGURATION_HEADING, Arg.of(found.size()))).append('\n');
    for (Finding f : found) {
      out.append("  ").append(words.exact(f.line())).append('\n');
    }
    return out.toString();
  }
}
