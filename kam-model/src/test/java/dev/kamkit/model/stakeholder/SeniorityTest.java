package dev.kamkit.model.stakeholder;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeniorityTest {

  @Test
  void anExecutiveOutranksASeniorLeader() {
    assertTrue(Seniority.EXECUTIVE.outranks(Seniority.SENIOR_LEADER));
    assertFalse(Seniority.SENIOR_LEADER.outranks(Seniority.EXECUTIVE));
  }

  @Test
  void noLevelOutranksItself() {
    for (Seniority level : Seniority.values()) {
      assertFalse(level.outranks(level), level.name());
    }
  }

  @Test
  void levelsRiseFromStaffToExecutive() {
    Seniority[] levels = Seniority.values();
    for (int i = 1; i < levels.length; i++) {
      assertTrue(levels[i].outranks(levels[i - 1]), levels[i] + " over " + levels[i - 1]);
    }
  }
}
