package dev.kamkit.model.team;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RelationshipStrengthTest {

  @Test
  void aStrengthIsAtLeastItselfAndEveryWeakerOne() {
    assertTrue(RelationshipStrength.STRONG.isAtLeast(RelationshipStrength.STRONG));
    assertTrue(RelationshipStrength.STRONG.isAtLeast(RelationshipStrength.WORKING));
    assertTrue(RelationshipStrength.TRUSTED.isAtLeast(RelationshipStrength.ACQUAINTED));
    assertFalse(RelationshipStrength.WORKING.isAtLeast(RelationshipStrength.STRONG));
  }
}
