package dev.kamkit.scoring.health;

import static dev.kamkit.scoring.health.Checks.assertNumber;
import static dev.kamkit.scoring.health.Checks.codes;
import static dev.kamkit.scoring.health.Fixtures.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.engagement.CompetitorActivity;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.ScoreComponent;
import dev.kamkit.scoring.voice.PeerVoice;
import dev.kamkit.scoring.voice.ShareOfVoice;
import dev.kamkit.scoring.voice.ShareOfVoicePolicy;
import dev.kamkit.scoring.voice.ShareOfVoicePortfolioResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Share of voice as a leading health indicator and as an input to under-served accounts (Veeva
 * Business Consulting, "Unlocking True KAM Transformation": an above-average share of voice makes a
 * formulary listing in the account 70% more likely).
 */
class VoiceFeedsTest {
  /** Northwind's field interactions with the account in the last quarter to the scoring day. */
  private static KeyAccount against(KeyAccount account, int theirs) {
    return account.withCompetitorActivity(
        CompetitorActivity.builder()
            .competitor("Northwind Pharma")
            .start(AS_OF.minusDays(89))
            .end(AS_OF)
            .interactions(theirs)
            .build());
  }

  @Test
  void shareOfVoiceIsALeadingIndicatorWhereCompetitorActivityIsRecorded() {
    KeyAccount six = UnderServedAccountsTest.account("a", "1000.00", 6);
    ScoreComponent none =
        HealthScorer.withDefaults().score(six, AS_OF).score().component("share-of-voice");
    assertFalse(none.applicable());
    assertEquals(List.of("voice.unknown.no-records"), codes(none.reasons()));

    // 6 of 24: a quarter, half the average company's share of two
    HealthResult quiet = HealthScorer.withDefaults().score(against(six, 18), AS_OF);
    ScoreComponent voice = quiet.score().component("share-of-voice");
    assertTrue(voice.applicable());
    assertNumber("0.5", voice.fulfilment());
    assertEquals(List.of("voice.not-above-average"), codes(voice.reasons()));
    assertTrue(quiet.leading().component("share-of-voice").applicable());

    // 6 of 11: above half, full credit, and the score rises
    HealthResult loud = HealthScorer.withDefaults().score(against(six, 5), AS_OF);
    assertNumber("1", loud.score().component("share-of-voice").fulfilment());
    assertTrue(loud.score().value().compareTo(quiet.score().value()) > 0);
  }

  /**
   * Veeva's one in five, h5 under-called; h1 to h4 get twenty calls each, but Northwind holds h1 to
   * a quarter of the voice where its peers (every account here is untiered) hold half.
   */
  private static Portfolio quietH1() {
    List<KeyAccount> accounts = new ArrayList<>();
    for (KeyAccount a : UnderServedAccountsTest.oneInFive().accounts()) {
      String id = a.id().value();
      accounts.add(
          switch (id) {
            case "h1" -> against(a, 60);
            case "h2", "h3", "h4" -> against(a, 20);
            default -> a;
          });
    }
    return Portfolio.builder().accounts(accounts).build();
  }

  @Test
  void aHighValueAccountBelowItsPeersShareOfVoiceIsUnderServed() {
    UnderServedReport report = UnderServedAccounts.withDefaults().assess(quietH1(), AS_OF);
    assertEquals(
        List.of("h5", "h1"), report.underServed().stream().map(a -> a.account().value()).toList());
    AccountFocus h1 = report.account(AccountId.of("h1")).orElseThrow();
    assertEquals(List.of("voice.peer.share-below", "health.focus.in-line"), codes(h1.reasons()));
    assertEquals(Effect.RISK, h1.reasons().get(0).effect());
    AccountFocus h2 = report.account(AccountId.of("h2")).orElseThrow();
    assertFalse(h2.underServed());
    assertEquals(List.of("health.focus.in-line"), codes(h2.reasons()));
  }

  @Test
  void thePolicyCanLeaveShareOfVoiceOut() {
    UnderServedReport report =
        UnderServedAccounts.of(UnderServedPolicy.defaults().withBelowPeerShareOfVoice(false))
            .assess(quietH1(), AS_OF);
    assertEquals(
        List.of("h5"), report.underServed().stream().map(a -> a.account().value()).toList());
  }

  @Test
  void shareOfVoiceMeasuredAlreadyIsReadNotMeasuredAgain() {
    Portfolio portfolio = quietH1();
    ShareOfVoicePortfolioResult voice = ShareOfVoice.withDefaults().assess(portfolio, AS_OF);
    UnderServedAccounts assessor = UnderServedAccounts.withDefaults();
    assertEquals(assessor.assess(portfolio, AS_OF), assessor.assess(portfolio, AS_OF, voice));

    // what is handed over is what counts: h1 held at half by the result given is not below peers
    PeerVoice h2 = voice.account(AccountId.of("h2")).orElseThrow();
    List<PeerVoice> swapped =
        voice.accounts().stream()
            .map(
                a ->
                    a.account().value().equals("h1")
                        ? PeerVoice.copyOf(h2).withResult(h2.result().withAccount(a.account()))
                        : a)
            .toList();
    UnderServedReport read = assessor.assess(portfolio, AS_OF, voice.withAccounts(swapped));
    assertEquals(List.of("h5"), read.underServed().stream().map(a -> a.account().value()).toList());

    // left out when the policy leaves share of voice out
    UnderServedAccounts without =
        UnderServedAccounts.of(UnderServedPolicy.defaults().withBelowPeerShareOfVoice(false));
    assertEquals(without.assess(portfolio, AS_OF), without.assess(portfolio, AS_OF, voice));
  }

  @Test
  void shareOfVoiceHandedOverMustBeOfTheDayThePolicyAndEveryAccount() {
    Portfolio portfolio = quietH1();
    UnderServedAccounts assessor = UnderServedAccounts.withDefaults();
    ShareOfVoicePortfolioResult otherDay =
        ShareOfVoice.withDefaults().assess(portfolio, AS_OF.minusDays(1));
    assertEquals(
        "share of voice as of "
            + AS_OF.minusDays(1)
            + " by policy kamkit-share-of-voice-1 for under-served accounts as of "
            + AS_OF
            + " by policy kamkit-share-of-voice-1",
        assertThrows(
                IllegalArgumentException.class, () -> assessor.assess(portfolio, AS_OF, otherDay))
            .getMessage());
    ShareOfVoicePortfolioResult otherPolicy =
        ShareOfVoice.of(ShareOfVoicePolicy.defaults().withVersion("acme-voice"))
            .assess(portfolio, AS_OF);
    assertThrows(
        IllegalArgumentException.class, () -> assessor.assess(portfolio, AS_OF, otherPolicy));
    ShareOfVoicePortfolioResult lacking =
        ShareOfVoice.withDefaults()
            .assess(
                Portfolio.builder().accounts(portfolio.accounts().subList(1, 5)).build(), AS_OF);
    assertEquals(
        "no share of voice for account " + portfolio.accounts().get(0).id(),
        assertThrows(
                IllegalArgumentException.class, () -> assessor.assess(portfolio, AS_OF, lacking))
            .getMessage());
  }
}
