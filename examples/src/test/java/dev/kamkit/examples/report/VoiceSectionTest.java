package dev.kamkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.examples.sample.SamplePortfolio;
import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.scoring.voice.ShareOfVoiceResult;
import dev.kamkit.scoring.voice.VoiceCode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Share of voice in the report, on the bundled sample: Riverside, where Rivaltis Pharma's reps call
 * far more often than ours, is below the average company's share; Harbor Point, where our rep calls
 * more often than Rivaltis, above it. Each account page shows its share with its competitors and
 * its peers; the overview gives the portfolio's roll-up.
 */
class VoiceSectionTest {
  private static final PortfolioAnalysis ANALYSIS =
      PortfolioAnalysis.of(SamplePortfolio.portfolio(), ReportArguments.DEFAULT_AS_OF);
  private static final ReportWords ENGLISH = ReportWords.in(Locale.ENGLISH);

  private static AccountAnalysis account(String id) {
    return ANALYSIS.accounts().stream()
        .filter(a -> a.account().id().value().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void riversideIsBelowTheAverageCompanysShareAndHarborPointAbove() {
    ShareOfVoiceResult riverside = account("riverside-health").evaluation().shareOfVoice();
    assertTrue(riverside.known());
    assertFalse(riverside.aboveAverage());
    assertEquals(3, riverside.companies());
    ShareOfVoiceResult harbor = account("harbor-point-medical-center").evaluation().shareOfVoice();
    assertTrue(harbor.known());
    assertTrue(harbor.aboveAverage());
    assertTrue(harbor.ours() > harbor.theirs(), harbor.explain());
  }

  @Test
  void theAccountPageShowsTheShareItsCompetitorsAndItsPeers() {
    AccountAnalysis riverside = account("riverside-health");
    String html = VoiceSection.html(riverside, ANALYSIS, ENGLISH);
    assertTrue(html.startsWith("<h2>Share of voice</h2>"), html);
    ShareOfVoiceResult voice = riverside.evaluation().shareOfVoice();
    assertTrue(html.contains(Html.esc(ENGLISH.format(voice.headline()))), html);
    assertTrue(html.contains("Rivaltis Pharma"), html);
    assertTrue(html.contains("Cardionex"), html);
    String peers =
        Html.esc(
            ENGLISH.format(
                ANALYSIS
                    .evaluation()
                    .shareOfVoice()
                    .account(riverside.account().id())
                    .orElseThrow()
                    .reasons()
                    .get(0)
                    .line()));
    assertTrue(html.contains(peers), html);
    assertTrue(HtmlReport.page(riverside, ANALYSIS, ENGLISH).contains(html));
    assertTrue(TextReport.details(riverside, ENGLISH).contains(ENGLISH.format(voice.headline())));
    assertTrue(
        VoiceSection.html(riverside, ANALYSIS, ReportWords.in(Locale.GERMAN))
            .startsWith("<h2>Kontaktanteil</h2>"));
  }

  @Test
  void theOverviewGivesThePortfoliosShareOfVoice() {
    String roll =
        Html.esc(ENGLISH.format(ANALYSIS.evaluation().shareOfVoice().explanation().line()));
    assertTrue(PortfolioOverview.html(ANALYSIS, ENGLISH).contains(roll));
  }

  /**
   * Lakeview, Riverside's tier-1 peer, logs six calls of ours against Cardionex's nine: 40 %, so
   * Riverside's 6.2 % is below its peers' average share and Lakeview's is not.
   */
  @Test
  void riversidesShareIsBelowItsPeersWhereLakeviewsIsKnownToo() {
    ShareOfVoiceResult lakeview = account("lakeview-regional-health").evaluation().shareOfVoice();
    assertTrue(lakeview.known(), lakeview.explain());
    assertEquals(6, lakeview.ours());
    assertEquals(9, lakeview.theirs());
    List<MessageCode> riverside = peerCodes("riverside-health");
    assertTrue(riverside.contains(VoiceCode.PEER_SHARE_BELOW), riverside.toString());
    List<MessageCode> peer = peerCodes("lakeview-regional-health");
    assertTrue(peer.contains(VoiceCode.PEER_SHARE_NOT_BELOW), peer.toString());
  }

  private static List<MessageCode> peerCodes(String id) {
    return ANALYSIS
        .evaluation()
        .shareOfVoice()
        .account(account(id).account().id())
        .orElseThrow()
        .reasons()
        .stream()
        .map(r -> r.message().code())
        .toList();
  }
}
