package dev.kamkit.rules.maturity;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.scoring.coverage.CoveragePolicy;
import org.immutables.value.Value;

/**
 * Thresholds of the Cranfield relationship ladder, as one versioned value. Start from {@link
 * RelationshipStagePolicy#defaults()}.
 *
 * <p>Where the defaults come from: the ladder and the bow-tie / diamond contact structure are
 * McDonald, Rogers and Woodburn's ("Key Customers: How to Manage Them Profitably"); a diamond of at
 * least six active links across three functions on each side follows "at least six active
 * multithreaded relationships" for a large IDN and kam-scoring's coverage targets; joint business
 * plans and shared-value initiatives as the marks of interdependence and integration are from Veeva
 * Business Consulting's "Unlocking True KAM Transformation"; the disintegration signals (lost
 * formulary listing, lapsed contract, lapsed threads, hostile decision-makers, falling voice of the
 * account, champions gone) are from Prolifiq's "Pharma Key Account Management" and Veeva Business
 * Consulting's "Unlocking True KAM Transformation".
 */
@Value.Immutable
public abstract class AbstractRelationshipStagePolicy {
  // Only the generated RelationshipStagePolicy extends this: no host subclass.
  AbstractRelationshipStagePolicy() {}

  /** The version of the default thresholds. */
  public static final String DEFAULT_VERSION = "kamkit-relationship-1";

  /** The default policy. */
  public static RelationshipStagePolicy defaults() {
    return RelationshipStagePolicy.builder().build();
  }

  /** Names the thresholds this policy stands for; change it whenever you change the policy. */
  @Value.Default
  public String version() {
    return DEFAULT_VERSION;
  }

  /** How relationships count as active (its {@code activeWithinDays} window). */
  @Value.Default
  public CoveragePolicy coverage() {
    return CoveragePolicy.defaults();
  }

  /** Our functions the active links must span for a diamond. */
  @Value.Default
  public int diamondMinOurFunctions() {
    return 3;
  }

  /** The account's functions the active links must span for a diamond. */
  @Value.Default
  public int diamondMinTheirFunctions() {
    return 3;
  }

  /** Active links a diamond needs. */
  @Value.Default
  public int diamondMinLinks() {
    return 6;
  }

  /** The least seniority that counts as senior involvement (interdependent). */
  @Value.Default
  public Seniority seniorFrom() {
    return Seniority.SENIOR_LEADER;
  }

  /** The least strength of an executive relationship for integration. */
  @Value.Default
  public RelationshipStrength integratedExecutiveStrength() {
    return RelationshipStrength.STRONG;
  }

  /** How far back disintegration signals look (lost listings, lapsed contracts and threads). */
  @Value.Default
  public int lookbackDays() {
    return 365;
  }

  /** How many disintegration signals make the relationship disintegrating. */
  @Value.Default
  public int disintegratingFromSignals() {
    return 2;
  }

  /** A fall of the relationship score (0-10) by at least this much is a signal. */
  @Value.Default
  public int relationshipScoreDrop() {
    return 2;
  }

  /** A fall of the net promoter score by at least this much is a signal. */
  @Value.Default
  public int netPromoterDrop() {
    return 20;
  }

  /** Departed stakeholders we held, within the look-back, that make a signal. */
  @Value.Default
  public int departedHeldStakeholders() {
    return 2;
  }

  /** Rejects an inconsistent value when it is built, naming every problem. */
  @Value.Check
  protected void check() {
    ModelCheck.of("RelationshipStagePolicy", version())
        .nonBlank("version", version())
        .between("diamondMinOurFunctions", diamondMinOurFunctions(), 2, 8)
        .between("diamondMinTheirFunctions", diamondMinTheirFunctions(), 2, 11)
        .between("diamondMinLinks", diamondMinLinks(), 2, 10_000)
        .between("lookbackDays", lookbackDays(), 1, 3_650)
        .between("disintegratingFromSignals", disintegratingFromSignals(), 1, 6)
        .between("relationshipScoreDrop", relationshipScoreDrop(), 1, 10)
        .between("netPromoterDrop", netPromoterDrop(), 1, 200)
        .between("departedHeldStakeholders", departedHeldStakeholders(), 1, 1_000)
        .throwIfInvalid();
  }
}
