package dev.kamkit.scoring.coverage;

import static dev.kamkit.scoring.fixtures.AccountFixture.AS_OF;
import static dev.kamkit.scoring.fixtures.AccountFixture.votesOn;
import static dev.kamkit.scoring.fixtures.ScoreAssertions.assertFulfilment;
import static dev.kamkit.scoring.fixtures.ScoreAssertions.assertReason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.ScoreComponent;
import dev.kamkit.scoring.fixtures.AccountFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked examples for each coverage section of a LARGE account under the default policy (15 mapped,
 * 6 active with a floor of 4, 3 of our people reaching 4 of their functions; active means an
 * interaction within 90 days).
 */
class CoverageSectionsTest {
  private final CoverageScorer scorer = CoverageScorer.withDefaults();

  /**
   * Four key buying roles, one held by two of ours, one held only 100 days ago, one never held;
   * sentiments +2, -1 and -2.
   */
  private static KeyAccount oneChampionHeldTwice() {
    return AccountFixture.largeIdn()
        .stakeholder(
            "chief-onc",
            StakeholderFunction.CLINICAL,
            s -> s.sentiment(Sentiment.ADVOCATE),
            BuyingRole.CLINICAL_CHAMPION)
        .stakeholder(
            "pharm-dir",
            StakeholderFunction.PHARMACY,
            s -> s.sentiment(Sentiment.SCEPTIC),
            BuyingRole.TECHNICAL_BUYER)
        .stakeholder("cfo", StakeholderFunction.FINANCE, BuyingRole.ECONOMIC_BUYER)
        .stakeholder(
            "nurse",
            StakeholderFunction.NURSING,
            s -> s.sentiment(Sentiment.DETRACTOR),
            BuyingRole.USER)
        .stakeholder("nurse-2", StakeholderFunction.NURSING, BuyingRole.USER)
        .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
        .member("msl", TeamFunction.MEDICAL_SCIENCE_LIAISON)
        .holds("kam", "chief-onc", AS_OF.minusDays(5))
        .holds("msl", "chief-onc", AS_OF.minusDays(30))
        .holds("kam", "pharm-dir", AS_OF.minusDays(100))
        .build();
  }

  private ScoreComponent section(KeyAccount account, String key) {
    return scorer.score(account, AS_OF).score().component(key);
  }

  private static List<KamId> ids(String... ids) {
    return java.util.Arrays.stream(ids).<KamId>map(StakeholderId::of).toList();
  }

  @Test
  void eachKeyBuyingRoleEarnsOneWhenHeldAndHalfWhenOnlyMapped() {
    ScoreComponent c = section(oneChampionHeldTwice(), "buying-roles");
    // economic 0.5, technical 0.5, champion 1, user 0.5: 2.5 of 4
    assertFulfilment("0.625", c);
    List<Reason> roles =
        c.reasons().stream().filter(r -> r.code().startsWith("coverage.role.")).toList();
    assertEquals(4, roles.size(), roles.toString());
    assertReason(
        "coverage.role.unheld",
        Effect.GAP,
        "Economic buyer cfo is mapped but nobody of ours holds them actively",
        roles.get(0));
    assertReason(
        "coverage.role.unheld",
        Effect.GAP,
        "Technical buyer pharm-dir is mapped but nobody of ours holds them actively",
        roles.get(1));
    assertReason(
        "coverage.role.engaged",
        Effect.STRENGTH,
        "Clinical champion chief-onc held by kam, msl",
        roles.get(2));
    assertEquals(ids("chief-onc"), roles.get(2).subjects());
    assertReason(
        "coverage.role.unheld",
        Effect.GAP,
        "User nurse, nurse-2 is mapped but nobody of ours holds any of them actively",
        roles.get(3));
    assertEquals(ids("nurse", "nurse-2"), roles.get(3).subjects());
  }

  @Test
  void anUnmappedRoleEarnsNothing() {
    KeyAccount account =
        AccountFixture.largeIdn()
            .stakeholder("cfo", StakeholderFunction.FINANCE, BuyingRole.ECONOMIC_BUYER)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .holds("kam", "cfo", AS_OF)
            .build();
    ScoreComponent c = section(account, "buying-roles");
    // 1 of 4
    assertFulfilment("0.25", c);
    assertTrue(
        c.reasons().stream()
            .anyMatch(
                r ->
                    r.code().equals("coverage.role.unmapped")
                        && r.message().toString().equals("No clinical champion is mapped")),
        c.reasons().toString());
  }

