package dev.kamkit.examples.embedding;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.rules.engagement.EngagementAssessment;
import dev.kamkit.rules.engagement.EngagementAssessor;
import dev.kamkit.rules.engagement.EngagementInputs;
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

  /** The same ratings kept in CRM custom fields on the account, as kamkit reads them. */
  public static KeyAccount withRatingsInAttributes(KeyAccount account) {
    return account.withAccount(
        account
            .account()
            .withAttributes(
                java.util.Map.of(
                    "kamkit.engagement.differentiation", AttributeValue.text("very-high"),
                    "kamkit.engagement.patient-finding-difficulty", AttributeValue.text("high"))));
  }

  /** The engagement model with the host's ratings. */
  public static EngagementAssessment assess(KeyAccount account, LocalDate asOf) {
    return EngagementAssessor.withDefaults().assess(account, brandPlanning(), asOf);
  }

  /** The tier, reading the ratings from the account's own attributes. */
  public static TierResult tierFromAttributes(KeyAccount account, LocalDate asOf) {
    return Tiering.withDefaults()
        .tier(account, EngagementInputs.fromAttributes(account.account().attributes()), asOf);
  }
}
