package dev.kamkit.examples.report;

import static dev.kamkit.model.explain.Param.choice;
import static dev.kamkit.model.explain.Param.count;
import static dev.kamkit.model.explain.Param.date;
import static dev.kamkit.model.explain.Param.list;
import static dev.kamkit.model.explain.Param.message;
import static dev.kamkit.model.explain.Param.number;
import static dev.kamkit.model.explain.Param.text;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/**
 * The report's own words: headings, column titles, labels and the fixed phrases of the text and
 * HTML reports, worded by {@link dev.kamkit.model.explain.Messages} like kamkit's own codes.
 *
 * <p>Their patterns live in {@code dev/kamkit/examples/report/report.properties} (English) and its
 * German and French translations, {@code report_de.properties} and {@code report_fr.properties}.
 * Everything else the reports say comes from the results' own explanations.
 */
public enum ReportCode implements MessageCode {
  /** The first line of the text report: the day, the number of accounts and the packs run. */
  TITLE("report.title", date("asOf"), count("accounts"), list("packs")),
  /** The title of the HTML document. */
  HTML_TITLE("report.html.title", date("asOf")),
  /** Under an account's name in the HTML report: its kind and the day. */
  HTML_SUBTITLE("report.html.subtitle", choice("kind"), date("asOf")),
  /** Printed after the text report when the HTML report was written. */
  HTML_WRITTEN("report.html.written", text("file")),

  /** The account's name, as a column title. */
  LABEL_ACCOUNT("report.label.account"),
  /** The tier by potential value. */
  LABEL_TIER("report.label.tier"),
  /** The KAM maturity stage. */
  LABEL_MATURITY("report.label.maturity"),
  /** The relationship stage. */
  LABEL_RELATIONSHIP("report.label.relationship"),
  /** The recommended engagement model. */
  LABEL_ENGAGEMENT("report.label.engagement"),
  /** Relationship coverage, short, as a column title. */
  LABEL_COVERAGE("report.label.coverage"),
  /** Plan completeness, short, as a column title. */
  LABEL_PLAN("report.label.plan"),
  /** Account health. */
  LABEL_HEALTH("report.label.health"),
  /** The compliance findings. */
  LABEL_FINDINGS("report.label.findings"),
  /** The heading of the relationship map. */
  LABEL_RELATIONSHIP_MAP("report.label.relationship-map"),
  /** The heading of the whitespace heat map. */
  LABEL_WHITESPACE("report.label.whitespace"),
  /** The heading of relationship coverage. */
  LABEL_RELATIONSHIP_COVERAGE("report.label.relationship-coverage"),
  /** The heading of plan completeness. */
  LABEL_COMPLETENESS("report.label.completeness"),
  /** The heading of the top next actions. */
  LABEL_ACTIONS("report.label.actions"),
  /** The heading of the portfolio-level results. */
  LABEL_PORTFOLIO("report.label.portfolio"),

  /** A score's value alone, as a table shows it. */
  SCORE("report.score", number("score")),
  /** A score's value and its RAG status. */
  SCORE_STATUS("report.score.status", number("score"), choice("status")),
  /** A score's value out of 100. */
  POINTS("report.points", number("score")),
  /** The points a score component contributes, of its weight. */
  COMPONENT_POINTS("report.component.points", number("contribution"), number("weight")),
  /** A score component that does not apply to the account. */
  COMPONENT_NOT_APPLICABLE("report.component.not-applicable"),
  /** No tier: the account could not be placed. */
  TIER_NONE("report.tier.none"),
  /** No engagement model: the account could not be placed on the grid. */
  ENGAGEMENT_NOT_PLACED("report.engagement.not-placed"),

  /** How many findings, and how many of them are errors and warnings. */
  FINDINGS_COUNT("report.findings.count", count("count"), count("errors"), count("warnings")),
  /** The text report's line before an account's findings. */
  FINDINGS("report.findings", message("count")),
  /** The HTML report's heading of an account's findings: its errors and warnings. */
  FINDINGS_HEADING("report.findings.heading", count("errors"), count("warnings")),
  /** An account's findings in the overview and its summary: errors, warnings and notes. */
  FINDINGS_SEVERITIES(
      "report.findings.severities", count("errors"), count("warnings"), count("notes")),
  /** The heading of an account's findings of one severity, with their number. */
  FINDINGS_GROUP("report.findings.group", choice("severity"), count("count")),
  /**
   * The heading of the findings about the compliance policies themselves, once for the portfolio,
   * for whoever administers the policies.
   */
  CONFIGURATION_HEADING("report.configuration.heading", count("count")),
  /** An account without findings. */
  FINDINGS_NONE("report.findings.none"),

  /** An account whose whitespace grid assesses no cell. */
  WHITESPACE_NONE("report.whitespace.none"),
  /** The line before the largest open opportunities. */
  WHITESPACE_OPPORTUNITIES("report.whitespace.opportunities", count("count")),

