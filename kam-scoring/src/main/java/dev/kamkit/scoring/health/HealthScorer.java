package dev.kamkit.scoring.health;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.WeightedScore;
import dev.kamkit.scoring.committee.CommitteeProgression;
import dev.kamkit.scoring.committee.CommitteeProgressionResult;
import dev.kamkit.scoring.pipeline.PipelineAnalysis;
import dev.kamkit.scoring.pipeline.PipelineResult;
import dev.kamkit.scoring.voice.ShareOfVoice;
import dev.kamkit.scoring.voice.ShareOfVoiceResult;
import dev.kamkit.scoring.whitespace.WhitespaceScorer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Scores account health: are the things that predict results moving, and are the results there?
 *
 * <pre>{@code
 * HealthScorer scorer = HealthScorer.of(HealthPolicy.defaults());
 * HealthResult health = scorer.score(account, LocalDate.of(2026, 11, 22));
 * System.out.println(health.explain());
 * }</pre>
 *
 * <p>Three leading indicators count what happened in the look-back window: new stakeholder
 * relationships, key committees first reached through a voting member, shared-value initiatives
 * launched; a fourth, share of voice, sets our field interactions against the competitors' where
 * the host records them (Veeva Business Consulting, "Unlocking True KAM Transformation"); a fifth,
 * committee progression, reads the committee submissions active in the window, moving or approved
 * against stalled or rejected. Six lagging indicators read the results: formulary wins in the
 * window, the volume trend and net revenue retention (latest complete fiscal year against the one
 * before), contract value in force against the window's start, renewal of the contracts around the
 * scoring day, and the revenue trajectory, won and weighted pipeline against the plan's revenue
 * targets (Prolifiq's "Pharma Key Account Management" and "Healthcare Key Account Management: A
 * Practical Guide"). A lagging indicator without host data does not apply, and its reason says
 * which data would enable it; its weight is shared out among the others, never scored as zero.
 *
 * <p>The score's band sets the colour; a formulary listing lost and not regained, a contract
 * without a successor, or no leading momentum at all (no new relationship, committee access,
 * initiative or committee approval) holds an otherwise green account at amber. Adding a
 * relationship that started in the window never lowers the score or worsens the colour.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class HealthScorer {
  private final HealthPolicy policy;

  private HealthScorer(HealthPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  /** A scorer using {@code policy}. */
  public static HealthScorer of(HealthPolicy policy) {
    return new HealthScorer(policy);
  }

  /** A scorer using {@link HealthPolicy#defaults()}. */
  public static HealthScorer withDefaults() {
    return new HealthScorer(HealthPolicy.defaults());
  }

  /** The policy in use. */
  public HealthPolicy policy() {
    return policy;
  }

  /**
   * Scores {@code account} as of {@code asOf}; nothing after {@code asOf} counts. Judges the
   * account's committee progression, weighs its pipeline and measures its share of voice by the
   * policy's {@link HealthPolicy#committeeProgression()}, {@link HealthPolicy#pipeline()} and
   * {@link HealthPolicy#shareOfVoice()}; where those results are at hand, {@link #score(KeyAccount,
   * LocalDate, CommitteeProgressionResult, PipelineResult, ShareOfVoiceResult)} saves computing
   * them twice.
   */
  public HealthResult score(KeyAccount account, LocalDate asOf) {
    requireNonNull(account, "account");
    requireNonNull(asOf, "asOf");
    return score(
        account,
        asOf,
        CommitteeProgression.of(policy.committeeProgression()).evaluate(account, asOf),
        PipelineAnalysis.of(policy.pipeline())
            .evaluate(account, WhitespaceScorer.withDefaults().score(account, asOf)),
        ShareOfVoice.of(policy.shareOfVoice()).evaluate(account, asOf));
  }

  /**
   * Scores {@code account} as of {@code asOf} with its committee progression, pipeline analysis and
   * share of voice already at hand, each of the same account and day, by the policy's {@link
   * HealthPolicy#committeeProgression()}, a pipeline policy of {@link HealthPolicy#pipeline()}'s
   * version and the policy's {@link HealthPolicy#shareOfVoice()}.
   *
   * @throws IllegalArgumentException if {@code committee}, {@code pipeline} or {@code voice} is
   *     about another account or day, or was judged by another policy
   */
  public HealthResult score(
      KeyAccount account,
      LocalDate asOf,
      CommitteeProgressionResult committee,
      PipelineResult pipeline,
      ShareOfVoiceResult voice) {
    requireNonNull(account, "account");
    requireNonNull(asOf, "asOf");
    requireNonNull(committee, "committee");
    requireNonNull(pipeline, "pipeline");
    requireNonNull(voice, "voice");
    // the pipeline result carries only its policy's version
    requireHandedOver(
        committee,
        account,
        asOf,
        committee.policy().equals(policy.committeeProgression()),
        policy.committeeProgression().version());
    requireHandedOver(
        pipeline,
        account,
        asOf,
        pipeline.policyVersion().equals(policy.pipeline().version()),
        policy.pipeline().version());
    requireHandedOver(
        voice,
        account,
        asOf,
        voice.policy().equals(policy.shareOfVoice()),
        policy.shareOfVoice().version());
    Window window = Window.lookingBack(asOf, policy.lookBackDays());
    LeadingIndicators leading = new LeadingIndicators(account, policy, window);
    FiscalTrends fiscal = new FiscalTrends(account, policy, asOf);
    List<Measure> measures =
        List.of(
            leading.newRelationships(),
            new CommitteeAccess(account, policy, window).measure(),
            leading.initiatives(),
            VoiceIndicator.measure(voice),
            ProgressionIndicator.measure(committee, window),
            new FormularyWins(account, policy, window).measure(),
            fiscal.volumeTrend(),
            new ContractValue(account, policy, window).measure(),
            new Renewals(account, policy, window).measure(),
            fiscal.netRevenueRetention(),
            RevenueTrajectory.measure(account, pipeline, window));
    Score score = score(HealthCode.TITLE, measures, m -> true);
    Score leadingScore = score(HealthCode.TITLE_LEADING, measures, this::isLeading);
    boolean laggingWeighs =
        measures.stream()
            .anyMatch(
                m ->
                    !m.indicator().isLeading()
                        && m.applicable()
                        && policy.weightOf(m.indicator()).signum() > 0);
    Optional<Score> laggingScore =
        laggingWeighs
            ? Optional.of(score(HealthCode.TITLE_LAGGING, measures, m -> !isLeading(m)))
            : Optional.empty();
    HealthColour.Colour colour = HealthColour.of(score, measures, policy, window);
    return HealthResult.builder()
        .account(account.id())
        .asOf(asOf)
        .score(score)
        .leading(leadingScore)
        .lagging(laggingScore)
        .status(colour.status())
        .statusReason(colour.reason())
        .colourRules(colour.rules())
        .policy(policy)
        .build();
  }

  /**
   * Refuses a result handed over that cannot stand for the one this scorer would compute: about
   * another account or day, or judged by another policy than health's ({@code samePolicy} false).
   */
  private static void requireHandedOver(
      AccountResult result,
      KeyAccount account,
      LocalDate asOf,
      boolean samePolicy,
      String healthsVersion) {
    if (!result.account().equals(account.id()) || !result.asOf().equals(asOf)) {
      throw new IllegalArgumentException(
          "a result about "
              + result.account()
              + " on "
              + result.asOf()
              + " cannot stand for "
              + account.id()
              + " on "
              + asOf);
    }
    if (!samePolicy) {
      throw new IllegalArgumentException(
          "a result about "
              + account.id()
              + " was judged by another policy (version "
              + result.policyVersion()
              + ") than health's (version "
              + healthsVersion
              + ")");
    }
  }

  private boolean isLeading(Measure m) {
    return m.indicator().isLeading();
  }

  private Score score(HealthCode title, List<Measure> measures, Predicate<Measure> which) {
    WeightedScore score = WeightedScore.named(Message.of(title));
    for (Measure m : measures) {
      if (!which.test(m)) {
        continue;
      }
      HealthIndicator indicator = m.indicator();
      Message label = Message.of(HealthCode.INDICATOR, Arg.of(indicator));
      if (m.applicable()) {
        score.add(indicator.key(), label, policy.weightOf(indicator), m.fulfilment(), m.reasons());
      } else {
        score.notApplicable(indicator.key(), label, m.reasons());
      }
    }
    return score.build();
  }
}
