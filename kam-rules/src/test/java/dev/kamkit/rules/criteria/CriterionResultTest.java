package dev.kamkit.rules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.rules.maturity.MaturityCode;
import dev.kamkit.rules.maturity.MaturityCriterion;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A criterion result keeps the stable, dotted id hosts filter by and a title people read. */
class CriterionResultTest {
  private static final Message NAMED =
      Message.of(
          MaturityCode.NAMED_KAM_MET, Arg.list(Arg.of(TeamMemberId.of("kam"), "Kim Alvarez")));
  private static final Message ENGAGED = Message.of(MaturityCode.KAM_ENGAGED_MET, Arg.of(1));

  private static CriterionResult.Builder met(String id) {
    return CriterionResult.builder()
        .id(id)
        .title(CriterionResult.titleOf(MaturityCriterion.NAMED_KAM))
        .outcome(Outcome.MET)
        .addReason(Reason.of(NAMED, Effect.STRENGTH, List.of()));
  }

  @Test
  void aMetCriterionExplainsItselfOnOneLine() {
    CriterionResult r = met("maturity.stage-1.named-kam").build();
    Message title = Message.of(CriteriaCode.TITLE, Arg.of(MaturityCriterion.NAMED_KAM));
    assertEquals(title, r.title());
    Message line =
        Message.of(
            CriteriaCode.LINE_WITH_REASONS, Arg.of(Outcome.MET), Arg.of(title), Arg.of(NAMED));
    assertEquals(line, r.line());
    assertEquals(Explanation.of(line), r.explanation());
    assertEquals("[met] A named key account manager: Named KAM: Kim Alvarez", r.explain());
    assertEquals(
        "[erfüllt] Ein benannter Key Account Manager: Benannter KAM: Kim Alvarez",
        r.explain(Locale.GERMAN));
    assertEquals(
        "[rempli] Un Key Account Manager désigné : KAM désigné : Kim Alvarez",
        r.explain(Locale.FRENCH));
  }

  @Test
  void severalReasonsAreSaidOneAfterTheOther() {
    CriterionResult r =
        met("maturity.stage-1.named-kam")
            .addReason(Reason.of(ENGAGED, Effect.STRENGTH, List.of()))
            .addReason(Reason.of(NAMED, Effect.STRENGTH, List.of()))
            .build();
    assertEquals(
        Message.of(
            CriteriaCode.AND_THEN,
            Arg.of(NAMED),
            Arg.of(Message.of(CriteriaCode.AND_THEN, Arg.of(ENGAGED), Arg.of(NAMED)))),
        r.line().arg("why") instanceof Arg.Nested n ? n.value() : null);
    assertEquals(
        "[met] A named key account manager: Named KAM: Kim Alvarez; The KAM actively holds 1"
            + " stakeholder; Named KAM: Kim Alvarez",
        r.explain());
  }

  @Test
  void aCriterionWithoutReasonsIsItsOutcomeAndTitle() {
    CriterionResult r =
        CriterionResult.builder()
            .id("maturity.stage-1.named-kam")
            .title(MaturityCriterion.NAMED_KAM.title())
            .outcome(Outcome.NOT_ASSESSED)
            .build();
    assertEquals(
        Message.of(CriteriaCode.LINE, Arg.of(Outcome.NOT_ASSESSED), Arg.of(r.title())), r.line());
    assertEquals("[not assessed] A named key account manager", r.explain());
  }

  @Test
  void anEmptySequenceIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Texts.inSequence(List.of()));
  }

  @Test
  void anIdThatIsNotDottedLowerCaseIsRefusedNamingTheField() {
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> met("Named KAM").build());
    assertEquals(List.of("id"), e.violations().stream().map(ModelViolation::field).toList());
  }
}
