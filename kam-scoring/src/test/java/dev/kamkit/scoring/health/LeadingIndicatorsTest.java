package dev.kamkit.scoring.health;

import static dev.kamkit.scoring.health.Checks.DAYS;
import static dev.kamkit.scoring.health.Checks.END;
import static dev.kamkit.scoring.health.Checks.assertMessage;
import static dev.kamkit.scoring.health.Checks.assertNumber;
import static dev.kamkit.scoring.health.Checks.codes;
import static dev.kamkit.scoring.health.Checks.member;
import static dev.kamkit.scoring.health.Checks.nested;
import static dev.kamkit.scoring.health.Checks.person;
import static dev.kamkit.scoring.health.Checks.ptCommittee;
import static dev.kamkit.scoring.health.Checks.subjects;
import static dev.kamkit.scoring.health.Fixtures.AS_OF;
import static dev.kamkit.scoring.health.Fixtures.KAM;
import static dev.kamkit.scoring.health.Fixtures.LONG_AGO;
import static dev.kamkit.scoring.health.Fixtures.MSL;
import static dev.kamkit.scoring.health.Fixtures.PT;
import static dev.kamkit.scoring.health.Fixtures.WINDOW_START;
import static dev.kamkit.scoring.health.Fixtures.bare;
import static dev.kamkit.scoring.health.Fixtures.initiative;
import static dev.kamkit.scoring.health.Fixtures.relationship;
import static dev.kamkit.scoring.health.Fixtures.withInitiatives;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.InitiativeId;
import dev.kamkit.model.plan.InitiativeStatus;
import dev.kamkit.model.stakeholder.CommitteeMembership;
import dev.kamkit.model.stakeholder.CommitteeRole;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.ScoreComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** New relationships, committee access gained and initiatives launched, one account at a time. */
class LeadingIndicatorsTest {
  private final HealthScorer scorer = HealthScorer.withDefaults();

  private ScoreComponent component(KeyAccount account, HealthIndicator indicator) {
    return scorer.score(account, AS_OF).component(indicator);
  }

  @Test
  void aRelationshipStartedOnTheFirstDayOfTheWindowCounts() {
    KeyAccount account = bare("a").withRelationships(relationship(KAM, "cfo-lind", WINDOW_START));
    ScoreComponent c = component(account, HealthIndicator.NEW_RELATIONSHIPS);
    assertNumber("0.333333", c.fulfilment());
    Reason first = c.reasons().get(0);
    assertEquals("health.relationships.new", first.code());
    assertMessage(
        first.message(),
        HealthCode.RELATIONSHIPS_NEW,
        Arg.of(1),
        DAYS,
        END,
        Arg.list(
            nested(
                HealthCode.RELATIONSHIP,
                member(KAM, "Jordan Reyes"),
                person("cfo-lind", "Erik Lindqvist"),
                Arg.of(WINDOW_START))));
    assertEquals(List.of("cfo-lind"), subjects(first));
  }

  @Test
  void aRelationshipStartedTheDayBeforeTheWindowOrAfterTheScoringDayDoesNot() {
    KeyAccount account =
        bare("a")
            .withRelationships(
                relationship(KAM, "cfo-lind", WINDOW_START.minusDays(1)),
                relationship(MSL, "cfo-lind", AS_OF.plusDays(1)));
    ScoreComponent c = component(account, HealthIndicator.NEW_RELATIONSHIPS);
    assertNumber("0", c.fulfilment());
    assertEquals(List.of("health.relationships.below-target"), codes(c.reasons()));
    assertMessage(
        c.reasons().get(0).message(),
        HealthCode.RELATIONSHIPS_BELOW_TARGET,
        Arg.of(0),
        DAYS,
        END,
        Arg.of(3));
  }

