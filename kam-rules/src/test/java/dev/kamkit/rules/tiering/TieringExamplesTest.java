package dev.kamkit.rules.tiering;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.engagement.EngagementInputs;
import dev.kamkit.rules.engagement.Factor;
import dev.kamkit.rules.engagement.Rating;
import dev.kamkit.rules.fixtures.AccountFixture;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.ScoreCode;
import dev.kamkit.scoring.ScoreComponent;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of tiering by potential (Prolifiq, "Pharma Key Account Management") and strategic
 * fit (Veeva Business Consulting, "Unlocking True KAM Transformation").
 */
class TieringExamplesTest {
  private final Tiering tiering = Tiering.withDefaults();

  private static KeyAccount hospital(String id) {
    return AccountFixture.hospital(id, "Hospital " + id, 300).build();
  }

  /** Patient population, unmet need and differentiation rated by the host. */
  private static EngagementInputs value(Rating population, Rating unmet, Rating differentiation) {
    return EngagementInputs.builder()
        .patientPopulation(population)
        .unmetNeed(unmet)
        .differentiation(differentiation)
        .build();
  }

  private static final TieringPolicy DEFAULTS = TieringPolicy.defaults();

  /** The reason a tier was assigned: the priority, its band and its basis. */
  private static Message assigned(String priority, Message band, Message basis) {
    return Message.of(
        TieringCode.ASSIGNED, Arg.of(new BigDecimal(priority)), Arg.of(band), Arg.of(basis));
  }

  private static Message potential(String value) {
    return Message.of(TieringCode.BASIS_POTENTIAL, Arg.of(new BigDecimal(value)));
  }

  private static Message tier2Band() {
    return Message.of(
        TieringCode.BAND_TIER_2, Arg.of(DEFAULTS.tier2From()), Arg.of(DEFAULTS.tier1From()));
  }

  @Test
  void tiersFollowTheCutOffsOnPotentialValue() {
    TierResult high =
        tiering.tier(hospital("a"), value(Rating.HIGH, Rating.VERY_HIGH, Rating.HIGH), AS_OF);
    assertEquals(Optional.of(AccountTier.TIER_1), high.tier());
    assertEquals(Optional.of(new BigDecimal("83.3333")), high.priority());
    assertEquals(
        assigned(
            "83.3333",
            Message.of(TieringCode.BAND_TIER_1, Arg.of(DEFAULTS.tier1From())),
            potential("83.3333")),
        high.reasons().get(0).message());
    assertEquals(List.of(AccountId.of("a")), high.reasons().get(0).subjects());
    assertEquals(Effect.STRENGTH, high.reasons().get(0).effect());

    TierResult medium =
        tiering.tier(hospital("b"), value(Rating.MEDIUM, Rating.MEDIUM, Rating.MEDIUM), AS_OF);
    assertEquals(Optional.of(AccountTier.TIER_2), medium.tier());

    TierResult low =
        tiering.tier(hospital("c"), value(Rating.LOW, Rating.LOW, Rating.MEDIUM), AS_OF);
    assertEquals(Optional.of(new BigDecimal("33.3333")), low.priority());
    assertEquals(Optional.of(AccountTier.TIER_3), low.tier());
    assertEquals(
        "Hospital c (c): tier 3, priority 33.3 / 100 as of 2026-11-22 [policy kamkit-tiering-1]\n"
            + "  [STRENGTH] Priority 33.3: tier 3, below tier 2's 40.0; potential value 33.3",
        low.explain());
    assertEquals(
        assigned(
            "33.3333",
            Message.of(TieringCode.BAND_TIER_3, Arg.of(DEFAULTS.tier2From())),
            potential("33.3333")),
        low.reasons().get(0).message());
    assertEquals(
        Message.of(
            TieringCode.RESULT,
            Arg.of(AccountId.of("c"), "Hospital c"),
            Arg.text("c"),
            Arg.of(AccountTier.TIER_3),
            Arg.of(new BigDecimal("33.3333")),
            Arg.of(AS_OF),
            Arg.text("kamkit-tiering-1")),
        low.explanation().line());
  }

  @Test
  void aPolicyThatWeighsFitSaysSoWhenFitWasNotAssessed() {
    Tiering withFit =
        Tiering.of(
            TieringPolicy.defaults()
                .withVersion("acme-fit-1")
                .withStrategicFitWeight(BigDecimal.valueOf(50)));
    TierResult t =
        withFit.tier(hospital("a"), value(Rating.HIGH, Rating.MEDIUM, Rating.MEDIUM), AS_OF);
    assertEquals(Optional.of(new BigDecimal("58.3333")), t.priority());
    assertEquals(
        assigned(
            "58.3333",
            tier2Band(),
            Message.of(TieringCode.BASIS_FIT_NOT_ASSESSED, Arg.of(new BigDecimal("58.3333")))),
        t.reasons().get(0).message());
  }

