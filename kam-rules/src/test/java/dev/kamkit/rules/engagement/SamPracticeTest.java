package dev.kamkit.rules.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.Messages;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Figure 2 of Veeva Business Consulting's "Unlocking True KAM Transformation": each SAM practice
 * against the account-based selling it moves beyond.
 */
class SamPracticeTest {

  @Test
  void eachPracticeNamesBothColumnsOfFigureTwo() {
    assertEquals("sam.few-accounts", SamPractice.FEW_ACCOUNTS.id());
    assertEquals(
        Message.of(EngagementCode.ABS_FEW_ACCOUNTS),
        SamPractice.FEW_ACCOUNTS.accountBasedSelling());
    assertEquals("Many accounts", SamPractice.FEW_ACCOUNTS.accountBasedSelling().toString());
    assertEquals("Few accounts", Messages.english().name(SamPractice.FEW_ACCOUNTS));
    assertEquals(
        "Measuring individual activities",
        SamPractice.SHARED_OUTCOMES.accountBasedSelling().toString());
  }

  @Test
  void aPracticeIsFoundByItsIdAndNothingElseIs() {
    for (SamPractice p : SamPractice.values()) {
      assertEquals(Optional.of(p), SamPractice.byId(p.id()));
    }
    assertEquals(Optional.empty(), SamPractice.byId("few-accounts"));
  }
}
