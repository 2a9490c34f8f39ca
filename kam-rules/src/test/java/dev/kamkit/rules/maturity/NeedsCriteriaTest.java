package dev.kamkit.rules.maturity;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.NeedId;
import dev.kamkit.model.plan.ActionStatus;
import dev.kamkit.model.plan.NeedCategory;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.criteria.Outcome;
import dev.kamkit.rules.fixtures.AccountFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stage 3 of KAM evolution (Clarity, "Pharma Key Account Management – The Evolution Continues") on
 * the default policy's boundaries: two actions tied to a recorded need, and two functions working
 * on one and the same need.
 */
class NeedsCriteriaTest {
  private final MaturityClassifier classifier = MaturityClassifier.withDefaults();

  private CriterionResult criterion(AccountFixture f, MaturityCriterion c) {
    return classifier.classify(f.build(), AS_OF).criterion(c);
  }

  /** A KAM and an MSL, and two recorded needs. */
  private static AccountFixture needs() {
    return AccountFixture.hospital("h", "H", 400)
        .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
        .member("msl", TeamFunction.MEDICAL_SCIENCE_LIAISON)
        .need("n1", NeedCategory.PATIENT_ACCESS, "Faster starts")
        .need("n2", NeedCategory.ADHERENCE, "Adherence");
  }

  @Test
  void onlyActionsThatNameARecordedNeedAreTacticsOnNeeds() {
    AccountFixture one =
        needs()
            .action("a1", "kam", ActionStatus.PLANNED, null, "n1")
            .action("a2", "msl", ActionStatus.PLANNED, null);
    CriterionResult r = criterion(one, MaturityCriterion.TACTICS_ON_NEEDS);
    assertEquals(Outcome.MISSING, r.outcome());
    assertEquals(
        Message.of(MaturityCode.TACTICS_ON_NEEDS_MISSING, Arg.of(1), Arg.of(2)),
        r.reasons().get(0).message());
    assertEquals(List.of(ActionId.of("a1")), r.reasons().get(0).subjects());
    CriterionResult two =
        criterion(
            one.action("a3", "msl", ActionStatus.PLANNED, null, "n2"),
            MaturityCriterion.TACTICS_ON_NEEDS);
    assertEquals(Outcome.MET, two.outcome());
    assertEquals(
        Message.of(MaturityCode.TACTICS_ON_NEEDS_MET, Arg.of(2)), two.reasons().get(0).message());
    assertEquals(List.of(ActionId.of("a1"), ActionId.of("a3")), two.reasons().get(0).subjects());
  }

  @Test
  void twoFunctionsOnDifferentNeedsAreNotCoordinatedAndTheFirstNeedByIdIsNamed() {
    AccountFixture apart =
        needs()
            .action("a1", "kam", ActionStatus.PLANNED, null, "n1")
            .action("a2", "msl", ActionStatus.PLANNED, null, "n2");
    CriterionResult r = criterion(apart, MaturityCriterion.COORDINATED_ON_NEED);
    assertEquals(Outcome.MISSING, r.outcome());
    assertEquals(
        Message.of(
            MaturityCode.COORDINATED_ON_NEED_MISSING,
            Arg.of(2),
            Arg.of(NeedId.of("n1"), "Faster starts"),
            Arg.of(1),
            Arg.list(Arg.of(TeamFunction.KEY_ACCOUNT_MANAGER))),
        r.reasons().get(0).message());
    assertEquals(List.of(NeedId.of("n1")), r.reasons().get(0).subjects());
    CriterionResult together =
        criterion(
            apart.action("a3", "msl", ActionStatus.PLANNED, null, "n1"),
            MaturityCriterion.COORDINATED_ON_NEED);
    assertEquals(Outcome.MET, together.outcome());
    assertEquals(
        Message.of(
            MaturityCode.COORDINATED_ON_NEED_MET,
            Arg.of(NeedId.of("n1"), "Faster starts"),
            Arg.of(2),
            Arg.list(
                Arg.of(TeamFunction.KEY_ACCOUNT_MANAGER),
                Arg.of(TeamFunction.MEDICAL_SCIENCE_LIAISON))),
        together.reasons().get(0).message());
  }

  @Test
  void aNeedsSegmentNeedsBothRecordedNeedsAndTheSegment() {
    CriterionResult both =
        criterion(
            needs().plan(p -> p.needsSegment(NeedCategory.PATIENT_ACCESS)),
            MaturityCriterion.NEEDS_SEGMENT);
    assertEquals(Outcome.MET, both.outcome());
    assertEquals(
        Message.of(MaturityCode.NEEDS_SEGMENT_MET, Arg.of(NeedCategory.PATIENT_ACCESS), Arg.of(2)),
        both.reasons().get(0).message());
    assertEquals(List.of(NeedId.of("n1"), NeedId.of("n2")), both.reasons().get(0).subjects());
    CriterionResult noSegment = criterion(needs(), MaturityCriterion.NEEDS_SEGMENT);
    assertEquals(Outcome.MISSING, noSegment.outcome());
    assertEquals(
        Message.of(MaturityCode.NEEDS_SEGMENT_NO_SEGMENT), noSegment.reasons().get(0).message());
    AccountFixture segmentOnly =
        AccountFixture.hospital("h", "H", 400)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .plan(p -> p.needsSegment(NeedCategory.ADHERENCE));
    CriterionResult noNeeds = criterion(segmentOnly, MaturityCriterion.NEEDS_SEGMENT);
    assertEquals(
        Message.of(MaturityCode.NEEDS_SEGMENT_NO_NEEDS), noNeeds.reasons().get(0).message());
    assertEquals(List.of(), noNeeds.reasons().get(0).subjects());
    CriterionResult neither =
        criterion(
            AccountFixture.hospital("h", "H", 400).member("kam", TeamFunction.KEY_ACCOUNT_MANAGER),
            MaturityCriterion.NEEDS_SEGMENT);
    assertEquals(
        Message.of(MaturityCode.NEEDS_SEGMENT_NEITHER), neither.reasons().get(0).message());
  }
}
