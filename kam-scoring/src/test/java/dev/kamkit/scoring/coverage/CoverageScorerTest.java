package dev.kamkit.scoring.coverage;

import static dev.kamkit.scoring.fixtures.AccountFixture.AS_OF;
import static dev.kamkit.scoring.fixtures.AccountFixture.votesOn;
import static dev.kamkit.scoring.fixtures.CodedReasons.assertCoded;
import static dev.kamkit.scoring.fixtures.CodedReasons.member;
import static dev.kamkit.scoring.fixtures.CodedReasons.ref;
import static dev.kamkit.scoring.fixtures.CodedReasons.stakeholders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.RagStatus;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.fixtures.AccountFixture;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoverageScorerTest {
  private final CoverageScorer scorer = CoverageScorer.withDefaults();

  @Test
  void singleThreadedOnARetiringPrescriberIsRedHoweverManyCallsWereLogged() {
    AccountFixture fixture =
        AccountFixture.largeIdn()
            .stakeholder(
                "dr-hale",
                StakeholderFunction.CLINICAL,
                s ->
                    s.status(StakeholderStatus.RETIRING)
                        .departureDate(AS_OF.plusMonths(4))
                        .sentiment(Sentiment.ADVOCATE),
                BuyingRole.CLINICAL_CHAMPION,
                BuyingRole.USER)
            .stakeholder("cfo", StakeholderFunction.FINANCE, BuyingRole.ECONOMIC_BUYER)
            .member("rep", TeamFunction.SALES)
            .holds("rep", "dr-hale", AS_OF.minusDays(3));
    for (int i = 0; i < 60; i++) {
      int n = i;
      fixture.with(
          a ->
              a.addInteraction(
                  Interaction.builder()
                      .id(InteractionId.of("call-" + n))
                      .date(AS_OF.minusDays(n))
                      .channel(Channel.IN_PERSON)
                      .addTeamMember(TeamMemberId.of("rep"))
                      .addStakeholder(StakeholderId.of("dr-hale"))
                      .purpose("Detail")
                      .build()));
    }
    CoverageResult coverage = scorer.score(fixture.build(), AS_OF);

    assertEquals(RagStatus.RED, coverage.status());
    List<String> risks = coverage.risks().stream().map(Reason::code).toList();
    assertEquals(
        List.of(
            "coverage.champion.retiring",
            "coverage.single-threaded.ours",
            "coverage.single-threaded.theirs"),
        risks);
    // single-threaded on both sides: the status reason holds both risks' own messages
    assertCoded(
        "coverage.status.single-threaded.both",
        coverage.statusReason(),
        Arg.of(coverage.risks().get(1).message()),
        Arg.of(coverage.risks().get(2).message()));
    assertCoded("coverage.single-threaded.ours", coverage.risks().get(1).message(), member("rep"));
  }

  @Test
  void strongClinicalAdvocacyWithNobodyHoldingTheCfoShowsTheEconomicBuyerGapFirst() {
    KeyAccount account =
        AccountFixture.largeIdn()
            .stakeholder(
                "chief-onc",
                StakeholderFunction.CLINICAL,
                s -> s.sentiment(Sentiment.ADVOCATE),
                BuyingRole.CLINICAL_CHAMPION)
            .stakeholder(
                "onc-2",
                StakeholderFunction.CLINICAL,
                s -> s.sentiment(Sentiment.ADVOCATE),
                BuyingRole.USER)
            .stakeholder(
                "pharm-dir",
                StakeholderFunction.PHARMACY,
                s -> s.sentiment(Sentiment.SUPPORTER),
                BuyingRole.TECHNICAL_BUYER)
            .stakeholder("cfo", StakeholderFunction.FINANCE, BuyingRole.ECONOMIC_BUYER)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .member("msl", TeamFunction.MEDICAL_SCIENCE_LIAISON)
            .holds("kam", "chief-onc", AS_OF.minusDays(5))
            .holds("msl", "onc-2", AS_OF.minusDays(5))
            .holds("kam", "pharm-dir", AS_OF.minusDays(20))
            .build();
    CoverageResult coverage = scorer.score(account, AS_OF);

    Reason first = coverage.gaps().get(0);
    assertCoded(
        "coverage.role.unheld",
        Effect.GAP,
        first,
        Arg.of(BuyingRole.ECONOMIC_BUYER),
        stakeholders("cfo"),
        Arg.of(1));
    assertEquals(List.of(StakeholderId.of("cfo")), first.subjects());
    // three of four roles held, the fourth mapped: (1 + 1 + 1 + 0.5) / 4 of 25 points
    assertEquals(
        new BigDecimal("21.88"), coverage.score().component("buying-roles").contribution());
  }

  @Test
  void aBlockerWhoOutranksEveryoneWeHoldIsARisk() {
    KeyAccount account =
        AccountFixture.largeIdn()
            .stakeholder(
                "manager",
                StakeholderFunction.PHARMACY,
                s -> s.seniority(Seniority.MANAGER),
                BuyingRole.USER)
            .stakeholder(
                "vp-supply",
                StakeholderFunction.PROCUREMENT,
                s -> s.seniority(Seniority.SENIOR_LEADER),
                BuyingRole.BLOCKER)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .holds("kam", "manager", AS_OF.minusDays(1))
            .build();
    Reason risk =
        scorer.score(account, AS_OF).risks().stream()
            .filter(r -> r.code().equals("coverage.blocker.outranks"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of(StakeholderId.of("vp-supply")), risk.subjects());

    KeyAccount heldByAnExecutive =
        AccountFixture.largeIdn()
            .stakeholder(
                "cmo", StakeholderFunction.EXECUTIVE, s -> s.seniority(Seniority.EXECUTIVE))
            .stakeholder(
                "vp-supply",
                StakeholderFunction.PROCUREMENT,
                s -> s.seniority(Seniority.SENIOR_LEADER),
                BuyingRole.BLOCKER)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .holds("kam", "cmo", AS_OF.minusDays(1))
            .build();
    assertTrue(
        scorer.score(heldByAnExecutive, AS_OF).risks().stream()
            .noneMatch(r -> r.code().equals("coverage.blocker.outranks")));
  }

  @Test
  void aRelationshipIsActiveUpToTheWindowAndStaleOneDayLater() {
    AccountFixture base =
        AccountFixture.largeIdn()
            .stakeholder("pharm-dir", StakeholderFunction.PHARMACY, BuyingRole.TECHNICAL_BUYER)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER);
    KeyAccount edge = base.holds("kam", "pharm-dir", AS_OF.minusDays(90)).build();
    assertEquals(
        List.of(StakeholderId.of("pharm-dir")), List.copyOf(scorer.score(edge, AS_OF).engaged()));

    KeyAccount stale =
        edge.withRelationships(
            edge.relationships().get(0).withLastInteraction(AS_OF.minusDays(91)));
    CoverageResult coverage = scorer.score(stale, AS_OF);
    assertTrue(coverage.engaged().isEmpty());
    assertTrue(
        coverage.risks().stream().anyMatch(r -> r.code().equals("coverage.relationship.stale")));
    assertEquals(RagStatus.RED, coverage.status());
  }

  @Test
  void aLoggedInteractionRefreshesARelationshipButOneAfterAsOfDoesNot() {
    KeyAccount account =
        AccountFixture.largeIdn()
            .stakeholder("pharm-dir", StakeholderFunction.PHARMACY, BuyingRole.TECHNICAL_BUYER)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .holds("kam", "pharm-dir", AS_OF.minusDays(400))
            .with(a -> a.addInteraction(interaction("later", AS_OF.plusDays(1))))
            .build();
    assertTrue(scorer.score(account, AS_OF).engaged().isEmpty());
    KeyAccount refreshed =
        KeyAccount.builder()
            .from(account)
            .addInteraction(interaction("recent", AS_OF.minusDays(2)))
            .build();
    assertEquals(1, scorer.score(refreshed, AS_OF).engaged().size());
  }

  @Test
  void committeesCountWhenAVotingMemberIsHeld() {
    KeyAccount account =
        AccountFixture.largeIdn()
            .committee("pt", DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
            .committee("vac", DecisionBodyKind.VALUE_ANALYSIS)
            .stakeholder("pt-chair", StakeholderFunction.PHARMACY, votesOn("pt"))
            .stakeholder("vac-member", StakeholderFunction.PROCUREMENT, votesOn("vac"))
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .holds("kam", "pt-chair", AS_OF)
            .build();
    CoverageResult coverage = scorer.score(account, AS_OF);
    // one of two committees reached; sentiment is unassessed, so its weight is shared out
    assertEquals(
        0, new BigDecimal("0.5").compareTo(coverage.score().component("committees").fulfilment()));
    assertFalse(coverage.score().component("sentiment").applicable());
    Reason unreached =
        coverage.gaps().stream()
            .filter(r -> r.code().equals("coverage.committee.unreached"))
            .findFirst()
            .orElseThrow();
    assertCoded(
        "coverage.committee.unreached",
        Effect.GAP,
        unreached,
        ref(DecisionBodyId.of("vac"), "vac"),
        stakeholders("vac-member"));
    assertEquals(
        List.of(DecisionBodyId.of("vac"), StakeholderId.of("vac-member")), unreached.subjects());
  }

  @Test
  void aClinicIsJudgedAgainstSmallTargetsAndNeedsNoCommittee() {
    KeyAccount clinic =
        AccountFixture.clinic()
            .stakeholder(
                "owner",
                StakeholderFunction.CLINICAL,
                s -> s.sentiment(Sentiment.SUPPORTER),
                BuyingRole.ECONOMIC_BUYER,
                BuyingRole.CLINICAL_CHAMPION,
                BuyingRole.USER)
            .stakeholder(
                "manager",
                StakeholderFunction.PROCUREMENT,
                s -> s.sentiment(Sentiment.NEUTRAL),
                BuyingRole.TECHNICAL_BUYER)
            .stakeholder(
                "nurse",
                StakeholderFunction.NURSING,
                s -> s.sentiment(Sentiment.ADVOCATE),
                BuyingRole.USER)
            .member("rep", TeamFunction.SALES)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .holds("rep", "owner", AS_OF.minusDays(10))
            .holds("kam", "manager", AS_OF.minusDays(10))
            .build();
    CoverageResult coverage = scorer.score(clinic, AS_OF);
    assertEquals(AccountScale.SMALL, coverage.scale());
    assertFalse(coverage.score().component("committees").applicable());
    assertEquals(RagStatus.GREEN, coverage.status(), coverage.explain());
  }

  @Test
  void theNextStakeholderGainsExactlyWhatWasPredicted() {
    KeyAccount account =
        AccountFixture.largeIdn()
            .stakeholder("chief-onc", StakeholderFunction.CLINICAL, BuyingRole.CLINICAL_CHAMPION)
            .stakeholder("cfo", StakeholderFunction.FINANCE, BuyingRole.ECONOMIC_BUYER)
            .stakeholder("nurse", StakeholderFunction.NURSING)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .member("ma", TeamFunction.MARKET_ACCESS)
            .holds("kam", "chief-onc", AS_OF.minusDays(5))
            .build();
    List<NextStakeholder> next = scorer.nextStakeholders(account, AS_OF);
    NextStakeholder top = next.get(0);
    assertEquals(StakeholderId.of("cfo"), top.stakeholder());
    assertEquals(
        TeamMemberId.of("ma"),
        top.teamMember(),
        "a second person of ours also multithreads the account");

    KeyAccount engaged =
        KeyAccount.builder().from(account).addRelationship(top.relationship()).build();
    BigDecimal before = scorer.score(account, AS_OF).score().value();
    BigDecimal after = scorer.score(engaged, AS_OF).score().value();
    assertEquals(top.gain(), after.subtract(before));
    assertEquals(top.coverageAfter(), after);
    for (int i = 1; i < next.size(); i++) {
      assertTrue(next.get(i - 1).gain().compareTo(next.get(i).gain()) >= 0);
    }
  }

  @Test
  void whenTheOnlyRepLeavesTheirStakeholdersAreOrphaned() {
    KeyAccount account =
        AccountFixture.largeIdn()
            .stakeholder("a", StakeholderFunction.CLINICAL, BuyingRole.USER)
            .stakeholder("b", StakeholderFunction.PHARMACY, BuyingRole.TECHNICAL_BUYER)
            .member("rep", TeamFunction.SALES)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .holds("rep", "a", AS_OF)
            .holds("rep", "b", AS_OF)
            .holds("kam", "b", AS_OF)
            .build();
    TurnoverImpact impact = scorer.ifTeamMemberLeaves(account, TeamMemberId.of("rep"), AS_OF);
    assertEquals(List.of(StakeholderId.of("a")), List.copyOf(impact.orphaned()));
    assertTrue(impact.loss().signum() > 0);
    assertTrue(
        impact.after().reasons().stream()
            .noneMatch(r -> r.code().equals("coverage.relationship.stale")),
        "the leaver's own relationships are not reported as stale");
  }

  @Test
  void turnoverExposureListsEveryHolderLargestLossFirst() {
    KeyAccount account =
        AccountFixture.largeIdn()
            .stakeholder("a", StakeholderFunction.CLINICAL, BuyingRole.USER)
            .stakeholder("b", StakeholderFunction.PHARMACY, BuyingRole.TECHNICAL_BUYER)
            .stakeholder("c", StakeholderFunction.FINANCE, BuyingRole.ECONOMIC_BUYER)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .member("msl", TeamFunction.MEDICAL_SCIENCE_LIAISON)
            .member("rep", TeamFunction.SALES)
            .holds("rep", "a", AS_OF)
            .holds("rep", "b", AS_OF)
            .holds("kam", "b", AS_OF)
            .build();

    List<TurnoverImpact> exposure = scorer.turnoverExposure(account, AS_OF);

    // msl holds nobody and is not listed; rep orphans a, kam orphans nobody
    assertEquals(
        List.of(TeamMemberId.of("rep"), TeamMemberId.of("kam")),
        exposure.stream().map(TurnoverImpact::teamMember).toList());
    for (TurnoverImpact t : exposure) {
      assertEquals(scorer.ifTeamMemberLeaves(account, t.teamMember(), AS_OF), t);
    }
    assertTrue(exposure.get(0).loss().compareTo(exposure.get(1).loss()) > 0);
    Message line = exposure.get(0).line();
    assertEquals(CoverageCode.TURNOVER_IMPACT, line.code());
    assertEquals(
        List.of(
            Arg.of(TeamMemberId.of("rep")),
            Arg.of(exposure.get(0).loss()),
            Arg.of(exposure.get(0).after().value()),
            Arg.of(1),
            Arg.list(Arg.of(StakeholderId.of("a"))),
            Arg.of(RagStatus.RED)),
        line.args());
  }

  @Test
  void aCoverageAlreadyScoredGivesTheSameNextStakeholdersAndExposure() {
    KeyAccount account = SeedAccounts.riversideHealth();
    CoverageResult coverage = scorer.score(account, AS_OF);

    assertEquals(
        scorer.nextStakeholders(account, AS_OF), scorer.nextStakeholders(account, coverage));
    assertEquals(
        scorer.turnoverExposure(account, AS_OF), scorer.turnoverExposure(account, coverage));
  }

  @Test
  void aCoverageOfAnotherAccountOrPolicyIsRefused() {
    KeyAccount account = SeedAccounts.riversideHealth();
    CoverageResult ofAnother = scorer.score(SeedAccounts.singleThreadedRetiringPrescriber(), AS_OF);
    CoverageResult underAnother =
        CoverageScorer.of(CoveragePolicy.defaults().withVersion("acme-1")).score(account, AS_OF);

    assertEquals(
        "the coverage of " + ofAnother.account() + " cannot stand for " + account.id(),
        assertThrows(
                IllegalArgumentException.class, () -> scorer.nextStakeholders(account, ofAnother))
            .getMessage());
    assertEquals(
        "the coverage of "
            + account.id()
            + " was scored under another policy (version acme-1) than this scorer's (version "
            + scorer.policy().version()
            + ")",
        assertThrows(
                IllegalArgumentException.class,
                () -> scorer.turnoverExposure(account, underAnother))
            .getMessage());
  }

  @Test
  void aPolicyWithoutKeyBuyingRolesStillPricesNextStakeholdersAndLeavers() {
    CoverageScorer noRoles =
        CoverageScorer.of(CoveragePolicy.builder().keyBuyingRoles(Set.of()).build());
    KeyAccount account =
        AccountFixture.largeIdn()
            .stakeholder("a", StakeholderFunction.CLINICAL, BuyingRole.USER)
            .stakeholder("b", StakeholderFunction.PHARMACY, BuyingRole.TECHNICAL_BUYER)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .member("rep", TeamFunction.SALES)
            .holds("rep", "a", AS_OF)
            .build();
    List<NextStakeholder> next = noRoles.nextStakeholders(account, AS_OF);

    assertFalse(next.isEmpty());
    Rescored.assertExact(noRoles, account, AS_OF, next);
    assertFalse(noRoles.turnoverExposure(account, AS_OF).isEmpty());
  }

  @Test
  void nobodyHeldMeansNoExposure() {
    KeyAccount account =
        AccountFixture.largeIdn()
            .stakeholder("a", StakeholderFunction.CLINICAL, BuyingRole.USER)
            .member("rep", TeamFunction.SALES)
            .build();
    assertEquals(List.of(), scorer.turnoverExposure(account, AS_OF));
  }

  @Test
  void aMemberWhoHasLeftTheTeamHoldsNobody() {
    KeyAccount account =
        AccountFixture.largeIdn()
            .stakeholder("a", StakeholderFunction.CLINICAL, BuyingRole.USER)
            .member("rep", TeamFunction.SALES)
            .holds("rep", "a", AS_OF)
            .build();
    KeyAccount left = account.withTeam(account.team().get(0).withLeftOn(AS_OF.minusDays(1)));
    assertTrue(scorer.score(left, AS_OF).engaged().isEmpty());
  }

  private static Interaction interaction(String id, java.time.LocalDate date) {
    return Interaction.builder()
        .id(InteractionId.of(id))
        .date(date)
        .channel(Channel.REMOTE)
        .addTeamMember(TeamMemberId.of("kam"))
        .addStakeholder(StakeholderId.of("pharm-dir"))
        .purpose("Formulary review")
        .build();
  }

  @Test
  void aStaleRelationshipIsARiskButDoesNotSetTheStatusLikeSingleThreading() {
    KeyAccount account =
        AccountFixture.largeIdn()
            .stakeholder("a", StakeholderFunction.CLINICAL)
            .stakeholder("b", StakeholderFunction.PHARMACY)
            .stakeholder("lapsed", StakeholderFunction.FINANCE)
            .stakeholder(
                "gone", StakeholderFunction.FINANCE, s -> s.status(StakeholderStatus.DEPARTED))
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .member("ma", TeamFunction.MARKET_ACCESS)
            .holds("kam", "a", AS_OF.minusDays(5))
            .holds("ma", "b", AS_OF.minusDays(5))
            .holds("kam", "lapsed", AS_OF.minusDays(200))
            .holds("ma", "gone", AS_OF.minusDays(200))
            .build();
    CoverageResult coverage = scorer.score(account, AS_OF);
    // a departed stakeholder's old relationship is history, not a stale one
    Reason stale = coverage.score().component("depth").reasons().get(1);
    assertEquals("coverage.relationship.stale", stale.code());
    assertEquals(List.of(StakeholderId.of("lapsed")), stale.subjects());
    // two of ours hold two of theirs: the status follows the score, not the stale risk
    assertEquals(RagStatus.RED, coverage.status());
    assertCoded(
        "coverage.status.red",
        coverage.statusReason(),
        Arg.of(coverage.score().value()),
        Arg.of(new BigDecimal("40")));
    // nobody's sentiment is assessed, and the explanation says so
    assertEquals(
        List.of("coverage.sentiment.unassessed"),
        coverage.score().component("sentiment").reasons().stream().map(Reason::code).toList());
    Explanation explanation = coverage.explanation();
    assertEquals(coverage.score().explanation().line(), explanation.line());
    assertEquals(
        coverage.score().explanation().details(),
        explanation.details().subList(0, explanation.details().size() - 1));
    assertCoded(
        "coverage.status",
        explanation.details().get(explanation.details().size() - 1).line(),
        Arg.of(RagStatus.RED),
        Arg.of(coverage.statusReason()));
    assertEquals(
        coverage.score().explain()
            + "\n  Status RED: score "
            + coverage.score().value()
            + " is below 40",
        coverage.explain());
  }
}
