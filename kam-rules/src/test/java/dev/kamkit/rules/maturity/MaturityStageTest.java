package dev.kamkit.rules.maturity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The five stages of seed 001 in order, each with its title and the seed's description. */
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
    assertEquals("Aligned roles", MaturityStage.ALIGNED_ROLES.title());
    assertEquals(
        "the activities of the different roles around the account are aligned to a common"
            + " purpose",
        MaturityStage.ALIGNED_ROLES.description());
    assertEquals("Not yet KAM", MaturityStage.NONE.title());
    assertEquals(
        "no dedicated key account manager works the account", MaturityStage.NONE.description());
    assertEquals(Optional.of(MaturityStage.COORDINATED_TEAM), MaturityStage.ALIGNED_ROLES.next());
    assertEquals(Optional.empty(), MaturityStage.TRUSTED_PARTNER.next());
  }
}