  @Test
  void threeNewRelationshipsMeetTheTargetOnTheScoringDayItself() {
    KeyAccount account =
        bare("a")
            .withRelationships(
                relationship(KAM, "cfo-lind", AS_OF),
                relationship(MSL, "cfo-lind", AS_OF),
                relationship(KAM, "nurse-ito", AS_OF.minusDays(3)));
    ScoreComponent c = component(account, HealthIndicator.NEW_RELATIONSHIPS);
    assertNumber("1", c.fulfilment());
    assertEquals(List.of("health.relationships.new"), codes(c.reasons()));
    assertEquals(Effect.STRENGTH, c.reasons().get(0).effect());
  }

  @Test
  void twoOfThreeNewRelationshipsEarnTwoThirds() {
    KeyAccount account =
        bare("a")
            .withRelationships(
                relationship(KAM, "cfo-lind", AS_OF.minusDays(1)),
                relationship(KAM, "nurse-ito", AS_OF.minusDays(2)));
    ScoreComponent c = component(account, HealthIndicator.NEW_RELATIONSHIPS);
    assertNumber("0.666667", c.fulfilment());
    assertEquals(
        List.of("health.relationships.new", "health.relationships.below-target"),
        codes(c.reasons()));
    assertMessage(
        c.reasons().get(1).message(),
        HealthCode.RELATIONSHIPS_BELOW_TARGET,
        Arg.of(2),
        DAYS,
        END,
        Arg.of(3));
    assertEquals(
        List.of(person("nurse-ito", "Kei Ito"), person("cfo-lind", "Erik Lindqvist")),
        ((Arg.Many) c.reasons().get(0).message().arg("relationships"))
            .values().stream().map(a -> ((Arg.Nested) a).value().arg("stakeholder")).toList(),
        "oldest first");
  }

  @Test
  void relationshipsWithDepartedStakeholdersOrLeaversDoNotCount() {
    KeyAccount account =
        bare("a")
            .withStakeholders(
                Fixtures.stakeholder("cfo-lind", "Erik Lindqvist")
                    .withStatus(StakeholderStatus.DEPARTED),
                Fixtures.stakeholder("nurse-ito", "Kei Ito"))
            .withDecisionBodies()
            .withTeam(
                Fixtures.member(KAM, "Jordan Reyes"),
                Fixtures.member(MSL, "Priya Shah").withLeftOn(AS_OF.minusDays(1)))
            .withRelationships(
                relationship(KAM, "cfo-lind", AS_OF.minusDays(10)),
                relationship(MSL, "nurse-ito", AS_OF.minusDays(10)));
    assertNumber("0", component(account, HealthIndicator.NEW_RELATIONSHIPS).fulfilment());
  }

  @Test
  void committeeAccessIsGainedWhenAVotingMemberIsFirstHeldInTheWindow() {
    KeyAccount account = bare("a").withRelationships(relationship(MSL, "pharm-lee", WINDOW_START));
    ScoreComponent c = component(account, HealthIndicator.COMMITTEE_ACCESS);
    assertNumber("1", c.fulfilment());
    Reason gained = c.reasons().get(0);
    assertMessage(
        gained.message(),
        HealthCode.COMMITTEE_GAINED,
        ptCommittee(),
        member(MSL, "Priya Shah"),
        person("pharm-lee", "Sam Lee"),
        Arg.of(WINDOW_START));
    assertEquals(List.of("pt", "pharm-lee"), subjects(gained));
  }

  @Test
  void aCommitteeReachedTheDayBeforeTheWindowIsHeldNotGained() {
    KeyAccount account =
        bare("a")
            .withRelationships(
                relationship(MSL, "pharm-lee", WINDOW_START.minusDays(1)),
                relationship(KAM, "dr-okafor", AS_OF));
    HealthResult result = scorer.score(account, AS_OF);
    ScoreComponent c = result.component(HealthIndicator.COMMITTEE_ACCESS);
    assertNumber("1", c.fulfilment());
    assertEquals(List.of("health.committee.held"), codes(c.reasons()));
    assertMessage(
        c.reasons().get(0).message(),
        HealthCode.COMMITTEE_HELD,
        DAYS,
        END,
        Arg.list(ptCommittee()));
  }