  /** The heading of an account's plan against its pipeline. */
  LABEL_PIPELINE("report.label.pipeline"),
  /** The open pipeline: how many opportunities, their amount and its weighted value, short. */
  PIPELINE_SUMMARY("report.pipeline.summary", count("open"), text("amount"), text("weighted")),
  /** No opportunity is open. */
  PIPELINE_EMPTY("report.pipeline.empty"),
  /** A revenue target the won and weighted pipeline fall short of, amounts short. */
  PIPELINE_TARGET_GAP(
      "report.pipeline.target.gap",
      text("objective"),
      text("target"),
      text("won"),
      text("weighted"),
      text("gap")),
  /** A revenue target the won and weighted pipeline cover, amounts short. */
  PIPELINE_TARGET_COVERED(
      "report.pipeline.target.covered",
      text("objective"),
      text("target"),
      text("won"),
      text("weighted")),
  /** Commercial objectives with no opportunity behind them, by title. */
  PIPELINE_UNBACKED("report.pipeline.unbacked", list("objectives")),
  /** Open opportunities that serve no objective, by name. */
  PIPELINE_UNALIGNED("report.pipeline.unaligned", list("opportunities")),
  /** Addressable whitespace cells that have become pipeline, of all addressable unsold ones. */
  PIPELINE_WHITESPACE("report.pipeline.whitespace", count("worked"), count("cells")),
  /** The portfolio's open and weighted pipeline, one short amount per currency. */
  PORTFOLIO_PIPELINE("report.portfolio.pipeline", list("open"), list("weighted")),
  /** The heading of an account's committee submissions. */
  LABEL_COMMITTEE("report.label.committee"),
  /** The subheading of what coverage would become if one of our team left. */
  LABEL_TURNOVER("report.label.turnover"),
  /** The heading of an account's share of voice. */
  LABEL_SHARE_OF_VOICE("report.label.share-of-voice"),
  /** The heading of the overview's chart of committee submissions by stage. */
  CHART_COMMITTEE("report.chart.committee"),
  /** The chart of committee submissions: its legend. */
  CHART_COMMITTEE_LEGEND("report.chart.committee.legend"),
  /** The portfolio has no committee submissions to chart. */
  CHART_COMMITTEE_NONE("report.chart.committee.none"),
  /** Beside a submission's stages: the stage it reached and its days since the request. */
  CHART_COMMITTEE_VALUE("report.chart.committee.value", choice("stage"), count("days")),
  /** Marks a stalled submission in the chart. */
  CHART_COMMITTEE_STALLED("report.chart.committee.stalled"),
  /** A submission in the chart, as its title says it: what it is, and why it stalled. */
  CHART_COMMITTEE_ROW("report.chart.committee.row", message("submission"), list("why")),

  /** The text report's heading of the top next actions. */
  ACTIONS("report.actions"),
  /** A next action: a stakeholder to engage, and why. */
  ACTION_ENGAGE("report.action.engage", message("why")),
  /** A next action: what the next KAM maturity stage needs. */
  ACTION_MATURITY("report.action.maturity", message("stage"), message("missing")),
  /** A next action: what a next KAM maturity stage needs, when no next stage is named. */
  ACTION_MATURITY_NEXT("report.action.maturity.next", message("missing")),
  /** A next action: how to move the relationship up. */
  ACTION_RELATIONSHIP("report.action.relationship", message("missing")),
  /** No next action kamkit can name. */
  ACTION_NONE("report.action.none"),

  /** The relationship map's legend: what a stakeholder's fill means. */
  LEGEND_SENTIMENT("report.legend.sentiment"),
  /** A stakeholder whose sentiment is not recorded. */
  LEGEND_SENTIMENT_UNKNOWN("report.legend.sentiment.unknown"),
  /** The relationship map's legend: the buying roles' abbreviations. */
  LEGEND_ROLES("report.legend.roles", list("roles")),
  /** One buying role's abbreviation and name. */
  LEGEND_ROLE("report.legend.role", text("abbreviation"), choice("role")),
  /** The relationship map's legend: edges and outlines. */
  LEGEND_EDGES("report.legend.edges", count("days")),
  /** The heat map's legend, after the statuses' colours. */
  LEGEND_WHITESPACE("report.legend.whitespace"),
  /** The heat map's legend: a product and unit pair the grid does not assess. */
  LEGEND_UNASSESSED("report.legend.unassessed"),
  /** The relationship map's legend: what an edge's shade means, before its swatches. */
  LEGEND_STRENGTH("report.legend.strength"),
  /** The relationship map's legend: a quiet relationship's edge. */
  LEGEND_QUIET("report.legend.quiet"),

  /** The heat map's accessible name. */
  HEATMAP_LABEL("report.heatmap.label", text("account")),
  /** An account whose whitespace grid is empty. */
  HEATMAP_EMPTY("report.heatmap.empty"),
  /** A product and clinical unit pair the grid does not assess. */
  HEATMAP_UNASSESSED("report.heatmap.unassessed", text("product"), text("unit")),
  /** A whitespace cell: product, unit, site and what is known of it. */
  HEATMAP_CELL("report.heatmap.cell", text("product"), text("unit"), text("site"), list("details")),
  /** A whitespace cell's estimated value, as a short amount ({@code $1.8M}). */
  HEATMAP_WORTH("report.heatmap.worth", text("value")),
  /** The competitor product holding a whitespace cell. */
  HEATMAP_HELD_BY("report.heatmap.held-by", text("competitor")),
  /** Written in a cell where the product is not indicated. */
  HEATMAP_NOT_INDICATED("report.heatmap.not-indicated"),
  /** Written in a sold cell without a value. */
  HEATMAP_SOLD("report.heatmap.sold"),