  @Test
  void depthCountsActiveRelationshipsAndNamesStaleOnes() {
    ScoreComponent c = section(oneChampionHeldTwice(), "depth");
    // 1 of 6
    assertFulfilment("0.166667", c);
    assertReason(
        "coverage.depth.below-floor",
        Effect.GAP,
        "1 active relationship; target 6 for a large account, floor 4",
        c.reasons().get(0));
    assertEquals(ids("chief-onc"), c.reasons().get(0).subjects());
    assertReason(
        "coverage.relationship.stale",
        Effect.RISK,
        "1 relationship has had no interaction for more than 90 days: pharm-dir",
        c.reasons().get(1));
    assertEquals(ids("pharm-dir"), c.reasons().get(1).subjects());
  }

  private static AccountFixture held(int active) {
    AccountFixture f = AccountFixture.largeIdn().member("kam", TeamFunction.KEY_ACCOUNT_MANAGER);
    for (int i = 1; i <= active; i++) {
      f.stakeholder("s" + i, StakeholderFunction.CLINICAL).holds("kam", "s" + i, AS_OF);
    }
    return f;
  }

  @Test
  void depthBandsSitOnTheFloorAndTheTarget() {
    assertEquals(
        "coverage.depth.below-floor", section(held(3).build(), "depth").reasons().get(0).code());
    Reason floor = section(held(4).build(), "depth").reasons().get(0);
    assertReason(
        "coverage.depth.below-target",
        Effect.GAP,
        "4 active relationships; target 6 for a large account, floor 4",
        floor);
    ScoreComponent target = section(held(6).build(), "depth");
    assertEquals("coverage.depth.met", target.reasons().get(0).code());
    assertEquals(Effect.STRENGTH, target.reasons().get(0).effect());
    assertFulfilment("1", target);
    // more than the target earns no more than the target
    assertFulfilment("1", section(held(7).build(), "depth"));
  }

  @Test
  void twoStaleRelationshipsAreCountedInThePlural() {
    KeyAccount account =
        held(0)
            .stakeholder("a", StakeholderFunction.CLINICAL)
            .stakeholder("b", StakeholderFunction.PHARMACY)
            .holds("kam", "b", AS_OF.minusDays(91))
            .holds("kam", "a", AS_OF.minusDays(200))
            .build();
    Reason stale = section(account, "depth").reasons().get(1);
    assertEquals(
        "2 relationships have had no interaction for more than 90 days: a, b",
        stale.message().toString());
  }

  @Test
  void breadthCountsMappedStakeholdersAgainstTheTarget() {
    ScoreComponent c = section(oneChampionHeldTwice(), "breadth");
    // 5 of 15
    assertFulfilment("0.333333", c);
    assertReason(
        "coverage.breadth.below-target",
        Effect.GAP,
        "5 stakeholders mapped; target 15",
        c.reasons().get(0));

    ScoreComponent one = section(held(1).build(), "breadth");
    assertEquals("1 stakeholder mapped; target 15", one.reasons().get(0).message().toString());

    ScoreComponent full = section(held(15).build(), "breadth");
    assertFulfilment("1", full);
    assertReason(
        "coverage.breadth.met",
        Effect.STRENGTH,
        "15 stakeholders mapped; target 15",
        full.reasons().get(0));
  }

  @Test
  void multithreadingAveragesOurPeopleAndTheirFunctions() {
    ScoreComponent c = section(oneChampionHeldTwice(), "multithreading");
    // ours 2 of 3 = 0.666667, theirs 1 of 4 = 0.25: mean 0.4583335, half-even to 6 places
    assertFulfilment("0.458334", c);
    List<String> codes = c.reasons().stream().map(Reason::code).toList();
    assertEquals(List.of("coverage.single-threaded.theirs", "coverage.threads"), codes);
    assertReason(
        "coverage.single-threaded.theirs",
        Effect.RISK,
        "Single-threaded on the account's side: our only active relationship is with chief-onc",
        c.reasons().get(0));
    assertReason(
        "coverage.threads",
        Effect.GAP,
        "2 of our people (target 3) reach 1 of the account's functions (target 4)",
        c.reasons().get(1));
    assertEquals(
        List.of(TeamMemberId.of("kam"), TeamMemberId.of("msl")), c.reasons().get(1).subjects());
  }

