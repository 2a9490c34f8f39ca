package dev.kamkit.rules.tiering;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.rules.engagement.EngagementPolicy;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The cut-offs and weights of tiering, as one versioned value. Start from {@link
 * TieringPolicy#defaults()}; to tier by strategic fit as well as potential:
 *
 * <pre>{@code
 * TieringPolicy withFit = TieringPolicy.defaults()
 *     .withVersion("acme-tiers-2027")
 *     .withStrategicFitWeight(BigDecimal.valueOf(30));
 * }</pre>
 *
 * <p>Where the defaults come from: Prolifiq, "Pharma Key Account Management" says to "tier your
 * accounts by potential and invest accordingly", so potential value (the value axis of {@link
 * EngagementPolicy}) decides alone by default; Veeva Business Consulting, "Unlocking True KAM
 * Transformation" suggests upweighting "collaboration opportunities with an account (e.g. on
 * clinical trials or innovation), or their openness to partnering", which a host opts into with
 * {@link #strategicFitWeight()}. The cut-offs are absolute, so an account's tier never depends on
 * the other accounts: tier 1 from 70 (value factors high on average; high is 75), tier 2 from 40
 * (about medium, with room for one low factor), tier 3 below. A hysteresis band of 5 points keeps
 * an account's previous tier until its priority clears a cut-off by the band, so tiers do not flip
 * on small changes. The portfolio warns when more than 20% of accounts are tier 1 (Prolifiq,
 * "Pharma Key Account Management": of 40 accounts, the 8 that drive most of the value).
 */
@Value.Immutable
public abstract class AbstractTieringPolicy {
  // Only the generated TieringPolicy extends this: no host subclass.
  AbstractTieringPolicy() {}

  /** The version of the default policy. */
  public static final String DEFAULT_VERSION = "kamkit-tiering-1";

  /** The default policy. */
  public static TieringPolicy defaults() {
    return TieringPolicy.builder().build();
  }

  /** Names the policy; change it whenever you change the policy. */
  @Value.Default
  public String version() {
    return DEFAULT_VERSION;
  }

  /** How potential value and strategic fit are scored. */
  @Value.Default
  public EngagementPolicy engagement() {
    return EngagementPolicy.defaults();
  }

  /** Priority at or above this is tier 1. */
  @Value.Default
  public BigDecimal tier1From() {
    return BigDecimal.valueOf(70);
  }

  /** Priority at or above this (and below tier 1) is tier 2. */
  @Value.Default
  public BigDecimal tier2From() {
    return BigDecimal.valueOf(40);
  }

  /** Points a priority must clear a cut-off by before an account changes from its previous tier. */
  @Value.Default
  public BigDecimal hysteresis() {
    return BigDecimal.valueOf(5);
  }

  /** Relative weight of potential value in the priority. */
  @Value.Default
  public BigDecimal potentialWeight() {
    return BigDecimal.valueOf(100);
  }

  /** Relative weight of strategic fit in the priority; 0 (the default) tiers by potential only. */
  @Value.Default
  public BigDecimal strategicFitWeight() {
    return BigDecimal.ZERO;
  }

  /** A portfolio with a larger share of tier-1 accounts is warned that effort will spread thin. */
  @Value.Default
  public BigDecimal maxTier1Share() {
    return new BigDecimal("0.20");
  }

  /** Rejects an inconsistent value when it is built, naming every problem. */
  @Value.Check
  protected void check() {
    BigDecimal hundred = BigDecimal.valueOf(100);
    ModelCheck.of("TieringPolicy", version())
        .nonBlank("version", version())
        .between("tier1From", tier1From(), BigDecimal.ZERO, hundred)
        .between("tier2From", tier2From(), BigDecimal.ZERO, hundred)
        .below("tier2From", tier2From(), "tier1From", tier1From())
        .between(
            "hysteresis",
            hysteresis(),
            BigDecimal.ZERO,
            tier1From().subtract(tier2From()).max(BigDecimal.ZERO).divide(BigDecimal.valueOf(2)))
        .positive("potentialWeight", potentialWeight())
        .notNegative("strategicFitWeight", strategicFitWeight())
        .share("maxTier1Share", maxTier1Share())
        .throwIfInvalid();
  }
}