  @Test
  void theCutOffsAreInclusiveAndExact() {
    TieringPolicy p = TieringPolicy.defaults();
    assertEquals(AccountTier.TIER_1, CutOffs.tier(new BigDecimal("70"), Optional.empty(), p));
    assertEquals(AccountTier.TIER_2, CutOffs.tier(new BigDecimal("69.9999"), Optional.empty(), p));
    assertEquals(AccountTier.TIER_2, CutOffs.tier(new BigDecimal("40"), Optional.empty(), p));
    assertEquals(AccountTier.TIER_3, CutOffs.tier(new BigDecimal("39.9999"), Optional.empty(), p));
  }

  @Test
  void aRecordedTierMovesUpOnlyOnceThePriorityClearsTheHigherCutOffByTheBand() {
    TieringPolicy p = TieringPolicy.defaults();
    Optional<AccountTier> wasTier2 = Optional.of(AccountTier.TIER_2);
    // tier 1 from 70, band 5: 75 moves a tier-2 account up, 74.9999 keeps it where it was
    assertEquals(AccountTier.TIER_1, CutOffs.tier(new BigDecimal("75"), wasTier2, p));
    assertEquals(AccountTier.TIER_2, CutOffs.tier(new BigDecimal("74.9999"), wasTier2, p));
    // a tier-3 account clears tier 2's 40 by the band at 45, and both cut-offs at 75
    Optional<AccountTier> wasTier3 = Optional.of(AccountTier.TIER_3);
    assertEquals(AccountTier.TIER_2, CutOffs.tier(new BigDecimal("45"), wasTier3, p));
    assertEquals(AccountTier.TIER_3, CutOffs.tier(new BigDecimal("44.9999"), wasTier3, p));
    assertEquals(AccountTier.TIER_1, CutOffs.tier(new BigDecimal("75"), wasTier3, p));
  }

  @Test
  void aRecordedTierIsKeptUntilThePriorityClearsTheCutOffByTheBand() {
    // 66.7: below tier 1's 70 but within 5 points of it, so a tier-1 account stays tier 1
    KeyAccount wasTier1 =
        AccountFixture.hospital("a", "A", 300).account(x -> x.tier(AccountTier.TIER_1)).build();
    EngagementInputs justBelow = value(Rating.HIGH, Rating.HIGH, Rating.MEDIUM);
    TierResult kept = tiering.tier(wasTier1, justBelow, AS_OF);
    assertEquals(Optional.of(AccountTier.TIER_1), kept.tier());
    assertTrue(kept.keptByHysteresis());
    assertFalse(kept.changed());
    assertEquals(
        Message.of(TieringCode.KEPT, Arg.of(AccountTier.TIER_1), Arg.of(DEFAULTS.hysteresis())),
        kept.reasons().get(1).message());
    assertEquals(Effect.STRENGTH, kept.reasons().get(1).effect());
    assertEquals(2, kept.reasons().size());

    // the same priority without a recorded tier is plainly tier 2
    assertEquals(
        Optional.of(AccountTier.TIER_2), tiering.tier(hospital("b"), justBelow, AS_OF).tier());

    // falling further (58.3) moves it down, and says so
    TierResult moved =
        tiering.tier(wasTier1, value(Rating.HIGH, Rating.MEDIUM, Rating.MEDIUM), AS_OF);
    assertEquals(Optional.of(AccountTier.TIER_2), moved.tier());
    assertTrue(moved.changed());
    assertEquals(
        Message.of(TieringCode.CHANGED, Arg.of(AccountTier.TIER_1), Arg.of(AccountTier.TIER_2)),
        moved.reasons().get(1).message());
    assertEquals(Effect.RISK, moved.reasons().get(1).effect());
    assertEquals(2, moved.reasons().size());
  }

