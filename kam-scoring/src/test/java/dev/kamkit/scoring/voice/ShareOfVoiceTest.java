package dev.kamkit.scoring.voice;

import static dev.kamkit.scoring.voice.Voices.AS_OF;
import static dev.kamkit.scoring.voice.Voices.HELIX;
import static dev.kamkit.scoring.voice.Voices.NORTHWIND;
import static dev.kamkit.scoring.voice.Voices.Q4;
import static dev.kamkit.scoring.voice.Voices.Q4_END;
import static dev.kamkit.scoring.voice.Voices.account;
import static dev.kamkit.scoring.voice.Voices.activity;
import static dev.kamkit.scoring.voice.Voices.ours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Worked examples from Veeva Business Consulting, "Unlocking True KAM Transformation": "if a pharma
 * company achieves an above-average share of voice (SOV), there is a 70% increase in likelihood
 * that its brand will be included on the formulary within an account". With two competitors active
 * in the account the average company holds a third of the voice.
 */
class ShareOfVoiceTest {
  private static final ShareOfVoice VOICE = ShareOfVoice.withDefaults();
  private static final AccountId IDN = AccountId.of("idn");

  /** We and two competitors in the fourth quarter: Northwind 10, Helix 12. */
  private static KeyAccount quarter(int oursInQ4) {
    return account(
        ours("q4-", Q4, oursInQ4),
        activity(NORTHWIND, Q4, Q4_END, 10),
        activity(HELIX, Q4, Q4_END, 12));
  }

  @Test
  void exactlyTheAverageCompanysShareIsNotAboveAverage() {
    // 11 of 33: exactly a third, the average of three companies
    ShareOfVoiceResult r = VOICE.evaluate(quarter(11), AS_OF);
    assertEquals(Optional.of(new BigDecimal("33.3")), r.share());
    assertEquals(Optional.of(new BigDecimal("33.3")), r.fairShare());
    assertEquals(3, r.companies());
    assertFalse(r.aboveAverage());
    assertEquals(Optional.of(1), r.toAboveAverage());
    assertEquals(
        List.of(
            Reason.of(
                VoiceCode.NOT_ABOVE_AVERAGE,
                Effect.GAP,
                List.of(IDN),
                Arg.of(new BigDecimal("33.3")),
                Arg.of(new BigDecimal("33.3")),
                Arg.of(3))),
        r.reasons());
    assertEquals(
        List.of(Message.of(VoiceCode.REMEDY_MORE, Arg.of(1), Arg.of(new BigDecimal("33.3")))),
        r.remedies());
    assertEquals(
        Message.of(
            VoiceCode.SHARE,
            Arg.of(new BigDecimal("33.3")),
            Arg.of(11),
            Arg.of(33),
            Arg.of(Q4),
            Arg.of(Q4_END)),
        r.headline());
  }

  @Test
  void oneMoreInteractionMakesItAboveAverage() {
    // 12 of 34: 35.3%, above the third the average company holds
    ShareOfVoiceResult r = VOICE.evaluate(quarter(12), AS_OF);
    assertEquals(Optional.of(new BigDecimal("35.3")), r.share());
    assertTrue(r.aboveAverage());
    assertEquals(Optional.of(0), r.toAboveAverage());
    assertEquals(VoiceCode.ABOVE_AVERAGE, r.reasons().get(0).message().code());
    assertEquals(Effect.STRENGTH, r.reasons().get(0).effect());
    assertEquals(List.of(), r.remedies());
    assertEquals(
        List.of(CompetitorVoice.of(HELIX, 12, 1), CompetitorVoice.of(NORTHWIND, 10, 1)),
        r.competitors());
  }

  @Test
  void againstOneCompetitorAboveAverageIsMoreThanHalf() {
    KeyAccount even = account(ours("q4-", Q4, 10), activity(NORTHWIND, Q4, Q4_END, 10));
    ShareOfVoiceResult r = VOICE.evaluate(even, AS_OF);
    assertEquals(Optional.of(new BigDecimal("50.0")), r.share());
    assertFalse(r.aboveAverage());
    assertEquals(Optional.of(1), r.toAboveAverage());
  }

  @Test
  void ourInteractionsCountOverTheDaysTheCompetitorsRecordsCover() {
    // the Q4 record counts; ours before Q4 do not, though in the window; a running Q1 record does
    // not count, nor ours after the day judged
    List<Interaction> interactions = new ArrayList<>(ours("q3-", LocalDate.of(2026, 9, 1), 5));
    interactions.addAll(ours("q4-", Q4, 4));
    interactions.addAll(ours("q1-", AS_OF.plusDays(1), 3));
    KeyAccount a =
        account(
            interactions,
            activity(NORTHWIND, Q4, Q4_END, 12),
            activity(NORTHWIND, AS_OF.plusDays(1), AS_OF.plusMonths(3), 40));
    ShareOfVoiceResult r = VOICE.evaluate(a, AS_OF);
    assertEquals(Q4, r.start());
    assertEquals(Q4_END, r.end());
    assertEquals(4, r.ours());
    assertEquals(9, r.inWindow());
    assertEquals(12, r.theirs());
    assertEquals(Optional.of(new BigDecimal("25.0")), r.share());
  }

