package dev.kamkit.rules.maturity;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
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
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stages 1 and 2 of KAM evolution (Clarity, "Pharma Key Account Management – The Evolution
 * Continues") criterion by criterion under the default policy: one active KAM relationship (within
 * 90 days), a live plan, three team functions, two functions on objectives.
 */
class FoundationCriteriaTest {
  private final MaturityClassifier classifier = MaturityClassifier.withDefaults();

  private CriterionResult criterion(AccountFixture f, MaturityCriterion c) {
    return classifier.classify(f.build(), AS_OF).criterion(c);
  }

  private static void assertCriterion(Outcome outcome, Message message, CriterionResult r) {
    assertEquals(outcome, r.outcome(), r.reasons().toString());
    assertEquals(List.of(message), r.reasons().stream().map(Reason::message).toList());
    assertEquals(
        outcome == Outcome.MET ? Effect.STRENGTH : Effect.GAP, r.reasons().get(0).effect());
  }

  private static Arg functions(TeamFunction... functions) {
    return Arg.list(Arrays.stream(functions).map(Arg::of).toList());
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
        Message.of(MaturityCode.KAM_ENGAGED_MISSING, Arg.of(0), Arg.of(90), Arg.of(1)),
        criterion(lapsed, MaturityCriterion.KAM_ENGAGED));
    AccountFixture active =
        withKam()
            .holds("kam", "a", RelationshipStrength.WORKING, AS_OF.minusDays(90))
            .holds("rep", "b", RelationshipStrength.STRONG, AS_OF.minusDays(1));
    CriterionResult r = criterion(active, MaturityCriterion.KAM_ENGAGED);
    assertCriterion(Outcome.MET, Message.of(MaturityCode.KAM_ENGAGED_MET, Arg.of(1)), r);
    assertEquals(List.of(StakeholderId.of("a")), r.reasons().get(0).subjects());
    AccountFixture noKam =
        AccountFixture.hospital("h", "H", 400)
            .member("rep", TeamFunction.SALES)
            .stakeholder("a", StakeholderFunction.CLINICAL)
            .holds("rep", "a");
    assertCriterion(
        Outcome.MISSING,
        Message.of(MaturityCode.KAM_ENGAGED_NO_KAM),
        criterion(noKam, MaturityCriterion.KAM_ENGAGED));
  }

  @Test
  void anInactivePlanIsNoPlanToWorkFrom() {
    assertCriterion(
        Outcome.MISSING,
        Message.of(MaturityCode.ACCOUNT_PLAN_NONE),
        criterion(withKam(), MaturityCriterion.ACCOUNT_PLAN));
    assertCriterion(
        Outcome.MISSING,
        Message.of(MaturityCode.ACCOUNT_PLAN_INACTIVE, Arg.text("Account plan")),
        criterion(
            withKam().plan(p -> p.status(PlanStatus.INACTIVE)), MaturityCriterion.ACCOUNT_PLAN));
    assertCriterion(
        Outcome.MET,
        Message.of(
            MaturityCode.ACCOUNT_PLAN_MET,
            Arg.text("Account plan"),
            Arg.of(PlanStatus.PENDING_APPROVAL)),
        criterion(
            withKam().plan(p -> p.status(PlanStatus.PENDING_APPROVAL)),
            MaturityCriterion.ACCOUNT_PLAN));
  }

  @Test
  void threeFunctionsMakeACrossFunctionalTeam() {
    assertCriterion(
        Outcome.MISSING,
        Message.of(
            MaturityCode.CROSS_FUNCTIONAL_TEAM_MISSING,
            Arg.of(2),
            functions(TeamFunction.KEY_ACCOUNT_MANAGER, TeamFunction.SALES),
            Arg.of(3)),
        criterion(withKam(), MaturityCriterion.CROSS_FUNCTIONAL_TEAM));
    assertCriterion(
        Outcome.MET,
        Message.of(
            MaturityCode.CROSS_FUNCTIONAL_TEAM_MET,
            Arg.of(3),
            functions(
                TeamFunction.KEY_ACCOUNT_MANAGER, TeamFunction.MARKET_ACCESS, TeamFunction.SALES)),
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
        Outcome.MET,
        Message.of(
            MaturityCode.SHARED_OBJECTIVES_MET,
            Arg.of(2),
            functions(TeamFunction.KEY_ACCOUNT_MANAGER, TeamFunction.SALES),
            Arg.of(1)),
        r);
    assertEquals(List.of(ObjectiveId.of("o1")), r.reasons().get(0).subjects());
    AccountFixture kamOnly =
        withKam()
            .objective("o1", "kam")
            .action("a1", "rep", ActionStatus.CANCELLED, "o1")
            .action("a2", "rep", ActionStatus.PLANNED, null);
    assertCriterion(
        Outcome.MISSING,
        Message.of(
            MaturityCode.SHARED_OBJECTIVES_MISSING,
            Arg.of(1),
            functions(TeamFunction.KEY_ACCOUNT_MANAGER),
            Arg.of(2)),
        criterion(kamOnly, MaturityCriterion.SHARED_OBJECTIVES));
    assertCriterion(
        Outcome.MISSING,
        Message.of(MaturityCode.SHARED_OBJECTIVES_NONE),
        criterion(withKam().plan(p -> p), MaturityCriterion.SHARED_OBJECTIVES));
  }
}