  /** The relationship map's accessible name. */
  GRAPH_LABEL("report.graph.label", text("account")),
  /** The title of our team's column. */
  GRAPH_TEAM("report.graph.team"),
  /** An edge: who of ours holds whom, and how strongly. */
  GRAPH_EDGE("report.graph.edge", text("member"), text("stakeholder"), choice("strength")),
  /** An edge with its last interaction. */
  GRAPH_EDGE_LAST("report.graph.edge.last", message("edge"), date("date")),
  /** An edge without an interaction in the coverage policy's window. */
  GRAPH_EDGE_INACTIVE("report.graph.edge.inactive", message("edge")),
  /** The parts of a node's subtitle, as a list. */
  GRAPH_PARTS("report.graph.parts", list("parts")),
  /** An enum value after the first part of a subtitle: lower case where the language writes so. */
  GRAPH_PART("report.graph.part", choice("value")),
  /** A team member who has left. */
  GRAPH_LEFT("report.graph.left", date("date")),
  /** A team member holding every active relationship. */
  GRAPH_SINGLE_OURS("report.graph.single-ours", message("member")),
  /** A stakeholder's status with the day they leave or left. */
  GRAPH_STATUS_DATED("report.graph.status-dated", choice("status"), date("date")),
  /** A stakeholder nobody of ours holds actively. */
  GRAPH_UNHELD("report.graph.unheld"),
  /** Who of ours holds a stakeholder: the list of holders. */
  GRAPH_HELD_BY("report.graph.held-by", list("holders")),
  /** One of ours holding a stakeholder, with no interaction recorded. */
  GRAPH_HOLDER("report.graph.holder", text("member"), choice("strength")),
  /** One of ours holding a stakeholder, with the last interaction. */
  GRAPH_HOLDER_LAST("report.graph.holder.last", text("member"), choice("strength"), date("date")),
  /** One of ours holding a stakeholder, quiet since the last interaction. */
  GRAPH_HOLDER_QUIET("report.graph.holder.quiet", text("member"), choice("strength"), date("date")),

  /** The overview's heading. */
  OVERVIEW_HEADING("report.overview.heading", date("asOf")),
  /** The overview's line under the heading: accounts and the packs run. */
  OVERVIEW_SUBTITLE("report.overview.subtitle", count("accounts"), list("packs")),
  /** The overview table's accessible caption. */
  OVERVIEW_TABLE("report.overview.table"),
  /** A column title: errors. */
  LABEL_ERRORS("report.label.errors"),
  /** A column title: warnings. */
  LABEL_WARNINGS("report.label.warnings"),
  /** A column title: notes (findings of severity INFO). */
  LABEL_NOTES("report.label.notes"),
  /** The heading of the portfolio-level results in the overview. */
  OVERVIEW_RESULTS("report.overview.results"),
  /** The heading of the chart of coverage against potential. */
  CHART_COVERAGE("report.chart.coverage"),
  /** The chart of coverage against potential: its legend. */
  CHART_COVERAGE_LEGEND("report.chart.coverage.legend"),
  /** One account in the chart of coverage against potential, as its title says it. */
  CHART_COVERAGE_ROW(
      "report.chart.coverage.row", text("account"), number("potential"), number("coverage")),
  /** An account without a tiering score in the chart, as its title says it. */
  CHART_COVERAGE_UNTIERED("report.chart.coverage.untiered", text("account"), number("coverage")),
  /** The two values beside an account's bars: potential and coverage. */
  CHART_COVERAGE_VALUES("report.chart.coverage.values", number("potential"), number("coverage")),
  /** Marks an under-served account in the chart. */
  CHART_UNDER_SERVED("report.chart.under-served"),
  /** The heading of the chart of health by tier. */
  CHART_HEALTH("report.chart.health"),
  /** The chart of health by tier: its accessible name and legend. */
  CHART_HEALTH_LEGEND("report.chart.health.legend"),
  /** One account in the chart of health by tier, as its title says it. */
  CHART_HEALTH_ROW("report.chart.health.row", text("account"), number("score"), choice("status")),
  /** The link from an account's page back to the overview. */
  BACK_TO_OVERVIEW("report.back");

  private final String code;
  private final List<Param> params;

  ReportCode(String code, Param... params) {
    this.code = code;
    this.params = List.of(params);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public List<Param> params() {
    return params;
  }

  /** The report's bundle, {@code dev/kamkit/examples/report/report.properties}. */
  @Override
  public String bundleName() {
    return ReportCode.class.getPackageName() + ".report";
  }
}
