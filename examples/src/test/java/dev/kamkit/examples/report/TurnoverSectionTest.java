package dev.kamkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.examples.sample.SamplePortfolio;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.scoring.RagStatus;
import dev.kamkit.scoring.coverage.TurnoverImpact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The turnover what-if in the report, on the bundled sample: at Harbor Point one rep, Owen Price,
 * alone holds Dr. Walsh, the prescriber the account hangs on, so the account page says what
 * coverage would be left if he went, that nobody of ours would hold Dr. Walsh, and that the status
 * would then be red.
 */
class TurnoverSectionTest {
  private static final PortfolioAnalysis ANALYSIS =
      PortfolioAnalysis.of(SamplePortfolio.portfolio(), ReportArguments.DEFAULT_AS_OF);
  private static final ReportWords ENGLISH = ReportWords.in(Locale.ENGLISH);
  private static final String HARBOR_POINT = "harbor-point-medical-center";

  private static AccountAnalysis account(PortfolioAnalysis analysis, String id) {
    return analysis.accounts().stream()
        .filter(a -> a.account().id().value().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void harborPointsOnlyRepLeavingLeavesItRed() {
    AccountAnalysis harbor = account(ANALYSIS, HARBOR_POINT);
    List<TurnoverImpact> shown = TurnoverSection.shown(harbor);
    TurnoverImpact owen = shown.get(0);
    assertEquals(TeamMemberId.of("team-sales-owen-price"), owen.teamMember());
    assertEquals(RagStatus.RED, owen.statusAfter());
    assertEquals(Set.of(StakeholderId.of("harbor-point-dr-walsh")), owen.orphaned());
    String line = ENGLISH.format(owen.line());
    assertTrue(line.startsWith("if team-sales-owen-price leaves: -"), line);
    String text = TurnoverSection.text(harbor, ENGLISH);
    assertTrue(text.startsWith("If one of our team left\n  - " + line + "\n"), text);
    assertTrue(TextReport.details(harbor, ENGLISH).contains(text));
    String html = TurnoverSection.html(harbor, ENGLISH);
    assertTrue(html.startsWith("<h3>If one of our team left</h3>\n<ul class=\"turnover\"><li>"));
    assertTrue(html.contains("status <span class=\"RED\">RED</span>"), html);
    assertTrue(HtmlReport.page(harbor, ANALYSIS, ENGLISH).contains(html));
    assertTrue(
        TurnoverSection.html(harbor, ReportWords.in(Locale.GERMAN))
            .startsWith("<h3>Falls jemand aus unserem Team geht</h3>"));
  }

  @Test
  void atMostThreeMembersWhoseDepartureCostsPointsWorstFirst() {
    for (AccountAnalysis a : ANALYSIS.accounts()) {
      List<TurnoverImpact> shown = TurnoverSection.shown(a);
      assertTrue(shown.size() <= TurnoverSection.SHOWN, a.account().id().value());
      for (int i = 0; i < shown.size(); i++) {
        assertTrue(shown.get(i).loss().signum() > 0, shown.get(i).explain());
        if (i > 0) {
          assertTrue(shown.get(i - 1).loss().compareTo(shown.get(i).loss()) >= 0);
        }
      }
      long costly =
          a.evaluation().turnoverExposure().stream()
              .filter(t -> t.loss().compareTo(BigDecimal.ZERO) > 0)
              .count();
      assertEquals(Math.min(costly, TurnoverSection.SHOWN), shown.size(), a.account().id().value());
    }
    AccountAnalysis riverside = account(ANALYSIS, "riverside-health");
    assertEquals(2, TurnoverSection.shown(riverside).size());
  }

  /** An exposure of four costly departures: the first three, as the evaluator sorted them. */
  @Test
  void moreThanThreeCostlyDeparturesShowTheThreeCostliest() {
    AccountAnalysis harbor = account(ANALYSIS, HARBOR_POINT);
    TurnoverImpact owen = TurnoverSection.shown(harbor).get(0);
    List<TurnoverImpact> four = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      four.add(owen.withTeamMember(TeamMemberId.of("team-sales-rep-" + i)));
    }
    AccountAnalysis many =
        new AccountAnalysis(harbor.account(), harbor.evaluation().withTurnoverExposure(four));
    assertEquals(four.subList(0, TurnoverSection.SHOWN), TurnoverSection.shown(many));
    assertEquals(TurnoverSection.SHOWN, TurnoverSection.text(many, ENGLISH).lines().count() - 1);
  }

  private static KeyAccount harbor() {
    return SamplePortfolio.portfolio().accounts().stream()
        .filter(a -> a.id().value().equals(HARBOR_POINT))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anAccountWhereNobodysDepartureCostsPointsShowsNothing() {
    KeyAccount harbor = harbor();
    KeyAccount unheld = KeyAccount.builder().from(harbor).relationships(List.of()).build();
    PortfolioAnalysis analysis =
        PortfolioAnalysis.of(
            Portfolio.builder().addAccounts(unheld).build(), ReportArguments.DEFAULT_AS_OF);
    AccountAnalysis a = account(analysis, HARBOR_POINT);
    assertEquals("", TurnoverSection.text(a, ENGLISH));
    assertEquals("", TurnoverSection.html(a, ENGLISH));
  }

  /** The report names the records results name by id: Owen Price, not his CRM id. */
  @Test
  void theReportNamesWhoWouldLeave() {
    String report = TextReport.render(ANALYSIS, Locale.ENGLISH);
    assertTrue(report.contains("  - if Owen Price leaves: -"), report);
    assertTrue(report.contains("Dr. Frank Walsh would be held by nobody of ours"), report);
    assertTrue(!report.contains("team-sales-owen-price leaves"), report);
    String page = HtmlReport.page(account(ANALYSIS, HARBOR_POINT), ANALYSIS, Locale.ENGLISH);
    assertTrue(page.contains("if Owen Price leaves"), page);
    assertTrue(
        TextReport.details(account(ANALYSIS, HARBOR_POINT), Locale.GERMAN)
            .contains("Wenn Owen Price geht"));
  }
}