  @Test
  void aCommitteeWithoutAnyVotingMemberHeldIsAGap() {
    KeyAccount account = bare("a").withRelationships(relationship(KAM, "cfo-lind", AS_OF));
    ScoreComponent c = component(account, HealthIndicator.COMMITTEE_ACCESS);
    assertNumber("0", c.fulfilment());
    assertEquals(List.of("health.committee.not-reached"), codes(c.reasons()));
    assertMessage(
        c.reasons().get(0).message(),
        HealthCode.COMMITTEE_NOT_REACHED,
        ptCommittee(),
        Arg.list(person("dr-okafor", "Dr. Ada Okafor"), person("pharm-lee", "Sam Lee")));
    assertEquals(List.of("pt", "dr-okafor", "pharm-lee"), subjects(c.reasons().get(0)));
  }

  @Test
  void onlyVotingMembersStillInTheAccountOpenACommittee() {
    KeyAccount account =
        bare("a")
            .withStakeholders(
                Fixtures.voter("dr-okafor", "Dr. Ada Okafor", PT)
                    .withStatus(StakeholderStatus.DEPARTED),
                Fixtures.stakeholder("pharm-lee", "Sam Lee")
                    .withCommitteeMemberships(
                        CommitteeMembership.of(
                            DecisionBodyId.of(PT), CommitteeRole.NON_VOTING_MEMBER)),
                Fixtures.voter("cfo-lind", "Erik Lindqvist", PT))
            .withRelationships(
                relationship(KAM, "dr-okafor", AS_OF), relationship(MSL, "pharm-lee", AS_OF));
    ScoreComponent c = component(account, HealthIndicator.COMMITTEE_ACCESS);
    assertNumber("0", c.fulfilment());
    assertMessage(
        c.reasons().get(0).message(),
        HealthCode.COMMITTEE_NOT_REACHED,
        ptCommittee(),
        Arg.list(person("cfo-lind", "Erik Lindqvist")));
  }

  @Test
  void aVotingMemberFirstHeldAfterTheScoringDayGainsNoAccess() {
    KeyAccount account =
        bare("a").withRelationships(relationship(MSL, "pharm-lee", AS_OF.plusDays(1)));
    ScoreComponent c = component(account, HealthIndicator.COMMITTEE_ACCESS);
    assertNumber("0", c.fulfilment());
    assertEquals(List.of("health.committee.not-reached"), codes(c.reasons()));
  }

  @Test
  void committeeAccessDoesNotApplyWithoutAnyKeyCommittee() {
    // an executive board is a decision body, but not one of the policy's key committees
    KeyAccount account =
        KeyAccount.builder()
            .from(bare("a"))
            .stakeholders(List.of(Fixtures.voter("cfo-lind", "Erik Lindqvist", "board")))
            .decisionBodies(
                List.of(Fixtures.committee("board", "Executive Board", DecisionBodyKind.EXECUTIVE)))
            .addRelationships(relationship(KAM, "cfo-lind", AS_OF))
            .build();
    ScoreComponent c = component(account, HealthIndicator.COMMITTEE_ACCESS);
    assertFalse(c.applicable());
    assertNumber("0", c.weight());
    assertEquals(List.of("health.committee.none-recorded"), codes(c.reasons()));
    assertMessage(
        c.reasons().get(0).message(),
        HealthCode.COMMITTEE_NONE_RECORDED,
        Arg.list(
            Arg.of(DecisionBodyKind.PHARMACY_AND_THERAPEUTICS),
            Arg.of(DecisionBodyKind.VALUE_ANALYSIS),
            Arg.of(DecisionBodyKind.FORMULARY)));
  }

  @Test
  void anInitiativeLaunchedOnTheFirstDayOfTheWindowCounts() {
    KeyAccount account = withInitiatives(bare("a"), initiative("adherence", WINDOW_START));
    ScoreComponent c = component(account, HealthIndicator.INITIATIVES);
    assertNumber("1", c.fulfilment());
    assertMessage(
        c.reasons().get(0).message(),
        HealthCode.INITIATIVES_LAUNCHED,
        DAYS,
        END,
        Arg.list(launched("adherence", WINDOW_START)));
    // one is the default target: met, so nothing is missing
    assertEquals(List.of("health.initiatives.launched"), codes(c.reasons()));
  }

