package dev.kamkit.rules.engagement;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.Portfolio;
import dev.kamkit.model.id.AccountId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Assessing a whole portfolio: every account, each with its own inputs, sorted by id. */
class EngagementAssessorTest {

  @Test
  void everyAccountOfAPortfolioIsAssessedWithItsInputsInIdOrder() {
    Portfolio portfolio =
        Portfolio.builder().addAccounts(Candidates.account("b"), Candidates.account("a")).build();
    List<EngagementAssessment> all =
        EngagementAssessor.withDefaults()
            .assessAll(
                portfolio,
                Map.of(AccountId.of("b"), Candidates.inputs(Rating.HIGH, Rating.HIGH)),
                AS_OF);
    assertEquals(
        List.of(AccountId.of("a"), AccountId.of("b")),
        all.stream().map(EngagementAssessment::account).toList());
    assertEquals(Optional.empty(), all.get(0).quadrant());
    assertEquals(Optional.of(GridQuadrant.HIGH_COMPLEXITY_HIGH_VALUE), all.get(1).quadrant());
  }
}
