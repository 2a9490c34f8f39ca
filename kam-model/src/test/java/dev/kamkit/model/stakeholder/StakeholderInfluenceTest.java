package dev.kamkit.model.stakeholder;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.INFLUENCE_ON_SELF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.id.StakeholderId;
import org.junit.jupiter.api.Test;

class StakeholderInfluenceTest {
  private static final StakeholderId CHEN = StakeholderId.of("chen");
  private static final StakeholderId PARK = StakeholderId.of("park");

  @Test
  void recordsWhoSwaysWhomAndHowStrongly() {
    StakeholderInfluence influence = StakeholderInfluence.of(CHEN, PARK, Influence.HIGH);
    assertEquals(CHEN, influence.influencer());
    assertEquals(PARK, influence.influenced());
  }

  @Test
  void aStakeholderCannotInfluenceThemself() {
    assertSingleViolation(
        () -> StakeholderInfluence.of(CHEN, CHEN, Influence.HIGH),
        INFLUENCE_ON_SELF,
        path("influenced"),
        "chen");
  }
}
