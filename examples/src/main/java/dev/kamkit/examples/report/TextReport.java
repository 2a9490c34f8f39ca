package dev.kamkit.examples.report;

import dev.kamkit.model.explain.Messages;
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
 * its top next actions, then the portfolio-level results.
 */
public final class TextReport {
  /** How many next actions of each kind the report lists per account. */
  static final int TOP = 3;

  private TextReport() {}

  /** The whole report. */
  public static String render(PortfolioAnalysis analysis) {
    StringBuilder out = new StringBuilder();
    out.append("Portfolio report as of ")
        .append(analysis.asOf())
        .append(": ")
        .append(analysis.accounts().size())
        .append(" accounts; compliance packs: ")
        .append(String.join(", ", analysis.packNames()))
        .append("\n\n");
    out.append(header()).append('\n');
    for (AccountAnalysis account : analysis.accounts()) {
      out.append(summaryLine(account)).append('\n');
    }
    for (AccountAnalysis account : analysis.accounts()) {
      out.append('\n').append(details(account));
    }
    out.append('\n').append(portfolio(analysis));
    return out.toString();
  }

  static String header() {
    return String.format(
        Locale.ROOT,
        "%-36s %-7s %-28s %-32s %-14s %-8s %-7s %s",
        "Account",
        "Tier",
        "KAM maturity",
        "Engagement model",
        "Coverage",
        "Plan",
        "Health",
        "Compliance findings");
  }

  /** One line: tier, maturity stage, engagement model, coverage, plan, health and findings. */
  public static String summaryLine(AccountAnalysis a) {
    String tier = a.tier().tier().map(t -> t.name().replace("TIER_", "tier ")).orElse("-");
    String model =
        a.engagement().primary().map(m -> Messages.english().name(m)).orElse("not placed");
    return String.format(
        Locale.ROOT,
        "%-36s %-7s %-28s %-32s %-14s %-8s %-7s %s",
        a.account().account().name(),
        tier,
        a.maturity().stage().label().toString(),
        model,
        a.coverage().score().value().setScale(1, java.math.RoundingMode.HALF_UP)
            + " "
            + a.coverage().status(),
        a.completeness().score().value().setScale(1, java.math.RoundingMode.HALF_UP),
        a.health().status(),
        findings(a));
  }

  static String findings(AccountAnalysis a) {
    return a.findings().size()
        + " ("
        + counted(a.findings(Severity.ERROR).size(), "error")
        + ", "
        + counted(a.findings(Severity.WARNING).size(), "warning")
        + ")";
  }

  private static String counted(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** An account's explanations and its top next actions. */
  public static String details(AccountAnalysis a) {
    StringBuilder out = new StringBuilder();
    String title = "== " + a.account().account().name() + " (" + a.account().id().value() + ") ==";
    out.append(title).append('\n');
    out.append(a.tier().explain()).append("\n\n");
    out.append(a.maturity().explain()).append("\n\n");
    out.append(a.relationship().explain()).append("\n\n");
    out.append(a.engagement().explain()).append("\n\n");
    out.append(a.coverage().explain()).append("\n\n");
    out.append(a.completeness().score().explain()).append('\n');
    out.append('\n');
    out.append(whitespace(a)).append('\n');
    out.append(a.health().explain()).append("\n\n");
    out.append("Compliance findings: ").append(findings(a)).append('\n');
    for (Finding f : a.findings()) {
      out.append("  ").append(f).append('\n');
    }
    out.append('\n').append("Top next actions:\n");
    for (String action : nextActions(a)) {
      out.append("  - ").append(action).append('\n');
    }
    return out.toString();
  }

  static String whitespace(AccountAnalysis a) {
    StringBuilder out = new StringBuilder();
    a.whitespace()
        .penetration()
        .ifPresentOrElse(
            s -> out.append(s.explain()).append('\n'),
            () -> out.append("Whitespace penetration: no assessed cell\n"));
    List<Opportunity> open = a.whitespace().opportunities();
    if (!open.isEmpty()) {
      out.append("  Opportunities, largest first (").append(open.size()).append("):\n");
      open.stream().limit(5).forEach(o -> out.append("    ").append(o.description()).append('\n'));
    }
    for (Reason excluded : a.whitespace().excluded()) {
      out.append("  ").append(excluded).append('\n');
    }
    return out.toString();
  }

  /**
   * The top next actions: who to engage next for the most coverage, what the next KAM maturity
   * stage needs, and how to move the relationship up.
   */
  public static List<String> nextActions(AccountAnalysis a) {
    List<String> actions = new ArrayList<>();
    for (NextStakeholder next : a.nextStakeholders().stream().limit(TOP).toList()) {
      actions.add("Engage: " + next.why());
    }
    a.maturity().missingForNext().stream()
        .limit(TOP)
        .forEach(
            r ->
                actions.add(
                    "For "
                        + a.maturity()
                            .next()
                            .map(s -> s.label().toString())
                            .orElse("the next stage")
                        + ": "
                        + r.message()));
    a.relationship().missingForNext().stream()
        .limit(TOP)
        .forEach(r -> actions.add("Relationship: " + r.message()));
    if (actions.isEmpty()) {
      actions.add("Nothing kamkit can name: keep the plan current");
    }
    return actions;
  }

  static String portfolio(PortfolioAnalysis analysis) {
    return "== Portfolio ==\n"
        + analysis.tiering().explain()
        + "\n\n"
        + analysis.sam().explain()
        + "\n\n"
        + analysis.underServed().explain()
        + "\n";
  }
}
