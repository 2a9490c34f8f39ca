package dev.kamkit.model.stakeholder;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InfluenceTest {

  @Test
  void decisiveExceedsHighWhichExceedsMediumWhichExceedsLow() {
    assertTrue(Influence.DECISIVE.exceeds(Influence.HIGH));
    assertTrue(Influence.HIGH.exceeds(Influence.MEDIUM));
    assertTrue(Influence.MEDIUM.exceeds(Influence.LOW));
    assertFalse(Influence.LOW.exceeds(Influence.DECISIVE));
    assertFalse(Influence.HIGH.exceeds(Influence.HIGH));
  }
}
