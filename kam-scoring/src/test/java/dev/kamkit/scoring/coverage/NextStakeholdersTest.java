package dev.kamkit.scoring.coverage;

import static dev.kamkit.scoring.fixtures.AccountFixture.AS_OF;
import static dev.kamkit.scoring.fixtures.AccountFixture.votesOn;
import static dev.kamkit.scoring.fixtures.CodedReasons.assertCoded;
import static dev.kamkit.scoring.fixtures.CodedReasons.member;
import static dev.kamkit.scoring.fixtures.CodedReasons.stakeholder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.CommitteeMembership;
import dev.kamkit.model.stakeholder.CommitteeRole;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.scoring.fixtures.AccountFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Who to engage next, through whom, and the words for it. */
class NextStakeholdersTest {
  private final CoverageScorer scorer = CoverageScorer.withDefaults();

  private static Map<String, NextStakeholder> byStakeholder(List<NextStakeholder> next) {
    return next.stream()
        .collect(Collectors.toMap(n -> n.stakeholder().value(), Function.identity()));
  }

  @Test
  void theFirstOfEquallyGoodTeamMembersByIdIsProposedAndLeaversNeverAre() {
    KeyAccount account =
        AccountFixture.largeIdn()
            .committee("pt", DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
            .committee("vac", DecisionBodyKind.VALUE_ANALYSIS)
            .stakeholder("chief", StakeholderFunction.CLINICAL)
            .stakeholder(
                "cfo",
                StakeholderFunction.FINANCE,
                votesOn("pt"),
                BuyingRole.ECONOMIC_BUYER,
                BuyingRole.USER)
            .stakeholder(
                "chair",
                StakeholderFunction.PHARMACY,
                s ->
                    s.addCommitteeMemberships(
                        CommitteeMembership.of(DecisionBodyId.of("pt"), CommitteeRole.CHAIR),
                        CommitteeMembership.of(
                            DecisionBodyId.of("vac"), CommitteeRole.VOTING_MEMBER)))
            .member("a-left", TeamFunction.SALES)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .member("ma", TeamFunction.MARKET_ACCESS)
            .member("msl", TeamFunction.MEDICAL_SCIENCE_LIAISON)
            .holds("kam", "chief", AS_OF)
            .build();
    account =
        account.withTeam(
            account.team().get(0).withLeftOn(AS_OF.minusDays(1)),
            account.team().get(1),
            account.team().get(2),
            account.team().get(3));
    Map<String, NextStakeholder> next = byStakeholder(scorer.nextStakeholders(account, AS_OF));

    // ma and msl would each add a second person of ours: equal gains, so ma (first by id)
    NextStakeholder cfo = next.get("cfo");
    assertEquals(TeamMemberId.of("ma"), cfo.teamMember());
    // each says how many points it adds, who engages whom, the roles and the decision bodies
    assertCoded(
        "coverage.next.engage",
        cfo.why(),
        Arg.of(cfo.gain()),
        member("ma"),
        stakeholder("cfo"),
        Arg.of(2),
        Arg.list(Arg.of(BuyingRole.ECONOMIC_BUYER), Arg.of(BuyingRole.USER)),
        Arg.of(1));
    NextStakeholder chair = next.get("chair");
    assertCoded(
        "coverage.next.engage",
        chair.why(),
        Arg.of(chair.gain()),
        member("ma"),
        stakeholder("chair"),
        Arg.of(0),
        Arg.list(List.of()),
        Arg.of(2));
    NextStakeholder chief = next.get("chief");
    assertCoded(
        "coverage.next.second-thread",
        chief.why(),
        Arg.of(chief.gain()),
        member("ma"),
        stakeholder("chief"),
        Arg.of(0),
        Arg.list(List.of()),
        Arg.of(0));
    assertTrue(chief.gain().signum() > 0);

    // the proposed relationship starts today at the lowest strength
    Relationship r = cfo.relationship();
    assertEquals(TeamMemberId.of("ma"), r.teamMember());
    assertEquals(StakeholderId.of("cfo"), r.stakeholder());
    assertEquals(RelationshipStrength.ACQUAINTED, r.strength());
    assertEquals(java.util.Optional.of(AS_OF), r.since());
    assertEquals(java.util.Optional.of(AS_OF), r.lastInteraction());
  }

  @Test
  void aLapsedRelationshipIsRevivedRatherThanReplaced() {
    KeyAccount account =
        AccountFixture.largeIdn()
            .stakeholder("pharm", StakeholderFunction.PHARMACY)
            .stakeholder("other", StakeholderFunction.PHARMACY)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .with(
                a ->
                    a.addRelationships(
                        Relationship.builder()
                            .teamMember(TeamMemberId.of("kam"))
                            .stakeholder(StakeholderId.of("pharm"))
                            .strength(RelationshipStrength.TRUSTED)
                            .since(LocalDate.of(2020, 1, 1))
                            .lastInteraction(AS_OF.minusDays(200))
                            .build(),
                        Relationship.builder()
                            .teamMember(TeamMemberId.of("kam"))
                            .stakeholder(StakeholderId.of("other"))
                            .strength(RelationshipStrength.STRONG)
                            .since(AS_OF.plusDays(30))
                            .build()))
            .build();
    Map<String, NextStakeholder> next = byStakeholder(scorer.nextStakeholders(account, AS_OF));
    Relationship pharm = next.get("pharm").relationship();
    assertEquals(RelationshipStrength.TRUSTED, pharm.strength());
    assertEquals(java.util.Optional.of(LocalDate.of(2020, 1, 1)), pharm.since());
    assertEquals(java.util.Optional.of(AS_OF), pharm.lastInteraction());
    // a relationship recorded as starting later is brought forward to today
    Relationship other = next.get("other").relationship();
    assertEquals(RelationshipStrength.STRONG, other.strength());
    assertEquals(java.util.Optional.of(AS_OF), other.since());
  }

  @Test
  void onlyStakeholdersWhoseEngagementGainsSomethingAreListed() {
    // only breadth counts, and engaging someone does not change how many are mapped
    CoveragePolicy breadthOnly =
        CoveragePolicy.builder()
            .buyingRolesWeight(BigDecimal.ZERO)
            .committeesWeight(BigDecimal.ZERO)
            .depthWeight(BigDecimal.ZERO)
            .multithreadingWeight(BigDecimal.ZERO)
            .sentimentWeight(BigDecimal.ZERO)
            .build();
    CoverageScorer custom = CoverageScorer.of(breadthOnly);
    assertSame(breadthOnly, custom.policy());
    KeyAccount account =
        AccountFixture.largeIdn()
            .stakeholder("a", StakeholderFunction.CLINICAL)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .build();
    assertEquals(List.of(), custom.nextStakeholders(account, AS_OF));
    assertEquals(1, scorer.nextStakeholders(account, AS_OF).size());
  }

  @Test
  void coverageAfterIsWhatTheScoreBecomesOnceTheRelationshipIsRecorded() {
    KeyAccount account =
        AccountFixture.largeIdn()
            .committee("pt", DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
            .committee("vac", DecisionBodyKind.VALUE_ANALYSIS)
            .committee("formulary", DecisionBodyKind.FORMULARY)
            .stakeholder(
                "cfo", StakeholderFunction.FINANCE, votesOn("pt"), BuyingRole.ECONOMIC_BUYER)
            .stakeholder(
                "pharm", StakeholderFunction.PHARMACY, votesOn("vac"), BuyingRole.TECHNICAL_BUYER)
            .stakeholder("doc", StakeholderFunction.CLINICAL, votesOn("pt"), BuyingRole.USER)
            .stakeholder("nurse", StakeholderFunction.NURSING, BuyingRole.USER)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .member("ma", TeamFunction.MARKET_ACCESS)
            .holds("kam", "cfo", AS_OF)
            .build();
    // the P&T committee is reached through cfo, the value analysis committee is not, the formulary
    // committee has no voter mapped; the technical buyer and the user are mapped but not held, the
    // clinical champion is not mapped at all
    List<NextStakeholder> next = scorer.nextStakeholders(account, AS_OF);
    assertEquals(
        List.of("cfo", "doc", "nurse", "pharm"),
        next.stream().map(n -> n.stakeholder().value()).sorted().toList());
    Rescored.assertExact(scorer, account, AS_OF, next);
  }
}
