package dev.kamkit.rules.maturity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.criteria.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stage result is one of stages 1 to 5 with its criteria. */
class StageResultTest {
  private static final CriterionResult NAMED_KAM =
      CriterionResult.builder()
          .id(MaturityCriterion.NAMED_KAM.id())
          .title(MaturityCriterion.NAMED_KAM.title())
          .outcome(Outcome.MET)
          .build();

  private static List<String> refused(MaturityStage stage, List<CriterionResult> criteria) {
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> StageResult.of(stage, criteria));
    return e.violations().stream().map(ModelViolation::field).toList();
  }

  @Test
  void noStageOrNoCriteriaIsRefused() {
    assertEquals(
        List.of(NAMED_KAM),
        StageResult.of(MaturityStage.DEDICATED_RESOURCES, List.of(NAMED_KAM)).criteria());
    assertEquals(List.of("stage"), refused(MaturityStage.NONE, List.of(NAMED_KAM)));
    assertEquals(List.of("criteria"), refused(MaturityStage.DEDICATED_RESOURCES, List.of()));
  }
}