  @Test
  void strategicFitCountsOnlyWhenTheHostOptsIn() {
    EngagementInputs partner =
        value(Rating.HIGH, Rating.MEDIUM, Rating.MEDIUM)
            .withRating(Factor.OPENNESS_TO_PARTNERING, Rating.VERY_HIGH)
            .withRating(Factor.CLINICAL_TRIAL_COLLABORATION, Rating.VERY_HIGH);
    // potential alone: 58.3, tier 2; the rated fit has no weight, so it is neither blended in
    // nor mentioned
    TierResult alone = tiering.tier(hospital("a"), partner, AS_OF);
    assertEquals(Optional.of(AccountTier.TIER_2), alone.tier());
    assertEquals(Optional.of(new BigDecimal("58.3333")), alone.priority());
    assertEquals(
        assigned("58.3333", tier2Band(), potential("58.3333")), alone.reasons().get(0).message());
    Score score = alone.score().orElseThrow();
    assertEquals(Message.of(TieringCode.PRIORITY), score.title());
    assertEquals(
        List.of(Message.of(TieringCode.POTENTIAL_VALUE), Message.of(TieringCode.STRATEGIC_FIT)),
        score.components().stream().map(ScoreComponent::label).toList());
    assertEquals(
        List.of("potential-value"),
        alone.score().orElseThrow().components().stream()
            .filter(ScoreComponent::applicable)
            .map(ScoreComponent::key)
            .toList());
    // fit weighted 100:50 lifts it to (58.3 x 100 + 100 x 50) / 150 = 72.2, tier 1
    Tiering withFit =
        Tiering.of(
            TieringPolicy.defaults()
                .withVersion("acme-fit-1")
                .withStrategicFitWeight(BigDecimal.valueOf(50)));
    TierResult t = withFit.tier(hospital("a"), partner, AS_OF);
    assertEquals(Optional.of(AccountTier.TIER_1), t.tier());
    assertEquals(Optional.of(new BigDecimal("72.2222")), t.priority());
    assertEquals(
        assigned(
            "72.2222",
            Message.of(TieringCode.BAND_TIER_1, Arg.of(DEFAULTS.tier1From())),
            Message.of(
                TieringCode.BASIS_BLENDED,
                Arg.of(new BigDecimal("58.3333")),
                Arg.of(new BigDecimal("100.0000")),
                Arg.of(BigDecimal.valueOf(100)),
                Arg.of(BigDecimal.valueOf(50)))),
        t.reasons().get(0).message());
    assertTrue(
        t.reasons().get(0).message().toString().endsWith("strategic fit 100.0 weighted 100:50"),
        t.explain());
  }

  @Test
  void anAccountWhosePotentialCannotBePlacedGetsNoTierAndIsToldWhatToRate() {
    TierResult t =
        tiering.tier(
            AccountFixture.hospital("a", "A", 300).build(), EngagementInputs.none(), AS_OF);
    assertTrue(t.tier().isEmpty());
    assertTrue(t.priority().isEmpty());
    assertTrue(t.score().isEmpty());
    assertEquals(
        Message.of(
            TieringCode.NOT_PLACED,
            Arg.of(1),
            Arg.list(
                Arg.of(Factor.UNMET_NEED),
                Arg.of(Factor.DIFFERENTIATION),
                Arg.of(Factor.GROWTH_OPPORTUNITY))),
        t.reasons().get(0).message());
    assertEquals(Effect.GAP, t.reasons().get(0).effect());
    assertEquals(List.of(AccountId.of("a")), t.reasons().get(0).subjects());
    assertEquals(
        Message.of(
            TieringCode.RESULT_UNTIERED,
            Arg.of(AccountId.of("a"), "A"),
            Arg.text("a"),
            Arg.of(AS_OF),
            Arg.text("kamkit-tiering-1")),
        t.explanation().line());
  }

  @Test
  void aPortfolioWithTooManyTier1AccountsIsWarned() {
    Portfolio portfolio =
        Portfolio.builder()
            .addAccounts(hospital("a"), hospital("b"), hospital("c"), hospital("d"))
            .build();
    Map<AccountId, EngagementInputs> inputs = new HashMap<>();
    inputs.put(AccountId.of("a"), value(Rating.VERY_HIGH, Rating.HIGH, Rating.HIGH));
    inputs.put(AccountId.of("b"), value(Rating.VERY_HIGH, Rating.HIGH, Rating.HIGH));
    inputs.put(AccountId.of("c"), value(Rating.LOW, Rating.LOW, Rating.LOW));
    PortfolioTiering all = tiering.tierAll(portfolio, inputs, AS_OF);
    assertEquals(2, all.counts().get(AccountTier.TIER_1));
    assertEquals(List.of(AccountId.of("d")), all.untiered());
    assertEquals(
        List.of("tiering.portfolio.tier-1-crowded", "tiering.portfolio.untiered"),
        all.reasons().stream().map(Reason::code).toList());
    assertEquals(List.of(AccountId.of("d")), all.reasons().get(1).subjects());
    assertEquals(List.of(AccountId.of("a"), AccountId.of("b")), all.accountsIn(AccountTier.TIER_1));
    assertEquals(
        Message.of(
            TieringCode.TIER_1_CROWDED,
            Arg.of(2),
            Arg.of(4),
            Arg.of(DEFAULTS.maxTier1Share().movePointRight(2))),
        all.reasons().get(0).message());
    assertEquals(Message.of(TieringCode.UNTIERED, Arg.of(1)), all.reasons().get(1).message());
    assertEquals(
        List.of(Effect.RISK, Effect.GAP), all.reasons().stream().map(Reason::effect).toList());
    Explanation e = all.explanation();
    assertEquals(Message.of(TieringCode.PORTFOLIO, Arg.of(4)), e.line());
    assertEquals(
        List.of(
            Message.of(TieringCode.PORTFOLIO_TIER, Arg.of(AccountTier.TIER_1), Arg.of(2)),
            Message.of(TieringCode.PORTFOLIO_TIER, Arg.of(AccountTier.TIER_2), Arg.of(0)),
            Message.of(TieringCode.PORTFOLIO_TIER, Arg.of(AccountTier.TIER_3), Arg.of(1)),
            Message.of(TieringCode.PORTFOLIO_UNTIERED, Arg.of(1)),
            Message.of(
                ScoreCode.REASON, Arg.of(Effect.RISK), Arg.of(all.reasons().get(0).message())),
            Message.of(
                ScoreCode.REASON, Arg.of(Effect.GAP), Arg.of(all.reasons().get(1).message()))),
        e.details().stream().map(Explanation::line).toList());
    assertEquals(
        "[RISK] 2 of 4 accounts are tier 1, more than 20%: effort spread over too many"
            + " accounts underinvests the few that matter",
        Messages.english().format(e.details().get(4).line()));
  }

