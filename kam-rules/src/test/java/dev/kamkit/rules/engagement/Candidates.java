package dev.kamkit.rules.engagement;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.rules.fixtures.AccountFixture;

/** Small accounts rated entirely by the host, for portfolio-level tests. */
final class Candidates {
  private Candidates() {}

  /** A 300-bed hospital with nothing else recorded. */
  static KeyAccount account(String id) {
    return AccountFixture.hospital(id, "Account " + id, 300).build();
  }

  /** Every complexity factor rated {@code complexity}, the paper's value factors {@code value}. */
  static EngagementInputs inputs(Rating complexity, Rating value) {
    return inputs(complexity, value, value, value);
  }

  /** Every complexity factor rated {@code complexity}; the three value factors as given. */
  static EngagementInputs inputs(Rating complexity, Rating population, Rating unmet, Rating diff) {
    return EngagementInputs.builder()
        .competitiveIntensity(complexity)
        .payerAffordabilityPressure(complexity)
        .decisionMakingComplexity(complexity)
        .patientFindingDifficulty(complexity)
        .patientPopulation(population)
        .unmetNeed(unmet)
        .differentiation(diff)
        .build();
  }

  /** The assessment of {@link #account} with those inputs. */
  static EngagementAssessment assess(String id, EngagementInputs inputs) {
    return EngagementAssessor.withDefaults().assess(account(id), inputs, AS_OF);
  }
}
