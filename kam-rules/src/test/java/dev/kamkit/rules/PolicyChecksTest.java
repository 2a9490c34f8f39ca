package dev.kamkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.rules.engagement.EngagementPolicy;
import dev.kamkit.rules.engagement.Factor;
import dev.kamkit.rules.engagement.SamPolicy;
import dev.kamkit.rules.maturity.MaturityPolicy;
import dev.kamkit.rules.maturity.RelationshipStagePolicy;
import dev.kamkit.rules.tiering.TieringPolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every policy's defaults are valid and versioned; settings that make no sense are refused. */
class PolicyChecksTest {

  private static void refused(String field, Executable build) {
    InvalidModelException e = assertThrows(InvalidModelException.class, build);
    assertTrue(e.getMessage().contains(field), e.getMessage());
  }

  @Test
  void defaultsCarryTheirVersions() {
    assertEquals("kamkit-maturity-1", MaturityPolicy.defaults().version());
    assertEquals("kamkit-relationship-1", RelationshipStagePolicy.defaults().version());
    assertEquals("kamkit-engagement-1", EngagementPolicy.defaults().version());
    assertEquals("kamkit-sam-1", SamPolicy.defaults().version());
    assertEquals("kamkit-tiering-1", TieringPolicy.defaults().version());
  }

  @Test
  void nonsensicalSettingsAreRefusedNamingTheField() {
    refused(
        "minPlanCompleteness",
        () -> MaturityPolicy.defaults().withMinPlanCompleteness(BigDecimal.valueOf(101)));
    refused("version", () -> MaturityPolicy.defaults().withVersion(" "));
    refused("diamondMinLinks", () -> RelationshipStagePolicy.defaults().withDiamondMinLinks(1));
    refused("bedBands", () -> EngagementPolicy.defaults().withBedBands(List.of(5L, 4L, 3L, 2L)));
    refused(
        "weights",
        () -> EngagementPolicy.defaults().withWeights(Map.of(Factor.UNMET_NEED, BigDecimal.ONE)));
    refused("maxSamShare", () -> SamPolicy.defaults().withMaxSamShare(new BigDecimal("1.5")));
    refused("tier2From", () -> TieringPolicy.defaults().withTier2From(BigDecimal.valueOf(80)));
  }

  @Test
  void theSamCapFollowsTheSeeds() {
    SamPolicy p = SamPolicy.defaults();
    assertEquals(8, p.capFor(40));
    assertEquals(10, p.capFor(200));
    assertEquals(1, p.capFor(3));
    assertEquals(0, p.capFor(0));
  }
}
