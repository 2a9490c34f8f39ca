package dev.kamkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.committee.SubmissionStage;
import dev.kamkit.model.testing.KamGenerator;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.scoring.committee.SubmissionProgress;
import dev.kamkit.scoring.pipeline.PipelineResult;
import dev.kamkit.scoring.pipeline.TargetCoverage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pipeline and the committee submissions in the report, on generated accounts that have both
 * (the bundled sample's pipeline and submissions change with it): each account page shows its plan
 * against its pipeline with short amounts and its submissions with why the stalled ones stalled;
 * the overview charts every submission at its stage and gives the portfolio's committee roll-up and
 * pipeline.
 */
class PipelineAndCommitteeReportTest {
  private static final KamGenerator GENERATOR = KamGenerator.seeded(2020);
  private static final PortfolioAnalysis ANALYSIS =
      PortfolioAnalysis.of(GENERATOR.portfolio(4), GENERATOR.referenceDate());
  private static final ReportWords ENGLISH = ReportWords.in(Locale.ENGLISH);
  private static final Pattern ROW =
      Pattern.compile(
          "<g class=\"submission\" data-submission=\"([^\"]+)\" data-state=\"(\\w+)\">"
              + "<title>([^<]*)</title>");

  private static List<SubmissionProgress> submissions() {
    List<SubmissionProgress> all = new ArrayList<>();
    ANALYSIS.accounts().forEach(a -> all.addAll(a.evaluation().committee().submissions()));
    return all;
  }

  @Test
  void theOverviewChartsEverySubmissionAtItsStageInItsStatesColour() {
    List<SubmissionProgress> all = submissions();
    assertTrue(all.stream().anyMatch(SubmissionProgress::isStalled), "a stalled one");
    assertTrue(all.stream().anyMatch(s -> !s.open()), "a decided one");
    String svg = CommitteeChart.svg(ANALYSIS, ENGLISH);
    assertTrue(svg.contains("role=\"img\" aria-labelledby=\"committee-chart-title\""), svg);
    assertTrue(svg.contains("<title id=\"committee-chart-title\">Committee submissions by stage"));

    Matcher row = ROW.matcher(svg);
    List<String> ids = new ArrayList<>();
    List<String> states = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    while (row.find()) {
      ids.add(row.group(1));
      states.add(row.group(2));
      titles.add(row.group(3));
    }
    assertEquals(all.stream().map(s -> s.submission().value()).toList(), ids);
    assertEquals(all.stream().map(CommitteeChart::state).toList(), states);
    for (int i = 0; i < all.size(); i++) {
      SubmissionProgress s = all.get(i);
      assertEquals(s.isStalled(), states.get(i).equals("stalled"));
      String description = Html.esc(ENGLISH.format(s.description()));
      assertTrue(titles.get(i).startsWith(description), titles.get(i));
      if (s.isStalled()) {
        String why = Html.esc(ENGLISH.format(s.stalled().get(0).message()));
        assertTrue(titles.get(i).contains(why), titles.get(i) + " names why: " + why);
      }
    }
    // each submission fills the segments up to its stage, in its state's colour
    int filled = 0;
    for (SubmissionProgress s : all) {
      filled += s.stage().ordinal() + 1;
    }
    assertEquals(
        all.size() * SubmissionStage.values().length - filled,
        count(svg, "fill=\"#ffffff\" stroke=\"#8c8c8c\""));
    long stalledSegments =
        all.stream()
            .filter(SubmissionProgress::isStalled)
            .mapToLong(s -> s.stage().ordinal() + 1)
            .sum();
    assertEquals(stalledSegments, count(svg, "fill=\"#c00000\""));
    assertEquals(
        all.stream().filter(SubmissionProgress::isStalled).count(), count(svg, ">stalled</text>"));
  }

  @Test
  void withoutSubmissionsTheOverviewSaysSoInsteadOfAnEmptyChart() {
    PortfolioAnalysis seeds = PortfolioAnalysis.of(SeedAccounts.portfolio(), SeedAccounts.AS_OF);
    assertEquals(0, CommitteeChart.submissions(seeds));
    String overview = PortfolioOverview.html(seeds, ENGLISH);
    assertTrue(
        overview.contains(
            "<h2>Committee submissions by stage</h2>\n"
                + "<p class=\"legend\">No account has a committee submission.</p>"),
        overview);
    assertFalse(overview.contains("committee-chart"));
    assertTrue(CommitteeChart.figure(ANALYSIS, ENGLISH).contains("committee-chart"));
  }

  @Test
  void anAccountPageShowsItsPipelineInShortAmountsAndItsSubmissions() {
    AccountAnalysis a =
        ANALYSIS.accounts().stream()
            .filter(x -> !x.evaluation().pipeline().targets().isEmpty())
            .filter(x -> x.evaluation().committee().stalled().size() > 0)
            .findFirst()
            .orElseThrow();
    PipelineResult p = a.evaluation().pipeline();
    ReportMoney money = new ReportMoney(Locale.ENGLISH);
    String page = HtmlReport.page(a, ANALYSIS, Locale.ENGLISH);
    assertTrue(page.contains("<h2>Plan against pipeline</h2>"), page);
    assertTrue(page.contains(Html.esc(PipelineSection.lines(a, ENGLISH).get(0).text())));
    TargetCoverage target = p.targets().get(0);
    String line = PipelineSection.lines(a, ENGLISH).get(1).text();
    assertTrue(line.contains(money.compact(target.target())), line);
    assertFalse(line.contains(target.target().amount().toPlainString()), "short money: " + line);
    assertTrue(page.contains(Html.esc(line)), line);
    assertEquals(
        1
            + p.targets().size()
            + (p.unbackedObjectives().isEmpty() ? 0 : 1)
            + (p.unalignedOpportunities().isEmpty() ? 0 : 1)
            + (p.whitespaceInPipeline().size() + p.whitespaceUnworked().size() > 0 ? 1 : 0),
        PipelineSection.lines(a, ENGLISH).size());

    int start = page.indexOf("<h2>Committee submissions</h2>");
    assertTrue(start > 0, page);
    String committee = page.substring(start, page.indexOf("<h2>", start + 4));
    assertEquals(
        a.evaluation().committee().submissions().size(),
        count(committee, "<li class=\"submission"));
    assertEquals(
        a.evaluation().committee().stalled().size(),
        count(committee, "<li class=\"submission stalled\">"));
    assertEquals(
        a.evaluation().committee().stalled().stream().mapToLong(s -> s.stalled().size()).sum(),
        count(committee, "<li class=\"RISK\">"));
    assertEquals(
        a.evaluation().committee().nextMeetings().size(),
        count(committee, "<li class=\"meeting\">"));

    String text = TextReport.details(a, Locale.ENGLISH);
    assertTrue(
        text.contains("Plan against pipeline: " + PipelineSection.lines(a, ENGLISH).get(0).text()),
        text);
    assertTrue(text.contains(ENGLISH.explain(a.evaluation().committee())), text);
  }

  @Test
  void theSectionsAreWordedInGermanAndFrench() {
    AccountAnalysis a = ANALYSIS.accounts().get(0);
    assertTrue(HtmlReport.page(a, ANALYSIS, Locale.GERMAN).contains("<h2>Plan und Pipeline</h2>"));
    assertTrue(HtmlReport.page(a, ANALYSIS, Locale.FRENCH).contains("<h2>Plan et pipeline</h2>"));
    String german = CommitteeChart.svg(ANALYSIS, ReportWords.in(Locale.GERMAN));
    assertTrue(german.contains("Anträge an Gremien nach Stufe"), german);
  }

  @Test
  void thePortfolioResultsRollUpTheCommitteesAndAddUpThePipeline() {
    String overview = PortfolioOverview.html(ANALYSIS, ENGLISH);
    String rollUp = ENGLISH.format(ANALYSIS.evaluation().committee().explanation().line());
    assertTrue(overview.contains(Html.esc(rollUp)), rollUp);
    String pipeline = PipelineSection.portfolio(ANALYSIS.evaluation(), ENGLISH).orElseThrow();
    ReportMoney money = new ReportMoney(Locale.ENGLISH);
    assertTrue(
        pipeline.contains(money.compact(ANALYSIS.evaluation().weightedPipeline().get(0))),
        pipeline);
    assertTrue(overview.contains(Html.esc(pipeline)), pipeline);
    String text = TextReport.render(ANALYSIS);
    // the roll-up names its accounts by name, as the whole report does
    String committees =
        ReportWords.in(Locale.ENGLISH, ANALYSIS).explain(ANALYSIS.evaluation().committee());
    assertTrue(text.contains(committees), text);
    assertTrue(
        ANALYSIS.accounts().stream()
            .anyMatch(a -> committees.contains("\n  " + a.account().account().name() + ": ")),
        committees);
    for (AccountAnalysis a : ANALYSIS.accounts()) {
      assertFalse(committees.contains("\n  " + a.account().id().value() + ": "), committees);
    }
    assertTrue(text.contains(pipeline), text);
  }

  @Test
  void theGeneratedReportIsKeptForAReviewer() throws java.io.IOException {
    // the bundled sample may have no submissions: this report shows the chart and the sections
    java.nio.file.Path out = java.nio.file.Path.of("target", "generated-portfolio-report.html");
    java.nio.file.Files.createDirectories(out.getParent());
    java.nio.file.Files.writeString(out, HtmlReport.render(ANALYSIS));
    assertTrue(java.nio.file.Files.size(out) > 10_000);
  }

  private static long count(String text, String what) {
    return Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
  }
}