  @Test
  void aRecordThatEndsInTheWindowBringsItsWholePeriod() {
    // a year's record ending in the window: ours are counted over the same year
    LocalDate start = LocalDate.of(2025, 10, 1);
    KeyAccount a =
        account(
            ours("y-", start.plusDays(10), 6),
            activity(HELIX, start, LocalDate.of(2026, 9, 30), 18),
            activity(NORTHWIND, Q4, Q4_END, 6));
    ShareOfVoiceResult r = VOICE.evaluate(a, AS_OF);
    assertEquals(start, r.start());
    assertEquals(Q4_END, r.end());
    assertEquals(6, r.ours());
    assertEquals(Optional.of(new BigDecimal("20.0")), r.share());
  }

  @Test
  void withoutCompetitorActivityTheShareIsUnknownAndSaysWhatWouldChangeIt() {
    ShareOfVoiceResult r = VOICE.evaluate(account(ours("q4-", Q4, 7)), AS_OF);
    LocalDate start = AS_OF.minusDays(365);
    assertFalse(r.known());
    assertEquals(Optional.empty(), r.share());
    assertEquals(Optional.empty(), r.toAboveAverage());
    assertEquals(7, r.ours());
    assertEquals(
        List.of(Reason.of(VoiceCode.UNKNOWN_NO_RECORDS, Effect.GAP, List.of(IDN))), r.reasons());
    assertEquals(
        List.of(Message.of(VoiceCode.REMEDY_RECORD, Arg.of(start), Arg.of(AS_OF))), r.remedies());
    assertEquals(
        Message.of(VoiceCode.SHARE_UNKNOWN, Arg.of(7), Arg.of(365), Arg.of(AS_OF)), r.headline());
  }

  @Test
  void activityRecordedOnlyBeforeTheWindowIsOutdated() {
    LocalDate end = AS_OF.minusDays(366);
    ShareOfVoiceResult r =
        VOICE.evaluate(
            account(ours("q4-", Q4, 2), activity(NORTHWIND, end.minusMonths(3), end, 9)), AS_OF);
    assertEquals(
        List.of(
            Reason.of(
                VoiceCode.UNKNOWN_OUTDATED,
                Effect.GAP,
                List.of(IDN),
                Arg.of(end),
                Arg.of(AS_OF.minusDays(365)))),
        r.reasons());
    // one day later it ends in the window
    ShareOfVoiceResult next =
        VOICE.evaluate(
            account(ours("q4-", Q4, 2), activity(NORTHWIND, end.minusMonths(3), end, 9)),
            AS_OF.minusDays(1));
    assertTrue(next.known());
  }

  @Test
  void nobodyActiveLeavesTheShareUnknown() {
    ShareOfVoiceResult r =
        VOICE.evaluate(account(List.of(), activity(NORTHWIND, Q4, Q4_END, 0)), AS_OF);
    assertFalse(r.known());
    assertEquals(VoiceCode.UNKNOWN_SILENT, r.reasons().get(0).message().code());
    assertEquals(List.of(), r.remedies());
  }

  @Test
  void onlyThePolicysChannelsAreFieldInteractions() {
    List<Interaction> interactions = new ArrayList<>(ours("q4-", Q4, 3));
    interactions.add(Voices.interaction("mail", Q4.plusDays(20), Channel.EMAIL));
    KeyAccount a = account(interactions, activity(NORTHWIND, Q4, Q4_END, 4));
    assertEquals(4, VOICE.evaluate(a, AS_OF).ours());
    ShareOfVoicePolicy calls =
        ShareOfVoicePolicy.defaults()
            .withVersion("calls-1")
            .withChannels(EnumSet.of(Channel.IN_PERSON, Channel.REMOTE, Channel.PHONE));
    ShareOfVoiceResult r = ShareOfVoice.of(calls).evaluate(a, AS_OF);
    assertEquals(3, r.ours());
    assertEquals("calls-1", r.policyVersion());
  }

