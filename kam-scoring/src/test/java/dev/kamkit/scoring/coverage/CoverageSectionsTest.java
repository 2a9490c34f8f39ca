package dev.kamkit.scoring.coverage;

import static dev.kamkit.scoring.fixtures.AccountFixture.AS_OF;
import static dev.kamkit.scoring.fixtures.AccountFixture.votesOn;
import static dev.kamkit.scoring.fixtures.CodedReasons.assertCoded;
import static dev.kamkit.scoring.fixtures.CodedReasons.member;
import static dev.kamkit.scoring.fixtures.CodedReasons.members;
import static dev.kamkit.scoring.fixtures.CodedReasons.ref;
import static dev.kamkit.scoring.fixtures.CodedReasons.stakeholder;
import static dev.kamkit.scoring.fixtures.CodedReasons.stakeholders;
import static dev.kamkit.scoring.fixtures.ScoreAssertions.assertFulfilment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.committee.CommitteeSubmission;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.SubmissionDecision;
import dev.kamkit.model.committee.SubmissionStage;
import dev.kamkit.model.committee.SubmissionStep;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.CommitteeSubmissionId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.RagStatus;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.ScoreComponent;
import dev.kamkit.scoring.fixtures.AccountFixture;
import java.time.LocalDate;
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
    assertCoded(
        "coverage.role.unheld",
        Effect.GAP,
        roles.get(0),
        Arg.of(BuyingRole.ECONOMIC_BUYER),
        stakeholders("cfo"),
        Arg.of(1));
    assertEquals(ids("cfo"), roles.get(0).subjects());
    assertCoded(
        "coverage.role.unheld",
        Effect.GAP,
        roles.get(1),
        Arg.of(BuyingRole.TECHNICAL_BUYER),
        stakeholders("pharm-dir"),
        Arg.of(1));
    assertCoded(
        "coverage.role.engaged",
        Effect.STRENGTH,
        roles.get(2),
        Arg.of(BuyingRole.CLINICAL_CHAMPION),
        stakeholders("chief-onc"),
        members("kam", "msl"));
    assertEquals(ids("chief-onc"), roles.get(2).subjects());
    assertCoded(
        "coverage.role.unheld",
        Effect.GAP,
        roles.get(3),
        Arg.of(BuyingRole.USER),
        stakeholders("nurse", "nurse-2"),
        Arg.of(2));
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
    assertEquals(
        List.of(
            Arg.of(BuyingRole.TECHNICAL_BUYER),
            Arg.of(BuyingRole.CLINICAL_CHAMPION),
            Arg.of(BuyingRole.USER)),
        c.reasons().stream()
            .filter(r -> r.code().equals("coverage.role.unmapped"))
            .map(r -> r.message().arg("role"))
            .toList());
    assertCoded(
        "coverage.role.unmapped",
        Effect.GAP,
        c.reasons().get(1),
        Arg.of(BuyingRole.TECHNICAL_BUYER));
    assertEquals(List.of(), c.reasons().get(1).subjects());
  }

  @Test
  void depthCountsActiveRelationshipsAndNamesStaleOnes() {
    ScoreComponent c = section(oneChampionHeldTwice(), "depth");
    // 1 of 6
    assertFulfilment("0.166667", c);
    assertCoded(
        "coverage.depth.below-floor",
        Effect.GAP,
        c.reasons().get(0),
        Arg.of(1),
        Arg.of(6),
        Arg.of(AccountScale.LARGE),
        Arg.of(4));
    assertEquals(ids("chief-onc"), c.reasons().get(0).subjects());
    assertCoded(
        "coverage.relationship.stale",
        Effect.RISK,
        c.reasons().get(1),
        Arg.of(1),
        Arg.of(90),
        stakeholders("pharm-dir"));
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
    assertCoded(
        "coverage.depth.below-target",
        Effect.GAP,
        floor,
        Arg.of(4),
        Arg.of(6),
        Arg.of(AccountScale.LARGE),
        Arg.of(4));
    ScoreComponent target = section(held(6).build(), "depth");
    assertCoded(
        "coverage.depth.met",
        Effect.STRENGTH,
        target.reasons().get(0),
        Arg.of(6),
        Arg.of(6),
        Arg.of(AccountScale.LARGE),
        Arg.of(4));
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
    assertCoded(
        "coverage.relationship.stale",
        Effect.RISK,
        stale,
        Arg.of(2),
        Arg.of(90),
        stakeholders("a", "b"));
    assertEquals(ids("a", "b"), stale.subjects());
  }

  @Test
  void breadthCountsMappedStakeholdersAgainstTheTarget() {
    ScoreComponent c = section(oneChampionHeldTwice(), "breadth");
    // 5 of 15
    assertFulfilment("0.333333", c);
    assertCoded(
        "coverage.breadth.below-target", Effect.GAP, c.reasons().get(0), Arg.of(5), Arg.of(15));

    ScoreComponent one = section(held(1).build(), "breadth");
    assertCoded(
        "coverage.breadth.below-target", Effect.GAP, one.reasons().get(0), Arg.of(1), Arg.of(15));

    ScoreComponent full = section(held(15).build(), "breadth");
    assertFulfilment("1", full);
    assertCoded(
        "coverage.breadth.met", Effect.STRENGTH, full.reasons().get(0), Arg.of(15), Arg.of(15));
  }

  @Test
  void multithreadingAveragesOurPeopleAndTheirFunctions() {
    ScoreComponent c = section(oneChampionHeldTwice(), "multithreading");
    // ours 2 of 3 = 0.666667, theirs 1 of 4 = 0.25: mean 0.4583335, half-even to 6 places
    assertFulfilment("0.458334", c);
    List<String> codes = c.reasons().stream().map(Reason::code).toList();
    assertEquals(
        List.of("coverage.single-threaded.theirs", "coverage.threads.below-target"), codes);
    assertCoded(
        "coverage.single-threaded.theirs",
        Effect.RISK,
        c.reasons().get(0),
        stakeholder("chief-onc"));
    assertEquals(ids("chief-onc"), c.reasons().get(0).subjects());
    assertCoded(
        "coverage.threads.below-target",
        Effect.GAP,
        c.reasons().get(1),
        Arg.of(2),
        Arg.of(3),
        Arg.of(1),
        Arg.of(4));
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
    assertCoded(
        "coverage.threads.met",
        Effect.STRENGTH,
        c.reasons().get(0),
        Arg.of(3),
        Arg.of(3),
        Arg.of(4),
        Arg.of(4));
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
    assertCoded(
        "coverage.threads.below-target",
        Effect.GAP,
        threads,
        Arg.of(3),
        Arg.of(3),
        Arg.of(3),
        Arg.of(4));
  }

  @Test
  void aSinglePersonOfOursHoldingTwoStakeholdersIsSingleThreadedOnlyOnOurSide() {
    ScoreComponent c = section(held(2).build(), "multithreading");
    assertEquals(
        List.of("coverage.single-threaded.ours", "coverage.threads.below-target"),
        c.reasons().stream().map(Reason::code).toList());
    assertCoded("coverage.single-threaded.ours", Effect.RISK, c.reasons().get(0), member("kam"));
    // single-threaded on our side only: that risk alone sets the status
    CoverageResult result = scorer.score(held(2).build(), AS_OF);
    assertEquals(RagStatus.RED, result.status());
    assertCoded(
        "coverage.status.single-threaded",
        result.statusReason(),
        Arg.of(c.reasons().get(0).message()));
    assertEquals(List.of(TeamMemberId.of("kam")), c.reasons().get(0).subjects());
  }

  @Test
  void nobodyHeldIsNoSingleThreadingRiskButZeroThreads() {
    ScoreComponent c =
        section(held(0).stakeholder("a", StakeholderFunction.CLINICAL).build(), "multithreading");
    assertFulfilment("0", c);
    assertEquals(
        List.of("coverage.threads.below-target"), c.reasons().stream().map(Reason::code).toList());
  }

  @Test
  void sentimentMapsTheMeanScoreOntoZeroToOne() {
    ScoreComponent c = section(oneChampionHeldTwice(), "sentiment");
    // +2 -1 -2 over 3 assessed: (-1 + 6) / 12
    assertFulfilment("0.416667", c);
    Reason r = c.reasons().get(0);
    assertCoded(
        "coverage.sentiment.detractors",
        Effect.GAP,
        r,
        Arg.of(1),
        Arg.of(3),
        stakeholders("nurse", "pharm-dir"));
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
    assertCoded(
        "coverage.sentiment.positive", Effect.STRENGTH, c.reasons().get(0), Arg.of(1), Arg.of(2));
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
    assertCoded(
        "coverage.committee.reached",
        Effect.STRENGTH,
        c.reasons().get(0),
        ref(DecisionBodyId.of("pt"), "pt"),
        stakeholders("pt-chair"));
    assertEquals(
        List.of(DecisionBodyId.of("pt"), StakeholderId.of("pt-chair")),
        c.reasons().get(0).subjects());
    assertCoded(
        "coverage.committee.no-voter",
        Effect.GAP,
        c.reasons().get(1),
        ref(DecisionBodyId.of("vac"), "vac"));
    assertEquals(List.of(DecisionBodyId.of("vac")), c.reasons().get(1).subjects());
  }

  private static CommitteeSubmission submission(
      String id, String sponsor, SubmissionStep... steps) {
    return CommitteeSubmission.builder()
        .id(CommitteeSubmissionId.of(id))
        .name(id)
        .decisionBody(DecisionBodyId.of("pt"))
        .product(ProductId.of("oncoxa"))
        .sponsor(StakeholderId.of(sponsor))
        .addSteps(SubmissionStep.of(SubmissionStage.REQUEST, AS_OF.minusMonths(3)))
        .addSteps(steps)
        .build();
  }

  @Test
  void theSponsorOfEachOpenSubmissionIsHeldOrAGapAndTheScoreDoesNotMove() {
    AccountFixture fixture =
        AccountFixture.largeIdn()
            .committee("pt", DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
            .stakeholder("pt-chair", StakeholderFunction.PHARMACY, votesOn("pt"))
            .stakeholder("champion", StakeholderFunction.CLINICAL)
            .stakeholder("nurse", StakeholderFunction.NURSING)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .holds("kam", "pt-chair", AS_OF)
            .holds("kam", "champion", AS_OF);
    ScoreComponent before = section(fixture.build(), "committees");
    KeyAccount account =
        fixture
            .with(
                a ->
                    a.addProducts(
                            Product.builder()
                                .id(ProductId.of("oncoxa"))
                                .name("Oncoxa")
                                .kind(ProductKind.BIOLOGICAL)
                                .therapeuticArea("Oncology")
                                .build())
                        .addCommitteeSubmissions(
                            submission("s1-held", "champion"),
                            submission("s2-unheld", "nurse"),
                            // decided: its sponsor no longer matters to coverage
                            submission(
                                "s3-decided",
                                "nurse",
                                SubmissionStep.decided(
                                    AS_OF.minusDays(5), SubmissionDecision.APPROVED))))
            .build();
    ScoreComponent c = section(account, "committees");
    assertEquals(before.contribution(), c.contribution());
    List<Reason> sponsors = c.reasons().subList(1, c.reasons().size());
    assertEquals(2, sponsors.size());
    Arg pt = ref(DecisionBodyId.of("pt"), "pt");
    assertCoded(
        "coverage.submission.sponsor-held",
        Effect.STRENGTH,
        sponsors.get(0),
        ref(CommitteeSubmissionId.of("s1-held"), "s1-held"),
        stakeholder("champion"),
        pt);
    assertCoded(
        "coverage.submission.sponsor-unheld",
        Effect.GAP,
        sponsors.get(1),
        ref(CommitteeSubmissionId.of("s2-unheld"), "s2-unheld"),
        stakeholder("nurse"),
        pt);
    assertEquals(
        List.of(
            CommitteeSubmissionId.of("s2-unheld"),
            StakeholderId.of("nurse"),
            DecisionBodyId.of("pt")),
        sponsors.get(1).subjects());
  }

  @Test
  void aLargeAccountWithoutCommitteesScoresZeroForThem() {
    ScoreComponent c = section(held(1).build(), "committees");
    assertTrue(c.applicable());
    assertFulfilment("0", c);
    assertCoded("coverage.committee.unmapped", Effect.GAP, c.reasons().get(0));
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
    assertCoded("coverage.committee.not-expected", Effect.STRENGTH, c.reasons().get(0));
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
                "dr-left",
                StakeholderFunction.CLINICAL,
                s -> s.status(StakeholderStatus.DEPARTED).departureDate(AS_OF.minusDays(10)),
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
        risks(account).stream().filter(r -> r.code().startsWith("coverage.champion.")).toList();
    assertEquals(3, leaving.size(), leaving.toString());
    Arg champion = Arg.of(BuyingRole.CLINICAL_CHAMPION);
    assertCoded(
        "coverage.champion.departed.undated",
        Effect.RISK,
        leaving.get(0),
        champion,
        stakeholder("dr-gone"));
    assertEquals(ids("dr-gone"), leaving.get(0).subjects());
    assertCoded(
        "coverage.champion.retiring",
        Effect.RISK,
        leaving.get(1),
        champion,
        stakeholder("dr-hale"),
        Arg.of(LocalDate.of(2027, 3, 22)));
    assertEquals(ids("dr-hale"), leaving.get(1).subjects());
    assertCoded(
        "coverage.champion.departed",
        Effect.RISK,
        leaving.get(2),
        champion,
        stakeholder("dr-left"),
        Arg.of(AS_OF.minusDays(10)));
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
    assertCoded(
        "coverage.blocker.outranks",
        Effect.RISK,
        above.get(0),
        Arg.of(BuyingRole.BLOCKER),
        stakeholder("vp-supply"),
        Arg.of(Seniority.SENIOR_LEADER));
    assertEquals(ids("vp-supply"), above.get(0).subjects());
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
        List.of("coverage.champion.retiring.undated"),
        roles.reasons().stream().map(Reason::code).toList());
  }
}
