package dev.kamkit.rules.maturity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.Messages;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The five stages of KAM evolution (Clarity, "Pharma Key Account Management – The Evolution
 * Continues") in order, each with its title and the article's description.
 */
class MaturityStageTest {
  @Test
  void aStageIsBelowTheLaterStagesOnlyAndNotBelowItself() {
    for (MaturityStage s : MaturityStage.values()) {
      for (MaturityStage other : MaturityStage.values()) {
        assertEquals(s.number() < other.number(), s.isBelow(other), s + " below " + other);
      }
    }
    assertFalse(MaturityStage.ALIGNED_ROLES.isBelow(MaturityStage.ALIGNED_ROLES));
    assertTrue(MaturityStage.NONE.isBelow(MaturityStage.DEDICATED_RESOURCES));
  }

  @Test
  void eachStageHasItsTitleDescriptionAndNext() {
    Messages english = Messages.english();
    assertEquals("Aligned roles", english.name(MaturityStage.ALIGNED_ROLES));
    assertEquals(Message.of(MaturityCode.STAGE_2_MEANS), MaturityStage.ALIGNED_ROLES.description());
    assertEquals(
        "the activities of the different roles around the account are aligned to a common"
            + " purpose",
        english.format(MaturityStage.ALIGNED_ROLES.description()));
    assertEquals("Not yet KAM", english.name(MaturityStage.NONE));
    assertEquals(Message.of(MaturityCode.STAGE_0_MEANS), MaturityStage.NONE.description());
    assertEquals(
        "no dedicated key account manager works the account",
        english.format(MaturityStage.NONE.description()));
    assertEquals(Optional.of(MaturityStage.COORDINATED_TEAM), MaturityStage.ALIGNED_ROLES.next());
    assertEquals(Optional.empty(), MaturityStage.TRUSTED_PARTNER.next());
  }

  @Test
  void eachStageHasItsOwnDescription() {
    assertEquals(
        MaturityStage.values().length,
        Arrays.stream(MaturityStage.values()).map(MaturityStage::description).distinct().count());
  }

  @Test
  void aLabelNamesTheNumberAndTheStage() {
    assertEquals(
        Message.of(MaturityCode.STAGE_LABEL, Arg.of(2), Arg.of(MaturityStage.ALIGNED_ROLES)),
        MaturityStage.ALIGNED_ROLES.label());
    assertEquals("stage 2 (Aligned roles)", MaturityStage.ALIGNED_ROLES.label().toString());
    assertEquals("no stage (Not yet KAM)", MaturityStage.NONE.label().toString());
    assertEquals(
        "Stufe 2 (Abgestimmte Rollen)",
        Messages.in(Locale.GERMAN).format(MaturityStage.ALIGNED_ROLES.label()));
    assertEquals(
        "aucun stade (Pas encore de KAM)",
        Messages.in(Locale.FRENCH).format(MaturityStage.NONE.label()));
  }
}