  @Test
  void peersAreTheOtherAccountsOfTheSameTier() {
    // tier 1: a 25% (3 of 12), b 50% (6 of 12), c unknown; tier 2: d alone; untiered: e alone
    Portfolio portfolio =
        Portfolio.builder()
            .addAccounts(
                account("a", AccountTier.TIER_1, ours("a", Q4, 3), activity(HELIX, Q4, Q4_END, 9)),
                account("b", AccountTier.TIER_1, ours("b", Q4, 6), activity(HELIX, Q4, Q4_END, 6)),
                account("c", AccountTier.TIER_1, ours("c", Q4, 12)),
                account("d", AccountTier.TIER_2, ours("d", Q4, 1), activity(HELIX, Q4, Q4_END, 1)),
                account("e", null, ours("e", Q4, 2)))
            .build();
    ShareOfVoicePortfolioResult all = VOICE.assess(portfolio, AS_OF);
    PeerVoice a = all.account(AccountId.of("a")).orElseThrow();
    assertEquals(2, a.peers());
    assertEquals(Optional.of(new BigDecimal("9.0")), a.peerAverageInteractions());
    assertEquals(1, a.peersKnown());
    assertEquals(Optional.of(new BigDecimal("50.0")), a.peerAverageShare());
    assertTrue(a.belowPeerShare());
    assertEquals(
        List.of(
            Reason.of(
                VoiceCode.PEER_INTERACTIONS_NOT_ABOVE,
                Effect.GAP,
                List.of(AccountId.of("a")),
                Arg.of(AccountId.of("a")),
                Arg.of(3),
                Arg.of(new BigDecimal("9.0")),
                Arg.of(2)),
            Reason.of(
                VoiceCode.PEER_SHARE_BELOW,
                Effect.RISK,
                List.of(AccountId.of("a")),
                Arg.of(AccountId.of("a")),
                Arg.of(new BigDecimal("25.0")),
                Arg.of(new BigDecimal("50.0")),
                Arg.of(1))),
        a.reasons());
    PeerVoice b = all.account(AccountId.of("b")).orElseThrow();
    assertFalse(b.belowPeerShare());
    assertEquals(VoiceCode.PEER_SHARE_NOT_BELOW, b.reasons().get(1).message().code());
    PeerVoice c = all.account(AccountId.of("c")).orElseThrow();
    assertEquals(Optional.of(new BigDecimal("37.5")), c.peerAverageShare());
    assertEquals(VoiceCode.PEER_INTERACTIONS_ABOVE, c.reasons().get(0).message().code());
    assertEquals(1, c.reasons().size()); // its own share is unknown
    for (String alone : List.of("d", "e")) {
      PeerVoice p = all.account(AccountId.of(alone)).orElseThrow();
      assertEquals(0, p.peers());
      assertEquals(VoiceCode.NO_PEERS, p.reasons().get(0).message().code());
      assertEquals(Optional.empty(), p.peerAverageInteractions());
    }
    assertEquals(List.of(a), all.belowPeerShare());
    // none above the average company's share: a and d below it, b at it
    assertEquals(
        Message.of(VoiceCode.PORTFOLIO_HEADLINE, Arg.of(5), Arg.of(3), Arg.of(0), Arg.of(1)),
        all.explanation().line());
  }

  @Test
  void rollingUpNeedsOneDayOnePolicyAndOneResultPerAccount() {
    ShareOfVoiceResult r = VOICE.evaluate(quarter(3), AS_OF);
    assertThrows(IllegalArgumentException.class, () -> VOICE.rollUp(List.of()));
    assertThrows(IllegalArgumentException.class, () -> VOICE.rollUp(List.of(r, r)));
    assertThrows(
        IllegalArgumentException.class,
        () -> VOICE.rollUp(List.of(r, VOICE.evaluate(quarter(3), AS_OF.minusDays(1)))));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ShareOfVoice.of(ShareOfVoicePolicy.defaults().withVersion("other-1"))
                .rollUp(List.of(r)));
  }

  @Test
  void itExplainsItselfInEnglishGermanAndFrench() {
    ShareOfVoiceResult r = VOICE.evaluate(quarter(11), AS_OF);
    String en = r.explain();
    assertTrue(en.startsWith("Share of voice: 33.3% of 33 field interactions"), en);
    assertTrue(en.contains("1 more field interaction of ours"), en);
    assertTrue(
        r.explain(Locale.GERMAN).startsWith("Kontaktanteil: 33,3 %"), r.explain(Locale.GERMAN));
    assertTrue(
        r.explain(Locale.FRENCH).startsWith("Part de voix : 33,3 %"), r.explain(Locale.FRENCH));
  }

  @Test
  void aBadPolicyNamesItsField() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class, () -> ShareOfVoicePolicy.builder().windowDays(0).build());
    assertEquals("windowDays", e.violations().get(0).path().toString());
    assertThrows(
        InvalidModelException.class,
        () -> ShareOfVoicePolicy.builder().channels(EnumSet.noneOf(Channel.class)).build());
  }
}