  @Test
  void threadsOnBothTargetsAreAStrength() {
    KeyAccount account =
        AccountFixture.largeIdn()
            .stakeholder("a", StakeholderFunction.CLINICAL)
            .stakeholder("b", StakeholderFunction.PHARMACY)
            .stakeholder("c", StakeholderFunction.FINANCE)
            .stakeholder("d", StakeholderFunction.NURSING)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .member("msl", TeamFunction.MEDICAL_SCIENCE_LIAISON)
            .member("ma", TeamFunction.MARKET_ACCESS)
            .holds("kam", "a", AS_OF)
            .holds("msl", "b", AS_OF)
            .holds("ma", "c", AS_OF)
            .holds("ma", "d", AS_OF)
            .build();
    ScoreComponent c = section(account, "multithreading");
    assertFulfilment("1", c);
    assertReason(
        "coverage.threads",
        Effect.STRENGTH,
        "3 of our people (target 3) reach 4 of the account's functions (target 4)",
        c.reasons().get(0));
    assertEquals(1, c.reasons().size(), c.reasons().toString());
  }

  @Test
  void threeFunctionsReachedByEnoughPeopleAreStillAGap() {
    KeyAccount account =
        AccountFixture.largeIdn()
            .stakeholder("a", StakeholderFunction.CLINICAL)
            .stakeholder("b", StakeholderFunction.PHARMACY)
            .stakeholder("c", StakeholderFunction.FINANCE)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .member("msl", TeamFunction.MEDICAL_SCIENCE_LIAISON)
            .member("ma", TeamFunction.MARKET_ACCESS)
            .holds("kam", "a", AS_OF)
            .holds("msl", "b", AS_OF)
            .holds("ma", "c", AS_OF)
            .build();
    Reason threads = section(account, "multithreading").reasons().get(0);
    assertEquals(Effect.GAP, threads.effect());
  }

  @Test
  void aSinglePersonOfOursHoldingTwoStakeholdersIsSingleThreadedOnlyOnOurSide() {
    ScoreComponent c = section(held(2).build(), "multithreading");
    assertEquals(
        List.of("coverage.single-threaded.ours", "coverage.threads"),
        c.reasons().stream().map(Reason::code).toList());
    assertReason(
        "coverage.single-threaded.ours",
        Effect.RISK,
        "Single-threaded on our side: every active relationship runs through kam",
        c.reasons().get(0));
    assertEquals(List.of(TeamMemberId.of("kam")), c.reasons().get(0).subjects());
  }

  @Test
  void nobodyHeldIsNoSingleThreadingRiskButZeroThreads() {
    ScoreComponent c =
        section(held(0).stakeholder("a", StakeholderFunction.CLINICAL).build(), "multithreading");
    assertFulfilment("0", c);
    assertEquals(List.of("coverage.threads"), c.reasons().stream().map(Reason::code).toList());
  }

  @Test
  void sentimentMapsTheMeanScoreOntoZeroToOne() {
    ScoreComponent c = section(oneChampionHeldTwice(), "sentiment");
    // +2 -1 -2 over 3 assessed: (-1 + 6) / 12
    assertFulfilment("0.416667", c);
    Reason r = c.reasons().get(0);
    assertReason(
        "coverage.sentiment.detractors",
        Effect.GAP,
        "1 of 3 assessed stakeholders are advocates or supporters; sceptics and detractors:"
            + " nurse, pharm-dir",
        r);
    assertEquals(ids("nurse", "pharm-dir"), r.subjects());
  }

