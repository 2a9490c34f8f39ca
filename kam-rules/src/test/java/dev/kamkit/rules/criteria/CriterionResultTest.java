package dev.kamkit.rules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A criterion result keeps the stable, dotted id hosts filter by and a title people read. */
class CriterionResultTest {
  private static CriterionResult.Builder met(String id, String title) {
    return CriterionResult.builder()
        .id(id)
        .title(title)
        .outcome(Outcome.MET)
        .addReason(
            Reason.of("maturity.stage-1.named-kam", Effect.STRENGTH, "Named KAM: kam", List.of()));
  }

  @Test
  void aMetCriterionExplainsItselfOnOneLine() {
    CriterionResult r = met("maturity.stage-1.named-kam", "A named key account manager").build();
    assertEquals("[met] A named key account manager: Named KAM: kam", r.explain());
  }

  @Test
  void anIdThatIsNotDottedLowerCaseOrABlankTitleIsRefusedNamingTheField() {
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> met("Named KAM", " ").build());
    assertEquals(
        List.of("id", "title"), e.violations().stream().map(ModelViolation::field).toList());
  }
}
