package dev.kamkit.rules.engagement;

import java.util.Optional;

/**
 * The five customer engagement strategies of seed 004, in the order they build on each other
 * towards the top right of figure 3: marketing-centric, service-oriented, field-orchestrated,
 * account-based selling, strategic account management.
 */
public enum EngagementModel {
  /** Awareness and leads through marketing automation and personalised digital content. */
  MARKETING_CENTRIC(
      "Marketing-centric",
      "awareness and leads through marketing automation and personalised digital content"),
  /** On-demand self-service for HCPs with a human touch. */
  SERVICE_ORIENTED("Service-oriented", "on-demand self-service for HCPs with a human touch"),
  /** Reps empowered to partner closely with key customers; precedes account-based selling. */
  FIELD_ORCHESTRATED("Field-orchestrated", "reps empowered to partner closely with key customers"),
  /** "KAM for the masses": cross-functional planning and execution against account priorities. */
  ACCOUNT_BASED_SELLING(
      "Account-based selling",
      "cross-functional collaboration, planning and execution against account-level priorities"),
  /** Long-term partnerships with a few important accounts that shape clinical practice. */
  STRATEGIC_ACCOUNT_MANAGEMENT(
      "Strategic account management",
      "long-term partnerships with a few important accounts that shape clinical practice");

  private final String title;
  private final String description;

  EngagementModel(String title, String description) {
    this.title = title;
    this.description = description;
  }

  /** {@code "Account-based selling"}. */
  public String title() {
    return title;
  }

  /** What the model is, in seed 004's words. */
  public String description() {
    return description;
  }

  /**
   * The model this one builds on (seed 004): strategic account management on account-based selling
   * ("every company needs both"), account-based selling on field-orchestrated engagement (which
   * "precedes" it), and those on a marketing-centric foundation.
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
