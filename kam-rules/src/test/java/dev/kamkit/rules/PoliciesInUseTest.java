package dev.kamkit.rules;

import static org.junit.jupiter.api.Assertions.assertSame;

import dev.kamkit.rules.engagement.EngagementAssessor;
import dev.kamkit.rules.engagement.EngagementPolicy;
import dev.kamkit.rules.engagement.SamAllocator;
import dev.kamkit.rules.engagement.SamPolicy;
import dev.kamkit.rules.maturity.MaturityClassifier;
import dev.kamkit.rules.maturity.MaturityPolicy;
import dev.kamkit.rules.maturity.RelationshipStageClassifier;
import dev.kamkit.rules.maturity.RelationshipStagePolicy;
import dev.kamkit.rules.tiering.Tiering;
import dev.kamkit.rules.tiering.TieringPolicy;
import org.junit.jupiter.api.Test;

/** Every classifier built from a policy reports that policy as the one in use (its javadoc). */
class PoliciesInUseTest {
  @Test
  void eachClassifierReportsThePolicyItWasGiven() {
    EngagementPolicy engagement = EngagementPolicy.builder().minFitFactors(2).build();
    assertSame(engagement, EngagementAssessor.of(engagement).policy());
    SamPolicy sam = SamPolicy.builder().maxSamAccounts(3).build();
    assertSame(sam, SamAllocator.of(sam).policy());
    TieringPolicy tiering = TieringPolicy.builder().maxTier1Share(java.math.BigDecimal.ONE).build();
    assertSame(tiering, Tiering.of(tiering).policy());
    MaturityPolicy maturity = MaturityPolicy.defaults().withMinTeamFunctions(2);
    assertSame(maturity, MaturityClassifier.of(maturity).policy());
    RelationshipStagePolicy stages = RelationshipStagePolicy.builder().lookbackDays(30).build();
    assertSame(stages, RelationshipStageClassifier.of(stages).policy());
  }
}
