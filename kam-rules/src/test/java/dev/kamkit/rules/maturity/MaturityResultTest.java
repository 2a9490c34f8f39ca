package dev.kamkit.rules.maturity;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.plan.PlanStatus;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.fixtures.Riverside;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a maturity result reports around its stage: the evidence up to it, what is missing for the
 * next, what is already in place beyond, and the stages it must hold.
 */
class MaturityResultTest {
  private final MaturityClassifier classifier = MaturityClassifier.withDefaults();

  private MaturityResult at(int stage) {
    return classifier.classify(Riverside.atStage(stage).build(), AS_OF);
  }

  private static List<Message> refused(MaturityResult.Builder result) {
    InvalidModelException e = assertThrows(InvalidModelException.class, result::build);
    return e.violations().stream().map(ModelViolation::message).toList();
  }

  @Test
  void theEvidenceIsTheStrengthsOfEveryCriterionUpToTheStage() {
    MaturityResult r = at(2);
    assertEquals(
        List.of(
            "maturity.stage-1.named-kam.met",
            "maturity.stage-1.kam-engaged.met",
            "maturity.stage-2.account-plan.met",
            "maturity.stage-2.cross-functional-team.met",
            "maturity.stage-2.shared-objectives.met"),
        r.evidence().stream().map(Reason::code).toList());
    assertEquals(
        List.of(Effect.STRENGTH), r.evidence().stream().map(Reason::effect).distinct().toList());
    // what is missing for stage 3 is told as gaps
    assertEquals(
        List.of(Effect.GAP), r.missingForNext().stream().map(Reason::effect).distinct().toList());
  }

  @Test
  void workAlreadyInPlaceIsReportedOnlyBeyondTheNextStage() {
    // stage 5 evidence behind an inactive plan: the account holds stage 1, misses stage 2
    MaturityResult r =
        classifier.classify(
            Riverside.atStage(5).plan(p -> p.status(PlanStatus.INACTIVE)).build(), AS_OF);
    assertEquals(MaturityStage.DEDICATED_RESOURCES, r.stage());
    // stage 2 is next, so only stages 3 to 5 count as ahead; the plan is not being executed
    assertEquals(
        List.of(
            "maturity.stage-3.needs-segment",
            "maturity.stage-3.tactics-on-needs",
            "maturity.stage-3.coordinated-on-need",
            "maturity.stage-4.complete-plan",
            "maturity.stage-4.current-plan",
            "maturity.stage-4.matrix-team",
            "maturity.stage-4.company-and-customer-kpis",
            "maturity.stage-5.joint-business-plan",
            "maturity.stage-5.shared-value-initiatives",
            "maturity.stage-5.executive-relationships",
            "maturity.stage-5.marshals-resources"),
        r.aheadOfNext().stream().map(CriterionResult::id).toList());
  }

  @Test
  void stagesOneToFiveMustAllBeThereInOrder() {
    MaturityResult r = at(0);
    List<StageResult> swapped = new ArrayList<>(r.stages());
    swapped.set(0, r.stages().get(1));
    swapped.set(1, r.stages().get(0));
    assertEquals(
        List.of(Message.of(MaturityCode.RESULT_STAGES_NOT_LADDER)),
        refused(MaturityResult.builder().from(r).stages(swapped)));
    assertEquals(
        List.of(Message.of(MaturityCode.RESULT_STAGES_NOT_LADDER)),
        refused(MaturityResult.builder().from(r).stages(r.stages().subList(0, 4))));
  }

  @Test
  void theStageMustBeTheHighestThatHoldsWithEveryLowerOne() {
    assertEquals(
        List.of(Message.of(MaturityCode.RESULT_STAGE_NOT_HIGHEST, Arg.of(2))),
        refused(MaturityResult.builder().from(at(2)).stage(MaturityStage.COORDINATED_TEAM)));
  }
}