  @Test
  void initiativesAreListedByLaunchDayAndCountedAgainstTheTarget() {
    KeyAccount account =
        withInitiatives(
            bare("a"),
            initiative("b-late", AS_OF.minusDays(5)),
            initiative("a-early", AS_OF.minusDays(50)));
    ScoreComponent c =
        HealthScorer.of(HealthPolicy.builder().initiativesTarget(3).build())
            .score(account, AS_OF)
            .component(HealthIndicator.INITIATIVES);
    assertNumber("0.666667", c.fulfilment());
    assertEquals(
        List.of(
            Message.of(
                HealthCode.INITIATIVES_LAUNCHED,
                DAYS,
                END,
                Arg.list(
                    launched("a-early", AS_OF.minusDays(50)),
                    launched("b-late", AS_OF.minusDays(5)))),
            Message.of(HealthCode.INITIATIVES_BELOW_TARGET, Arg.of(2), DAYS, END, Arg.of(3))),
        c.reasons().stream().map(Reason::message).toList());
    assertEquals(List.of("a-early", "b-late"), subjects(c.reasons().get(0)));
  }

  @Test
  void initiativesLaunchedBeforeTheWindowStoppedOrOnlyProposedDoNotCount() {
    KeyAccount account =
        withInitiatives(
            bare("a"),
            initiative("old", WINDOW_START.minusDays(1)),
            initiative("stopped", AS_OF.minusDays(5)).withStatus(InitiativeStatus.STOPPED),
            initiative("proposed", LONG_AGO)
                .withLaunchedOn(Optional.empty())
                .withStatus(InitiativeStatus.PROPOSED));
    ScoreComponent c = component(account, HealthIndicator.INITIATIVES);
    assertNumber("0", c.fulfilment());
    assertEquals(List.of("health.initiatives.below-target"), codes(c.reasons()));
    assertMessage(
        c.reasons().get(0).message(),
        HealthCode.INITIATIVES_BELOW_TARGET,
        Arg.of(0),
        DAYS,
        END,
        Arg.of(1));
  }

  @Test
  void withoutAPlanNoInitiativeIsLaunched() {
    ScoreComponent c = component(bare("a"), HealthIndicator.INITIATIVES);
    assertTrue(c.applicable());
    assertNumber("0", c.fulfilment());
    assertEquals(List.of("health.initiatives.no-plan"), codes(c.reasons()));
    assertMessage(c.reasons().get(0).message(), HealthCode.INITIATIVES_NO_PLAN);
    assertEquals(List.of(), c.reasons().get(0).subjects());
  }

  @Test
  void aCommitteeWithoutAnyVotingMemberMappedSaysSo() {
    KeyAccount account =
        bare("a")
            .withStakeholders(
                Fixtures.stakeholder("dr-okafor", "Dr. Ada Okafor")
                    .withCommitteeMemberships(
                        CommitteeMembership.of(
                            DecisionBodyId.of(PT), CommitteeRole.NON_VOTING_MEMBER)))
            .withRelationships(relationship(KAM, "dr-okafor", AS_OF));
    ScoreComponent c = component(account, HealthIndicator.COMMITTEE_ACCESS);
    assertNumber("0", c.fulfilment());
    assertEquals(List.of("health.committee.no-voting-member"), codes(c.reasons()));
    assertEquals(Effect.GAP, c.reasons().get(0).effect());
    assertMessage(
        c.reasons().get(0).message(), HealthCode.COMMITTEE_NO_VOTING_MEMBER, ptCommittee());
    assertEquals(List.of("pt"), subjects(c.reasons().get(0)));
  }

  private static Arg launched(String id, LocalDate launched) {
    return nested(
        HealthCode.INITIATIVE, Arg.of(InitiativeId.of(id), "Initiative " + id), Arg.of(launched));
  }
}
