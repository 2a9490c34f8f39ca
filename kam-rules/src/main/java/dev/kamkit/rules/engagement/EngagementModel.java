package dev.kamkit.rules.engagement;

import dev.kamkit.model.explain.Message;
import java.util.Optional;

/**
 * The five customer engagement strategies of Veeva Business Consulting's "Unlocking True KAM
 * Transformation", in the order they build on each other towards the top right of figure 3:
 * marketing-centric, service-oriented, field-orchestrated, account-based selling, strategic account
 * management. Their names for people ({@code "Account-based selling"}) are in this package's
 * bundles; word them with {@link dev.kamkit.model.explain.Messages#name}.
 */
public enum EngagementModel {
  /** Awareness and leads through marketing automation and personalised digital content. */
  MARKETING_CENTRIC,
  /** On-demand self-service for HCPs with a human touch. */
  SERVICE_ORIENTED,
  /** Reps empowered to partner closely with key customers; precedes account-based selling. */
  FIELD_ORCHESTRATED,
  /** "KAM for the masses": cross-functional planning and execution against account priorities. */
  ACCOUNT_BASED_SELLING,
  /** Long-term partnerships with a few important accounts that shape clinical practice. */
  STRATEGIC_ACCOUNT_MANAGEMENT;

  /**
   * What the model is, in the words of Veeva Business Consulting's "Unlocking True KAM
   * Transformation", as a message worded on demand.
   */
  public Message description() {
    return Message.of(
        switch (this) {
          case MARKETING_CENTRIC -> EngagementCode.MODEL_MARKETING_CENTRIC;
          case SERVICE_ORIENTED -> EngagementCode.MODEL_SERVICE_ORIENTED;
          case FIELD_ORCHESTRATED -> EngagementCode.MODEL_FIELD_ORCHESTRATED;
          case ACCOUNT_BASED_SELLING -> EngagementCode.MODEL_ACCOUNT_BASED_SELLING;
          case STRATEGIC_ACCOUNT_MANAGEMENT -> EngagementCode.MODEL_STRATEGIC_ACCOUNT_MANAGEMENT;
        });
  }

  /**
   * The model this one builds on (Veeva Business Consulting, "Unlocking True KAM Transformation"):
   * strategic account management on account-based selling ("every company needs both"),
   * account-based selling on field-orchestrated engagement (which "precedes" it), and those on a
   * marketing-centric foundation.
   */
  public Optional<EngagementModel> foundation() {
    return switch (this) {
      case STRATEGIC_ACCOUNT_MANAGEMENT -> Optional.of(ACCOUNT_BASED_SELLING);
      case ACCOUNT_BASED_SELLING -> Optional.of(FIELD_ORCHESTRATED);
      case FIELD_ORCHESTRATED, SERVICE_ORIENTED -> Optional.of(MARKETING_CENTRIC);
      case MARKETING_CENTRIC -> Optional.empty();
    };
  }
}
