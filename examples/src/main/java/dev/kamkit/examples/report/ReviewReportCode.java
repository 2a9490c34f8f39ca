package dev.kamkit.examples.report;

import static dev.kamkit.model.explain.Param.choice;
import static dev.kamkit.model.explain.Param.date;
import static dev.kamkit.model.explain.Param.list;
import static dev.kamkit.model.explain.Param.number;
import static dev.kamkit.model.explain.Param.text;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/**
 * The report's words for what changed since the last review: the section's heading and the chart of
 * score changes. Their patterns live in {@code dev/kamkit/examples/report/review.properties} and
 * its German and French translations; everything else the section says is the review's own
 * explanation.
 */
public enum ReviewReportCode implements MessageCode {
  /** The heading of the section: since the day of the last review. */
  HEADING("report.review.heading", date("since")),
  /** The chart's title. */
  CHART("report.review.chart"),
  /** The chart's legend. */
  CHART_LEGEND("report.review.chart.legend"),
  /** One account in the chart, as its title says it: each score's move. */
  CHART_ROW("report.review.chart.row", text("account"), list("moves")),
  /** One score's move in points. */
  CHART_MOVE("report.review.chart.move", choice("score"), number("change")),
  /** An account whose scores did not move. */
  CHART_STILL("report.review.chart.still", text("account"));

  private final String code;
  private final List<Param> params;

  ReviewReportCode(String code, Param... params) {
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

  /** The section's bundle, {@code dev/kamkit/examples/report/review.properties}. */
  @Override
  public String bundleName() {
    return ReviewReportCode.class.getPackageName() + ".review";
  }
}
