package dev.kamkit.scoring.whitespace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhitespacePolicyTest {

  @Test
  void defaultsRankEvaluationBeforeOpenBeforeCompetitorHeld() {
    WhitespacePolicy defaults = WhitespacePolicy.defaults();
    assertEquals("kamkit-whitespace-2", defaults.version());
    assertEquals(
        List.of(
            WhitespaceStatus.IN_EVALUATION,
            WhitespaceStatus.OPEN,
            WhitespaceStatus.COMPETITOR_HELD),
        defaults.closestToSale());
    assertEquals(0, defaults.closeness(WhitespaceStatus.IN_EVALUATION));
    assertEquals(2, defaults.closeness(WhitespaceStatus.COMPETITOR_HELD));
  }

  @Test
  void anOrderThatMissesOrRepeatsAStatusIsRefusedNamingTheField() {
    for (List<WhitespaceStatus> bad :
        List.of(
            List.of(WhitespaceStatus.OPEN, WhitespaceStatus.IN_EVALUATION),
            List.of(WhitespaceStatus.OPEN, WhitespaceStatus.OPEN, WhitespaceStatus.IN_EVALUATION),
            List.of(
                WhitespaceStatus.SOLD,
                WhitespaceStatus.OPEN,
                WhitespaceStatus.IN_EVALUATION,
                WhitespaceStatus.COMPETITOR_HELD),
            List.<WhitespaceStatus>of())) {
      InvalidModelException e =
          assertThrows(
              InvalidModelException.class,
              () -> WhitespacePolicy.defaults().withClosestToSale(bad),
              bad.toString());
      assertEquals("closestToSale", e.violations().get(0).field());
      assertEquals(ModelCode.NOT_EACH_ONCE, e.violations().get(0).code());
    }
  }
}
