package dev.kamkit.examples.embedding;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Fact;
import dev.kamkit.rules.engagement.EngagementAssessment;
import dev.kamkit.rules.engagement.EngagementAssessor;
import dev.kamkit.rules.engagement.EngagementInputs;
import dev.kamkit.rules.engagement.Factor;
import dev.kamkit.rules.engagement.Rating;
import dev.kamkit.rules.tiering.TierResult;
import dev.kamkit.rules.tiering.Tiering;
import java.time.LocalDate;

/**
 * Plugging in what only the host knows. The engagement model and the tier weigh factors an
 * account's data cannot say (how differentiated our product is, how hard patients are to find); the
 * host rates them, either in code or in the account's custom attributes (CRM fields), and a host
 * rating wins over the data's proxy.
 */
public final class HostValues {
  private HostValues() {}

  /** Ratings from brand planning, passed in code. */
  public static EngagementInputs brandPlanning() {
    return EngagementInputs.builder()
        .differentiation(Rating.VERY_HIGH)
        .patientFindingDifficulty(Rating.HIGH)
        .source("2027 brand planning, oncology")
        .build();
  }

  /**
   * The same ratings recorded on the account as typed facts, as a host mapping its CRM's rating
   * fields would record them and as kamkit reads them.
   */
  public static KeyAccount withRatingsAsFacts(KeyAccount account) {
    return account.withAccount(
        account
            .account()
            .withFacts(
                Fact.of(Factor.DIFFERENTIATION.fact(), Rating.VERY_HIGH),
                Fact.of(Factor.PATIENT_FINDING_DIFFICULTY.fact(), Rating.HIGH)));
  }

  /** The engagement model with the host's ratings. */
  public static EngagementAssessment assess(KeyAccount account, LocalDate asOf) {
    return EngagementAssessor.withDefaults().assess(account, brandPlanning(), asOf);
  }

  /** The tier, reading the ratings from the account's own facts. */
  public static TierResult tierFromFacts(KeyAccount account, LocalDate asOf) {
    return Tiering.withDefaults()
        .tier(account, EngagementInputs.fromFacts(account.account()), asOf);
  }
}
