package dev.kamkit.scoring.health;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.scoring.committee.CommitteeProgressionPolicy;
import dev.kamkit.scoring.pipeline.PipelinePolicy;
import dev.kamkit.scoring.voice.ShareOfVoicePolicy;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Every window, target, weight and colour rule of account health, as one immutable value. Start
 * from {@link HealthPolicy#defaults()} and change what your programme measures differently:
 *
 * <pre>{@code
 * HealthPolicy mine = HealthPolicy.defaults()
 *     .withReportingCurrency(Money.currency("EUR"))
 *     .withLookBackDays(90);
 * }</pre>
 *
 * <p>Where the defaults come from: the indicators themselves are the KAM practice articles'
 * (Prolifiq, "Pharma Key Account Management": new stakeholder relationships, committee access
 * gained and value initiatives launched as leading indicators, formulary wins, volume and contract
 * value as lagging ones, and leadership should see both, the plan connected to pipeline and
 * revenue; Prolifiq, "Healthcare Key Account Management: A Practical Guide": committee progression
 * as a leading indicator, contract renewal rate and net revenue retention as lagging indicators, a
 * contract that renews and expands as the sign of a genuine relationship, a flat or declining
 * account as the sign of trouble). The articles give no numbers for the targets, bands and weights:
 * those below are starting points to tune, and each says so.
 */
@Value.Immutable
public abstract class AbstractHealthPolicy {
  // Only the generated HealthPolicy extends this: no host subclass.
  AbstractHealthPolicy() {}

  /** The version of the default policy. */
  public static final String DEFAULT_VERSION = "kamkit-health-3";

  /** The default policy. */
  public static HealthPolicy defaults() {
    return HealthPolicy.builder().build();
  }

  /** Names the policy; change it whenever you change the policy. Results carry it. */
  @Value.Default
  public String version() {
    return DEFAULT_VERSION;
  }

  /**
   * The look-back window, in days: leading indicators, formulary wins, lapsed contracts and the
   * contract-value comparison look at dates at most this many days before the scoring day, up to
   * the scoring day itself. Default 180: two quarterly business reviews (Prolifiq, "Healthcare Key
   * Account Management: A Practical Guide"), so each review sees the movement of the last two
   * quarters.
   */
  @Value.Default
  public int lookBackDays() {
    return 180;
  }

  /**
   * Contracts ending within this many days after the scoring day need a successor already signed.
   * Default 180: hospital and GPO contracts take months to renegotiate, so a renewal not signed six
   * months ahead deserves attention (a starting point, not from a source).
   */
  @Value.Default
  public int renewalNoticeDays() {
    return 180;
  }

  /**
   * The currency money indicators are read in. Amounts in other currencies are left out with a
   * reason, never converted: converting is the host's job, at a rate it supplies. Default USD; set
   * your own.
   */
  @Value.Default
  public Currency reportingCurrency() {
    return Money.currency("USD");
  }

  /**
   * Kinds of decision body whose access counts: P&amp;T committee and VAC (Prolifiq, "Pharma Key
   * Account Management").
   */
  @Value.Default
  public Set<DecisionBodyKind> keyCommittees() {
    return EnumSet.of(
        DecisionBodyKind.PHARMACY_AND_THERAPEUTICS,
        DecisionBodyKind.VALUE_ANALYSIS,
        DecisionBodyKind.FORMULARY);
  }

  /**
   * New relationships per window for full credit. Default 3: half the six active relationships
   * Prolifiq, "Healthcare Key Account Management: A Practical Guide" asks of a large IDN renewed
   * every half-year (a starting point).
   */
  @Value.Default
  public int newRelationshipsTarget() {
    return 3;
  }

  /** Key committees newly reached per window for full credit. Default 1 (a starting point). */
  @Value.Default
  public int committeeAccessTarget() {
    return 1;
  }

  /** Shared-value initiatives launched per window for full credit. Default 1 (a starting point). */
  @Value.Default
  public int initiativesTarget() {
    return 1;
  }

  /** Formulary wins per window for full credit. Default 1 (a starting point). */
  @Value.Default
  public int formularyWinsTarget() {
    return 1;
  }

  /**
   * Units this fiscal year over last: full credit from 1.00 (volume held), none at 0.80 (a fifth
   * lost). Prolifiq's "Healthcare Key Account Management: A Practical Guide" reads a flat or
   * declining account as a warning; the numbers are a start.
   */
  @Value.Default
  public TrendBand volumeBand() {
    return TrendBand.of(new BigDecimal("0.80"), BigDecimal.ONE);
  }

  /** Contract value in force now over the window's start: like {@link #volumeBand()}. */
  @Value.Default
  public TrendBand contractValueBand() {
    return TrendBand.of(new BigDecimal("0.80"), BigDecimal.ONE);
  }

  /**
   * Net revenue this fiscal year over last: full credit from 100% retention, none at 80%.
   * Prolifiq's "Healthcare Key Account Management: A Practical Guide" names net revenue retention
   * by account among the lagging indicators.
   */
  @Value.Default
  public TrendBand netRevenueRetentionBand() {
    return TrendBand.of(new BigDecimal("0.80"), BigDecimal.ONE);
  }

  /**
   * Relative weight of new relationships. Leading indicators weigh 40 of 100 by default, 10 more
   * each where share of voice and committee progression apply.
   */
  @Value.Default
  public BigDecimal newRelationshipsWeight() {
    return BigDecimal.valueOf(15);
  }

  /** Relative weight of committee access gained. */
  @Value.Default
  public BigDecimal committeeAccessWeight() {
    return BigDecimal.valueOf(15);
  }

  /** Relative weight of shared-value initiatives launched. */
  @Value.Default
  public BigDecimal initiativesWeight() {
    return BigDecimal.valueOf(10);
  }

  /**
   * How share of voice is measured for its indicator: the window, and which of our channels count.
   * Default {@link ShareOfVoicePolicy#defaults()}.
   */
  @Value.Default
  public ShareOfVoicePolicy shareOfVoice() {
    return ShareOfVoicePolicy.defaults();
  }

  /**
   * Relative weight of share of voice, where the host records competitor activity (elsewhere it
   * does not apply and weighs nothing). Default 10, a starting point: Veeva Business Consulting,
   * "Unlocking True KAM Transformation" ties an above-average share of voice to a 70% higher
   * likelihood of a formulary listing, but gives no weight.
   */
  @Value.Default
  public BigDecimal shareOfVoiceWeight() {
    return BigDecimal.valueOf(10);
  }

  /**
   * How committee submissions are judged for the committee progression indicator: when one has
   * stalled, and the expected cycle. Default {@link CommitteeProgressionPolicy#defaults()}.
   */
  @Value.Default
  public CommitteeProgressionPolicy committeeProgression() {
    return CommitteeProgressionPolicy.defaults();
  }

  /**
   * Relative weight of committee progression, where a committee submission was open or decided in
   * the window (elsewhere it does not apply and weighs nothing). Default 10, a starting point:
   * Prolifiq, "Healthcare Key Account Management: A Practical Guide" names value analysis committee
   * progression among the leading indicators, but gives no weight.
   */
  @Value.Default
  public BigDecimal committeeProgressionWeight() {
    return BigDecimal.valueOf(10);
  }

  /**
   * How the pipeline is weighed against the plan for the revenue trajectory indicator: the
   * probability of open opportunities. Default {@link PipelinePolicy#defaults()}.
   */
  @Value.Default
  public PipelinePolicy pipeline() {
    return PipelinePolicy.defaults();
  }

  /**
   * Relative weight of revenue trajectory, where an objective still being worked has a revenue
   * target (elsewhere it does not apply and weighs nothing). Default 10, a starting point:
   * Prolifiq, "Pharma Key Account Management" asks that the plan connect to opportunities and
   * revenue so leadership sees how account strategy translates into forecast, and names portfolio
   * revenue trajectory among what to measure, but gives no weight.
   */
  @Value.Default
  public BigDecimal revenueTrajectoryWeight() {
    return BigDecimal.valueOf(10);
  }

  /**
   * Relative weight of formulary wins. Lagging indicators weigh 60 of 100 by default, 70 of 110
   * where revenue trajectory applies.
   */
  @Value.Default
  public BigDecimal formularyWinsWeight() {
    return BigDecimal.valueOf(15);
  }

  /** Relative weight of the volume trend. */
  @Value.Default
  public BigDecimal volumeTrendWeight() {
    return BigDecimal.valueOf(10);
  }

  /** Relative weight of contract value in force. */
  @Value.Default
  public BigDecimal contractValueWeight() {
    return BigDecimal.valueOf(10);
  }

  /** Relative weight of contract renewal. */
  @Value.Default
  public BigDecimal renewalWeight() {
    return BigDecimal.valueOf(15);
  }

  /** Relative weight of net revenue retention. */
  @Value.Default
  public BigDecimal netRevenueRetentionWeight() {
    return BigDecimal.valueOf(10);
  }

  /** Scores at or above this are green, unless a colour rule holds the status at amber. */
  @Value.Default
  public BigDecimal greenFrom() {
    return BigDecimal.valueOf(70);
  }

  /** Scores at or above this are amber; below, red. */
  @Value.Default
  public BigDecimal amberFrom() {
    return BigDecimal.valueOf(40);
  }

  /** When true, a formulary listing lost in the window and not regained makes it at least amber. */
  @Value.Default
  public boolean lostListingIsAtLeastAmber() {
    return true;
  }

  /**
   * When true, a contract that lapsed in the window, or ends within the notice period, without a
   * successor makes it at least amber.
   */
  @Value.Default
  public boolean unrenewedContractIsAtLeastAmber() {
    return true;
  }

  /**
   * When true, an account with no new relationship, no committee access gained, no initiative
   * launched and no committee submission approved in the window is at least amber, however good its
   * numbers: leading indicators predict lagging ones, so leaders should intervene before the
   * numbers move (Prolifiq, "Pharma Key Account Management").
   */
  @Value.Default
  public boolean noLeadingMomentumIsAtLeastAmber() {
    return true;
  }

  /** The relative weight of one indicator. */
  public BigDecimal weightOf(HealthIndicator indicator) {
    return switch (indicator) {
      case NEW_RELATIONSHIPS -> newRelationshipsWeight();
      case COMMITTEE_ACCESS -> committeeAccessWeight();
      case INITIATIVES -> initiativesWeight();
      case SHARE_OF_VOICE -> shareOfVoiceWeight();
      case COMMITTEE_PROGRESSION -> committeeProgressionWeight();
      case FORMULARY_WINS -> formularyWinsWeight();
      case VOLUME_TREND -> volumeTrendWeight();
      case CONTRACT_VALUE -> contractValueWeight();
      case RENEWAL -> renewalWeight();
      case NET_REVENUE_RETENTION -> netRevenueRetentionWeight();
      case REVENUE_TRAJECTORY -> revenueTrajectoryWeight();
    };
  }

  @Value.Check
  protected void check() {
    ModelCheck check =
        ModelCheck.of("HealthPolicy", version())
            .nonBlank("version", version())
            .between("lookBackDays", lookBackDays(), 1, 3_650)
            .between("renewalNoticeDays", renewalNoticeDays(), 0, 3_650)
            .between("newRelationshipsTarget", newRelationshipsTarget(), 1, 1_000)
            .between("committeeAccessTarget", committeeAccessTarget(), 1, 100)
            .between("initiativesTarget", initiativesTarget(), 1, 100)
            .between("formularyWinsTarget", formularyWinsTarget(), 1, 1_000)
            .notAbove("amberFrom", amberFrom(), "greenFrom", greenFrom())
            .between("greenFrom", greenFrom(), BigDecimal.ZERO, BigDecimal.valueOf(100))
            .notNegative("amberFrom", amberFrom());
    for (HealthIndicator indicator : HealthIndicator.values()) {
      check.notNegative(weightField(indicator), weightOf(indicator));
    }
    check.require(
        newRelationshipsWeight().add(initiativesWeight()).signum() > 0,
        "newRelationshipsWeight",
        newRelationshipsWeight(),
        HealthCode.POLICY_ALWAYS_APPLYING_UNWEIGHTED);
    check.throwIfInvalid();
  }

  /** The policy's field that holds the weight of {@code indicator}. */
  private static String weightField(HealthIndicator indicator) {
    return switch (indicator) {
      case NEW_RELATIONSHIPS -> "newRelationshipsWeight";
      case COMMITTEE_ACCESS -> "committeeAccessWeight";
      case INITIATIVES -> "initiativesWeight";
      case SHARE_OF_VOICE -> "shareOfVoiceWeight";
      case COMMITTEE_PROGRESSION -> "committeeProgressionWeight";
      case FORMULARY_WINS -> "formularyWinsWeight";
      case VOLUME_TREND -> "volumeTrendWeight";
      case CONTRACT_VALUE -> "contractValueWeight";
      case RENEWAL -> "renewalWeight";
      case NET_REVENUE_RETENTION -> "netRevenueRetentionWeight";
      case REVENUE_TRAJECTORY -> "revenueTrajectoryWeight";
    };
  }
}
