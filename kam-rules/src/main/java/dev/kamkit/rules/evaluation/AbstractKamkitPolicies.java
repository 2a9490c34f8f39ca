package dev.kamkit.rules.evaluation;

import dev.kamkit.rules.compliance.conduct.ConductPolicy;
import dev.kamkit.rules.compliance.efpia.EfpiaPolicy;
import dev.kamkit.rules.compliance.firewall.FirewallPolicy;
import dev.kamkit.rules.compliance.france.FrancePolicy;
import dev.kamkit.rules.compliance.offlabel.OffLabelPolicy;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsPolicy;
import dev.kamkit.rules.compliance.rationale.RationalePolicy;
import dev.kamkit.rules.compliance.states.UsStatesPolicy;
import dev.kamkit.rules.compliance.uk.UkPolicy;
import dev.kamkit.rules.engagement.EngagementPolicy;
import dev.kamkit.rules.engagement.SamPolicy;
import dev.kamkit.rules.maturity.MaturityPolicy;
import dev.kamkit.rules.maturity.RelationshipStagePolicy;
import dev.kamkit.rules.review.ReviewPolicy;
import dev.kamkit.rules.tiering.TieringPolicy;
import dev.kamkit.scoring.committee.CommitteeProgressionPolicy;
import dev.kamkit.scoring.completeness.CompletenessPolicy;
import dev.kamkit.scoring.coverage.CoveragePolicy;
import dev.kamkit.scoring.health.HealthPolicy;
import dev.kamkit.scoring.health.UnderServedPolicy;
import dev.kamkit.scoring.pipeline.PipelinePolicy;
import dev.kamkit.scoring.voice.ShareOfVoicePolicy;
import dev.kamkit.scoring.whitespace.WhitespacePolicy;
import org.immutables.value.Value;

/**
 * Every policy {@link Kamkit} evaluates with, in one value. Each defaults to its part's own
 * defaults, which cite their sources; a host overrides only what it decides differently:
 *
 * <pre>{@code
 * Kamkit kamkit =
 *     Kamkit.of(
 *         KamkitPolicies.builder()
 *             .coverage(CoveragePolicy.builder().activeWithinDays(120).build())
 *             .openPayments(myOpenPaymentsPolicy)
 *             .build());
 * }</pre>
 *
 * <p>Tiering assesses potential value with the engagement grid: the evaluator assesses each account
 * once, with {@link #engagement()}, and tiers that assessment, so {@link #tiering()}'s own
 * engagement policy is not used.
 */
@Value.Immutable
public abstract class AbstractKamkitPolicies {
  // Only the generated KamkitPolicies extends this: no host subclass.
  AbstractKamkitPolicies() {}

  /** Every part's default policy, and packs by jurisdiction. */
  public static KamkitPolicies defaults() {
    return KamkitPolicies.builder().build();
  }

  /** Relationship coverage. */
  @Value.Default
  public CoveragePolicy coverage() {
    return CoveragePolicy.defaults();
  }

  /** Account plan completeness. */
  @Value.Default
  public CompletenessPolicy completeness() {
    return CompletenessPolicy.defaults();
  }

  /** How the whitespace grid is read. */
  @Value.Default
  public WhitespacePolicy whitespace() {
    return WhitespacePolicy.defaults();
  }

  /** How the pipeline is weighed against the plan. */
  @Value.Default
  public PipelinePolicy pipeline() {
    return PipelinePolicy.defaults();
  }

  /** How committee progression is judged. */
  @Value.Default
  public CommitteeProgressionPolicy committee() {
    return CommitteeProgressionPolicy.defaults();
  }

  /**
   * How share of voice is measured for the evaluation's own share-of-voice part. When it equals the
   * under-served policy's {@link UnderServedPolicy#shareOfVoice()}, under-served accounts read the
   * evaluation's roll-up against peers rather than measure again.
   */
  @Value.Default
  public ShareOfVoicePolicy shareOfVoice() {
    return ShareOfVoicePolicy.defaults();
  }

  /** Account health. */
  @Value.Default
  public HealthPolicy health() {
    return HealthPolicy.defaults();
  }

  /** Under-served accounts of a portfolio. */
  @Value.Default
  public UnderServedPolicy underServed() {
    return UnderServedPolicy.defaults();
  }

  /** KAM maturity stages. */
  @Value.Default
  public MaturityPolicy maturity() {
    return MaturityPolicy.defaults();
  }

  /** Relationship stages. */
  @Value.Default
  public RelationshipStagePolicy relationshipStage() {
    return RelationshipStagePolicy.defaults();
  }

  /** The engagement grid and model, and the potential value tiering reads. */
  @Value.Default
  public EngagementPolicy engagement() {
    return EngagementPolicy.defaults();
  }

  /** Tier cut-offs, hysteresis and the tier 1 share (its engagement policy is not used). */
  @Value.Default
  public TieringPolicy tiering() {
    return TieringPolicy.defaults();
  }

  /** Strategic account management: readiness and the cap. */
  @Value.Default
  public SamPolicy sam() {
    return SamPolicy.defaults();
  }

  /** US Open Payments (Sunshine Act). */
  @Value.Default
  public OpenPaymentsPolicy openPayments() {
    return OpenPaymentsPolicy.defaults();
  }

  /** Anti-kickback and PhRMA Code conduct. */
  @Value.Default
  public ConductPolicy conduct() {
    return ConductPolicy.defaults();
  }

  /** The commercial / medical firewall. */
  @Value.Default
  public FirewallPolicy firewall() {
    return FirewallPolicy.defaults();
  }

  /** Off-label promotion. */
  @Value.Default
  public OffLabelPolicy offLabel() {
    return OffLabelPolicy.defaults();
  }

  /** Documented business and clinical rationale. */
  @Value.Default
  public RationalePolicy rationale() {
    return RationalePolicy.defaults();
  }

  /** US state laws. */
  @Value.Default
  public UsStatesPolicy usStates() {
    return UsStatesPolicy.defaults();
  }

  /** EFPIA disclosure. */
  @Value.Default
  public EfpiaPolicy efpia() {
    return EfpiaPolicy.defaults();
  }

  /** France: transparency and the anti-gift law. */
  @Value.Default
  public FrancePolicy france() {
    return FrancePolicy.defaults();
  }

  /** Disclosure UK. */
  @Value.Default
  public UkPolicy uk() {
    return UkPolicy.defaults();
  }

  /** Which packs apply to which account. */
  @Value.Default
  public PackScope packScope() {
    return PackScope.byJurisdiction();
  }

  /** What a review against the last one reports. */
  @Value.Default
  public ReviewPolicy review() {
    return ReviewPolicy.defaults();
  }
}
