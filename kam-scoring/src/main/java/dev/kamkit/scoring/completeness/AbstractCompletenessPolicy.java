package dev.kamkit.scoring.completeness;

import dev.kamkit.model.base.ModelCheck;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Every threshold and weight of plan completeness. Start from {@link
 * CompletenessPolicy#defaults()}.
 *
 * <p>The sections and their order follow what Prolifiq's pharma and healthcare KAM guides, BASE
 * life science "Implementation of KAM Modules in Pharmaceutical CRM Systems" and Veeva Business
 * Consulting's "Unlocking True KAM Transformation" (figure 4) say a real plan holds: profile,
 * relationship map, whitespace, competitive landscape, a compliant value proposition, formulary
 * status, measurable and dated objectives, actions with owners and due dates, and leading and
 * lagging KPIs, kept current rather than refreshed for reviews.
 */
@Value.Immutable
public abstract class AbstractCompletenessPolicy {
  // Only the generated CompletenessPolicy extends this: no host subclass.
  AbstractCompletenessPolicy() {}

  /**
   * The version of the default policy. Version 2 added the review cadence and made an overdue
   * review plan rot; version 3 weighs the plan against the pipeline.
   */
  public static final String DEFAULT_VERSION = "kamkit-completeness-3";

  /** The default policy. */
  public static CompletenessPolicy defaults() {
    return CompletenessPolicy.builder().build();
  }

  /** Names the policy; change it whenever you change the policy. Results carry it. */
  @Value.Default
  public String version() {
    return DEFAULT_VERSION;
  }

  /**
   * Stakeholders a relationship map needs before it counts as a map (Prolifiq, "Healthcare Key
   * Account Management: A Practical Guide": 15-30 for a large IDN; 5 is the least for any key
   * account).
   */
  @Value.Default
  public int minStakeholdersMapped() {
    return 5;
  }

  /**
   * Of the eight profile facts (beds, facilities, ownership, GPO, contracts, EHR, fiscal year,
   * volumes), how many make a full profile.
   */
  @Value.Default
  public int profileFactsForFull() {
    return 6;
  }

  /** A plan not changed for longer than this is out of date. */
  @Value.Default
  public int maxDaysSinceUpdate() {
    return 90;
  }

  /**
   * Days from one plan review to the next: the review falls due this many days after the last one
   * (a quarter, the rhythm of quarterly business reviews: Prolifiq, "Healthcare Key Account
   * Management: A Practical Guide"). Results name it beside the days a review is overdue; {@link
   * #maxDaysSinceReview()} is the cadence plus slack, and may not be shorter than it.
   */
  @Value.Default
  public int reviewCadenceDays() {
    return 91;
  }

  /**
   * A plan not reviewed for longer than this has missed its review cycle (a quarter plus slack):
   * its review is overdue, the currency section counts it unreviewed, and the plan is rotting by
   * the days past this limit. At least {@link #reviewCadenceDays()}.
   */
  @Value.Default
  public int maxDaysSinceReview() {
    return 120;
  }

  /** Updates this many days before a review or less count as refreshed for that review. */
  @Value.Default
  public int preReviewDays() {
    return 14;
  }

  /** How far back updates are examined for the refreshed-only-before-reviews pattern. */
  @Value.Default
  public int rotLookbackDays() {
    return 365;
  }

  /** Relative weight of the account profile. */
  @Value.Default
  public BigDecimal profileWeight() {
    return BigDecimal.valueOf(8);
  }

  /** Relative weight of the relationship map. */
  @Value.Default
  public BigDecimal relationshipMapWeight() {
    return BigDecimal.valueOf(14);
  }

  /** Relative weight of the whitespace grid. */
  @Value.Default
  public BigDecimal whitespaceWeight() {
    return BigDecimal.valueOf(10);
  }

  /** Relative weight of the competitive landscape. */
  @Value.Default
  public BigDecimal competitiveLandscapeWeight() {
    return BigDecimal.valueOf(8);
  }

  /** Relative weight of the value proposition and its rationale. */
  @Value.Default
  public BigDecimal valuePropositionWeight() {
    return BigDecimal.valueOf(10);
  }

  /** Relative weight of formulary status per product. */
  @Value.Default
  public BigDecimal formularyWeight() {
    return BigDecimal.valueOf(8);
  }

  /** Relative weight of measurable, dated objectives. */
  @Value.Default
  public BigDecimal objectivesWeight() {
    return BigDecimal.valueOf(12);
  }

  /**
   * Relative weight of revenue objectives backed by an opportunity. "The plan should connect to
   * opportunities and revenue. If your plan and your pipeline live in separate systems, leadership
   * cannot see how account strategy translates into forecast" (Prolifiq, "Pharma Key Account
   * Management"). The weight is a starting point to tune; the section applies only to accounts that
   * record opportunities.
   */
  @Value.Default
  public BigDecimal pipelineWeight() {
    return BigDecimal.valueOf(8);
  }

  /** Relative weight of actions with owner, due date and objective. */
  @Value.Default
  public BigDecimal actionsWeight() {
    return BigDecimal.valueOf(12);
  }

  /** Relative weight of KPIs, leading and lagging. */
  @Value.Default
  public BigDecimal kpisWeight() {
    return BigDecimal.valueOf(8);
  }

  /** Relative weight of the plan being current and not rotten. */
  @Value.Default
  public BigDecimal currencyWeight() {
    return BigDecimal.valueOf(10);
  }

  @Value.Check
  protected void check() {
    ModelCheck check =
        ModelCheck.of("CompletenessPolicy", version())
            .nonBlank("version", version())
            .between("minStakeholdersMapped", minStakeholdersMapped(), 1, 10_000)
            .between("profileFactsForFull", profileFactsForFull(), 1, 8)
            .between("maxDaysSinceUpdate", maxDaysSinceUpdate(), 1, 3_650)
            .between("reviewCadenceDays", reviewCadenceDays(), 1, 3_650)
            .between("maxDaysSinceReview", maxDaysSinceReview(), 1, 3_650)
            .notAbove(
                "reviewCadenceDays",
                reviewCadenceDays(),
                "maxDaysSinceReview",
                maxDaysSinceReview())
            .between("preReviewDays", preReviewDays(), 0, 365)
            .between("rotLookbackDays", rotLookbackDays(), 1, 3_650);
    check
        .notNegative("profileWeight", profileWeight())
        .notNegative("relationshipMapWeight", relationshipMapWeight())
        .notNegative("whitespaceWeight", whitespaceWeight())
        .notNegative("competitiveLandscapeWeight", competitiveLandscapeWeight())
        .notNegative("valuePropositionWeight", valuePropositionWeight())
        .notNegative("formularyWeight", formularyWeight())
        .notNegative("objectivesWeight", objectivesWeight())
        .notNegative("pipelineWeight", pipelineWeight())
        .notNegative("actionsWeight", actionsWeight())
        .notNegative("kpisWeight", kpisWeight())
        .notNegative("currencyWeight", currencyWeight());
    check.throwIfInvalid();
  }
}