  @Test
  void aPortfolioWithExactlyTheTier1ShareAndEveryAccountTieredIsNotWarned() {
    Portfolio portfolio =
        Portfolio.builder()
            .addAccounts(hospital("a"), hospital("b"), hospital("c"), hospital("d"), hospital("e"))
            .build();
    Map<AccountId, EngagementInputs> inputs = new HashMap<>();
    inputs.put(AccountId.of("a"), value(Rating.VERY_HIGH, Rating.HIGH, Rating.HIGH));
    for (String id : List.of("b", "c", "d", "e")) {
      inputs.put(AccountId.of(id), value(Rating.LOW, Rating.LOW, Rating.LOW));
    }
    // 1 of 5 is exactly the default 20 %: not more than the share
    PortfolioTiering all = tiering.tierAll(portfolio, inputs, AS_OF);
    assertEquals(List.of(AccountId.of("a")), all.accountsIn(AccountTier.TIER_1));
    assertEquals(List.of(), all.untiered());
    assertEquals(List.of(), all.reasons());
    assertEquals(
        List.of(
            Message.of(TieringCode.PORTFOLIO_TIER, Arg.of(AccountTier.TIER_1), Arg.of(1)),
            Message.of(TieringCode.PORTFOLIO_TIER, Arg.of(AccountTier.TIER_2), Arg.of(0)),
            Message.of(TieringCode.PORTFOLIO_TIER, Arg.of(AccountTier.TIER_3), Arg.of(4))),
        all.explanation().details().stream().map(Explanation::line).toList());
  }

  @Test
  void aPolicyWhoseBandsOverlapIsRefused() {
    assertThrows(
        InvalidModelException.class,
        () -> TieringPolicy.defaults().withHysteresis(BigDecimal.valueOf(20)));
  }

  @Test
  void aResultReadWithATierButNoPriorityIsStillExplained() {
    TierResult t =
        tiering.tier(hospital("a"), value(Rating.HIGH, Rating.VERY_HIGH, Rating.HIGH), AS_OF);
    TierResult noPriority = TierResult.builder().from(t).priority(Optional.empty()).build();
    assertEquals(
        Message.of(
            TieringCode.RESULT_WITHOUT_PRIORITY,
            Arg.of(AccountId.of("a"), "Hospital a"),
            Arg.text("a"),
            Arg.of(AccountTier.TIER_1),
            Arg.of(AS_OF),
            Arg.text("kamkit-tiering-1")),
        noPriority.explanation().line());
  }

  @Test
  void aPortfolioIsSummarisedOnlyFromTiersOfItsDayAndPolicy() {
    TierResult a =
        tiering.tier(hospital("a"), value(Rating.HIGH, Rating.VERY_HIGH, Rating.HIGH), AS_OF);
    PortfolioTiering summary = tiering.summarise(java.util.List.of(a), AS_OF);
    assertEquals(AS_OF, summary.asOf());
    assertEquals(DEFAULTS.version(), summary.policyVersion());
    assertThrows(
        IllegalArgumentException.class,
        () -> tiering.summarise(java.util.List.of(a), AS_OF.plusDays(1)));
    Tiering other = Tiering.of(DEFAULTS.withVersion("acme-tiers-2"));
    assertThrows(
        IllegalArgumentException.class, () -> other.summarise(java.util.List.of(a), AS_OF));
  }
}