  @Test
  void sentimentWithoutDetractorsIsAStrength() {
    KeyAccount account =
        held(0)
            .stakeholder("a", StakeholderFunction.CLINICAL, s -> s.sentiment(Sentiment.NEUTRAL))
            .stakeholder("b", StakeholderFunction.CLINICAL, s -> s.sentiment(Sentiment.SUPPORTER))
            .stakeholder(
                "c",
                StakeholderFunction.CLINICAL,
                s -> s.status(StakeholderStatus.DEPARTED).sentiment(Sentiment.DETRACTOR))
            .build();
    ScoreComponent c = section(account, "sentiment");
    // 0 + 1 over 2 assessed (the departed detractor is not mapped): (1 + 4) / 8
    assertFulfilment("0.625", c);
    assertReason(
        "coverage.sentiment.positive",
        Effect.STRENGTH,
        "1 of 2 assessed stakeholders are advocates or supporters",
        c.reasons().get(0));
    assertEquals(List.of(), c.reasons().get(0).subjects());
  }

  @Test
  void committeesWithoutAMappedVoterAreUnreachedAndOthersReachedThroughTheirVoters() {
    KeyAccount account =
        AccountFixture.largeIdn()
            .committee("pt", DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
            .committee("vac", DecisionBodyKind.VALUE_ANALYSIS)
            .committee("ethics", DecisionBodyKind.QUALITY)
            .stakeholder("pt-chair", StakeholderFunction.PHARMACY, votesOn("pt"))
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .holds("kam", "pt-chair", AS_OF)
            .build();
    ScoreComponent c = section(account, "committees");
    assertFulfilment("0.5", c);
    assertEquals(2, c.reasons().size(), "the ethics committee is not a key committee");
    assertReason(
        "coverage.committee.reached",
        Effect.STRENGTH,
        "pt reached through pt-chair",
        c.reasons().get(0));
    assertEquals(
        List.of(DecisionBodyId.of("pt"), StakeholderId.of("pt-chair")),
        c.reasons().get(0).subjects());
    assertReason(
        "coverage.committee.unreached",
        Effect.GAP,
        "vac: no voting member is mapped",
        c.reasons().get(1));
    assertEquals(List.of(DecisionBodyId.of("vac")), c.reasons().get(1).subjects());
  }

  @Test
  void aLargeAccountWithoutCommitteesScoresZeroForThem() {
    ScoreComponent c = section(held(1).build(), "committees");
    assertTrue(c.applicable());
    assertFulfilment("0", c);
    assertReason(
        "coverage.committee.unmapped",
        Effect.GAP,
        "No P&T committee, VAC or formulary committee is recorded: map where decisions are made",
        c.reasons().get(0));
  }

  @Test
  void aClinicWithoutCommitteesDoesNotNeedThem() {
    KeyAccount clinic =
        AccountFixture.clinic()
            .stakeholder("owner", StakeholderFunction.CLINICAL)
            .member("rep", TeamFunction.SALES)
            .holds("rep", "owner", AS_OF)
            .build();
    ScoreComponent c = section(clinic, "committees");
    assertFalse(c.applicable());
    assertReason(
        "coverage.committee.not-expected",
        Effect.STRENGTH,
        "No P&T committee or VAC is expected in an account of this size",
        c.reasons().get(0));
  }

  @Test
  void aMediumAccountWithoutCommitteesIsExpectedToHaveThem() {
    KeyAccount clinic =
        AccountFixture.clinic()
            .stakeholder("owner", StakeholderFunction.CLINICAL)
            .with(
                a ->
                    a.account(
                        AccountFixture.clinic()
                            .build()
                            .account()
                            .withProfile(
                                dev.kamkit.model.account.AccountProfile.builder()
                                    .beds(200)
                                    .build())))
            .build();
    CoverageResult result = scorer.score(clinic, AS_OF);
    assertEquals(AccountScale.MEDIUM, result.scale());
    assertTrue(result.score().component("committees").applicable());
  }

  // --- risks: champions leaving, blockers outranking everyone we hold ---

  private List<Reason> risks(KeyAccount account) {
    return scorer.score(account, AS_OF).risks();
  }

  @Test
  void aRetiringChampionIsARiskWithTheDateAndADepartedOneWithout() {
    KeyAccount account =
        held(1)
            .stakeholder(
                "dr-hale",
                StakeholderFunction.CLINICAL,
                s -> s.status(StakeholderStatus.RETIRING).departureDate(AS_OF.plusMonths(4)),
                BuyingRole.CLINICAL_CHAMPION)
            .stakeholder(
                "dr-gone",
                StakeholderFunction.CLINICAL,
                s -> s.status(StakeholderStatus.DEPARTED),
                BuyingRole.CLINICAL_CHAMPION)
            .stakeholder(
                "dr-away",
                StakeholderFunction.CLINICAL,
                s -> s.status(StakeholderStatus.ON_LEAVE),
                BuyingRole.CLINICAL_CHAMPION)
            .stakeholder(
                "dr-user",
                StakeholderFunction.CLINICAL,
                s -> s.status(StakeholderStatus.RETIRING),
                BuyingRole.USER)
            .build();
    List<Reason> leaving =
        risks(account).stream().filter(r -> r.code().equals("coverage.champion.leaving")).toList();
    assertEquals(2, leaving.size(), leaving.toString());
    assertReason(
        "coverage.champion.leaving",
        Effect.RISK,
        "Clinical champion dr-gone has left: build a successor relationship",
        leaving.get(0));
    assertReason(
        "coverage.champion.leaving",
        Effect.RISK,
        "Clinical champion dr-hale is retiring on 2027-03-22: build a successor relationship",
        leaving.get(1));
    assertEquals(ids("dr-hale"), leaving.get(1).subjects());
  }

  private static AccountFixture blocker(Seniority blocker, Seniority heldLevel) {
    return AccountFixture.largeIdn()
        .stakeholder("held", StakeholderFunction.PHARMACY, s -> s.seniority(heldLevel))
        .stakeholder(
            "vp-supply",
            StakeholderFunction.PROCUREMENT,
            s -> s.seniority(blocker),
            BuyingRole.BLOCKER)
        .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
        .holds("kam", "held", AS_OF);
  }

  private List<Reason> blockerRisks(KeyAccount account) {
    return risks(account).stream()
        .filter(r -> r.code().equals("coverage.blocker.outranks"))
        .toList();
  }

  @Test
  void aBlockerOfTheSameRankAsSomeoneWeHoldDoesNotOutrankThem() {
    assertEquals(
        List.of(), blockerRisks(blocker(Seniority.SENIOR_LEADER, Seniority.SENIOR_LEADER).build()));
    List<Reason> above =
        blockerRisks(blocker(Seniority.SENIOR_LEADER, Seniority.DEPARTMENT_HEAD).build());
    assertEquals(1, above.size());
    assertReason(
        "coverage.blocker.outranks",
        Effect.RISK,
        "Blocker vp-supply (Senior leader) outranks everyone we hold",
        above.get(0));
  }

  @Test
  void aBlockerWeHoldOrWhoseRankIsUnknownIsNoOutrankingRisk() {
    KeyAccount heldBlocker =
        blocker(Seniority.EXECUTIVE, Seniority.STAFF).holds("kam", "vp-supply", AS_OF).build();
    assertEquals(List.of(), blockerRisks(heldBlocker));
    KeyAccount unranked =
        AccountFixture.largeIdn()
            .stakeholder("vp-supply", StakeholderFunction.PROCUREMENT, BuyingRole.BLOCKER)
            .build();
    assertEquals(List.of(), blockerRisks(unranked));
  }

  @Test
  void whenWeHoldNobodyAnyRankedBlockerOutranksUs() {
    KeyAccount account =
        AccountFixture.largeIdn()
            .stakeholder(
                "vp-supply",
                StakeholderFunction.PROCUREMENT,
                s -> s.seniority(Seniority.STAFF),
                BuyingRole.BLOCKER)
            .build();
    assertEquals(1, blockerRisks(account).size());
  }

  @Test
  void aPolicyWithoutKeyBuyingRolesLeavesThatComponentOutButStillReportsRisks() {
    CoverageScorer noRoles =
        CoverageScorer.of(CoveragePolicy.builder().keyBuyingRoles(java.util.Set.of()).build());
    KeyAccount account =
        held(1)
            .stakeholder(
                "dr-hale",
                StakeholderFunction.CLINICAL,
                s -> s.status(StakeholderStatus.RETIRING),
                BuyingRole.CLINICAL_CHAMPION)
            .build();
    CoverageResult result = noRoles.score(account, AS_OF);
    ScoreComponent roles = result.score().component("buying-roles");
    assertFalse(roles.applicable());
    assertEquals(
        List.of("coverage.champion.leaving"), roles.reasons().stream().map(Reason::code).toList());
  }
}
