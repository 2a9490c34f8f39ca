package dev.kamkit.rules.maturity;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.plan.ActionStatus;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.ObjectiveStatus;
import dev.kamkit.model.plan.PlanStatus;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.criteria.Outcome;
import dev.kamkit.rules.fixtures.AccountFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stages 1 and 2 of seed 001 criterion by criterion under the default policy: one active KAM
 * relationship (within 90 days), a live plan, three team functions, two functions on objectives.
 */
class FoundationCriteriaTest {
  private final MaturityClassifier classifier = MaturityClassifier.withDefaults();

  private CriterionResult criterion(AccountFixture f, MaturityCriterion c) {
    return classifier.classify(f.build(), AS_OF).criterion(c);
  }

  private static void assertCriterion(Outcome outcome, String message, CriterionResult r) {
    assertEquals(outcome, r.outcome(), r.reasons().toString());
    assertEquals(message, r.reasons().get(0).message().toString());
  }

  private static AccountFixture withKam() {
    return AccountFixture.hospital("h", "H", 400)
        .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
        .member("rep", TeamFunction.SALES)
        .stakeholder("a", StakeholderFunction.CLINICAL)
        .stakeholder("b", StakeholderFunction.PHARMACY);
  }

  @Test
  void theKamMustActivelyHoldSomeoneNotJustBeNamed() {
    AccountFixture lapsed =
        withKam()
            .holds("kam", "a", RelationshipStrength.STRONG, AS_OF.minusDays(91))
            .holds("rep", "b", RelationshipStrength.STRONG, AS_OF.minusDays(1));
    assertCriterion(
        Outcome.MISSING,
        "The KAM actively holds 0 stakeholders (an interaction within 90 days); at least 1"
            + " needed: a dedicated KAM works the account, not just a name on it",
        criterion(lapsed, MaturityCriterion.KAM_ENGAGED));
    AccountFixture active =
        withKam()
            .holds("kam", "a", RelationshipStrength.WORKING, AS_OF.minusDays(90))
            .holds("rep", "b", RelationshipStrength.STRONG, AS_OF.minusDays(1));
    CriterionResult r = criterion(active, MaturityCriterion.KAM_ENGAGED);
    assertCriterion(Outcome.MET, "The KAM actively holds 1 stakeholder", r);
    assertEquals(List.of(StakeholderId.of("a")), r.reasons().get(0).subjects());
    AccountFixture noKam =
        AccountFixture.hospital("h", "H", 400)
            .member("rep", TeamFunction.SALES)
            .stakeholder("a", StakeholderFunction.CLINICAL)
            .holds("rep", "a");
    assertCriterion(
        Outcome.MISSING,
        "No KAM is named, so nobody dedicated works the account",
        criterion(noKam, MaturityCriterion.KAM_ENGAGED));
  }

  @Test
  void anInactivePlanIsNoPlanToWorkFrom() {
    assertCriterion(
        Outcome.MISSING,
        "Write one account plan that every role works from: there is none",
        criterion(withKam(), MaturityCriterion.ACCOUNT_PLAN));
    assertCriterion(
        Outcome.MISSING,
        "The account plan \"Account plan\" is inactive: reactivate or replace it",
        criterion(
            withKam().plan(p -> p.status(PlanStatus.INACTIVE)), MaturityCriterion.ACCOUNT_PLAN));
    assertCriterion(
        Outcome.MET,
        "Account plan \"Account plan\" is pending approval",
        criterion(
            withKam().plan(p -> p.status(PlanStatus.PENDING_APPROVAL)),
            MaturityCriterion.ACCOUNT_PLAN));
  }

  @Test
  void threeFunctionsMakeACrossFunctionalTeam() {
    assertCriterion(
        Outcome.MISSING,
        "The team spans 2 functions (key account manager, sales); at least 3 are needed, for"
            + " example KAM, medical and access",
        criterion(withKam(), MaturityCriterion.CROSS_FUNCTIONAL_TEAM));
    assertCriterion(
        Outcome.MET,
        "The team spans 3 functions (key account manager, market access, sales)",
        criterion(
            withKam().member("ma", TeamFunction.MARKET_ACCESS),
            MaturityCriterion.CROSS_FUNCTIONAL_TEAM));
  }

  @Test
  void objectivesAreSharedWhenTwoFunctionsOwnThemOrActionsTowardsThem() {
    AccountFixture shared =
        withKam()
            .objective("o1", "kam")
            .action("a1", "rep", ActionStatus.PLANNED, "o1")
            .plan(
                p ->
                    p.addObjective(
                        Objective.builder()
                            .id(ObjectiveId.of("o0"))
                            .title("Dropped")
                            .status(ObjectiveStatus.CANCELLED)
                            .build()));
    CriterionResult r = criterion(shared, MaturityCriterion.SHARED_OBJECTIVES);
    assertCriterion(
        Outcome.MET, "2 functions (key account manager, sales) work to the plan's 1 objective", r);
    assertEquals(List.of(ObjectiveId.of("o1")), r.reasons().get(0).subjects());
    AccountFixture kamOnly =
        withKam()
            .objective("o1", "kam")
            .action("a1", "rep", ActionStatus.CANCELLED, "o1")
            .action("a2", "rep", ActionStatus.PLANNED, null);
    assertCriterion(
        Outcome.MISSING,
        "Only 1 function (key account manager) own objectives or actions towards them; at least"
            + " 2 should, so every role works to the same objectives",
        criterion(kamOnly, MaturityCriterion.SHARED_OBJECTIVES));
    assertCriterion(
        Outcome.MISSING,
        "Set objectives the roles share: the plan has none",
        criterion(withKam().plan(p -> p), MaturityCriterion.SHARED_OBJECTIVES));
  }
}
