package dev.kamkit.model.stakeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StakeholderStatusTest {

  @Test
  void activeAndRetiringStakeholdersCanStillBeEngaged() {
    assertEquals(
        List.of(StakeholderStatus.ACTIVE, StakeholderStatus.RETIRING),
        Arrays.stream(StakeholderStatus.values()).filter(StakeholderStatus::isEngageable).toList());
  }
}
