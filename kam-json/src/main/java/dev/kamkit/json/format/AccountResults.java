package dev.kamkit.json.format;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.compliance.ComplianceReport;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.engagement.EngagementAssessment;
import dev.kamkit.rules.evaluation.AccountEvaluation;
import dev.kamkit.rules.maturity.MaturityResult;
import dev.kamkit.rules.maturity.RelationshipStageResult;
import dev.kamkit.rules.tiering.TierResult;
import dev.kamkit.scoring.committee.CommitteeProgressionResult;
import dev.kamkit.scoring.completeness.CompletenessResult;
import dev.kamkit.scoring.coverage.CoverageResult;
import dev.kamkit.scoring.coverage.NextStakeholder;
import dev.kamkit.scoring.coverage.TurnoverImpact;
import dev.kamkit.scoring.health.HealthResult;
import dev.kamkit.scoring.pipeline.PipelineResult;
import dev.kamkit.scoring.voice.ShareOfVoiceResult;
import dev.kamkit.scoring.whitespace.WhitespaceResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The results computed for one account, whichever the host computed; each is empty when it was not.
 * Every result present is about {@link #account()}. Take them all from an evaluation with {@link
 * #of(AccountEvaluation)}, or build one with {@link #builder(AccountId)}:
 *
 * <pre>{@code
 * AccountResults results = AccountResults.builder(account.id())
 *     .coverage(coverageScorer.score(keyAccount, asOf))
 *     .maturity(classifier.classify(keyAccount, asOf))
 *     .build();
 * }</pre>
 *
 * @param account the account
 * @param coverage its relationship coverage
 * @param completeness the completeness of its plan
 * @param whitespace its whitespace analysis
 * @param health its health
 * @param maturity its KAM maturity stage
 * @param engagement its engagement model assessment
 * @param tier its tier
 * @param compliance its compliance findings, with the packs that ran; every finding is about this
 *     account
 * @param relationship its Cranfield relationship stage (format 2.1)
 * @param nextStakeholders who to engage next for the most coverage, best first; empty when not
 *     computed or when nobody would raise coverage (format 2.1)
 * @param turnoverExposure what each of our people would take away by leaving, largest loss first;
 *     empty when not computed or when nobody of ours holds anyone (format 2.1)
 * @param pipeline its plan against its pipeline (format 2.2)
 * @param committee its committee submissions' progression, with the policy that judged them (format
 *     2.2)
 * @param shareOfVoice its share of voice against the competitors the host records, with the policy
 *     that measured it (format 2.3)
 */
public record AccountResults(
    AccountId account,
    Optional<CoverageView> coverage,
    Optional<CompletenessView> completeness,
    Optional<WhitespaceResult> whitespace,
    Optional<HealthView> health,
    Optional<MaturityResult> maturity,
    Optional<EngagementAssessment> engagement,
    Optional<TierResult> tier,
    Optional<ComplianceReport> compliance,
    Optional<RelationshipStageResult> relationship,
    List<NextStakeholder> nextStakeholders,
    List<TurnoverImpact> turnoverExposure,
    Optional<PipelineResult> pipeline,
    Optional<CommitteeProgressionResult> committee,
    Optional<ShareOfVoiceResult> shareOfVoice) {

  /**
   * Checks that no component is null and that every result is about {@code account}. A next
   * stakeholder names no account, so it cannot be checked.
   *
   * @throws IllegalArgumentException if a result is about another account
   */
  public AccountResults {
    requireNonNull(account, "account");
    check(account, "coverage", coverage.map(CoverageView::account));
    check(account, "completeness", completeness.map(CompletenessView::account));
    check(account, "whitespace", whitespace.map(WhitespaceResult::account));
    check(account, "health", health.map(HealthView::account));
    check(account, "maturity", maturity.map(MaturityResult::account));
    check(account, "engagement", engagement.map(EngagementAssessment::account));
    check(account, "tier", tier.map(TierResult::account));
    List<Finding> findings = compliance.isPresent() ? compliance.get().findings() : List.of();
    for (Finding f : findings) {
      check(account, "compliance finding", Optional.of(f.account()));
    }
    check(account, "relationship", relationship.map(RelationshipStageResult::account));
    nextStakeholders = List.copyOf(nextStakeholders);
    turnoverExposure = List.copyOf(turnoverExposure);
    for (TurnoverImpact t : turnoverExposure) {
      check(account, "turnover impact", Optional.of(t.account()));
    }
    check(account, "pipeline", pipeline.map(PipelineResult::account));
    check(account, "committee", committee.map(CommitteeProgressionResult::account));
    check(account, "shareOfVoice", shareOfVoice.map(ShareOfVoiceResult::account));
  }

  /**
   * Every result of an evaluation that the results document carries: coverage, completeness,
   * whitespace, health, maturity, engagement, tier, the compliance findings about the account, the
   * relationship stage, the next stakeholders, the turnover exposure, the pipeline, the committee
   * progression and the share of voice. Only the packs' findings about their own configuration are
   * left out: they are not about the account.
   */
  public static AccountResults of(AccountEvaluation evaluation) {
    return builder(evaluation.account())
        .coverage(evaluation.coverage())
        .completeness(evaluation.completeness())
        .whitespace(evaluation.whitespace())
        .health(evaluation.health())
        .maturity(evaluation.maturity())
        .engagement(evaluation.engagement())
        .tier(evaluation.tier())
        .compliance(evaluation.compliance())
        .relationship(evaluation.relationship())
        .nextStakeholders(evaluation.nextStakeholders())
        .turnoverExposure(evaluation.turnoverExposure())
        .pipeline(evaluation.pipeline())
        .committee(evaluation.committee())
        .shareOfVoice(evaluation.shareOfVoice())
        .build();
  }

  /** A builder of the results of {@code account}, with none yet. */
  public static Builder builder(AccountId account) {
    return new Builder(account);
  }

  /** The day of each result present, in property order; a results document needs them equal. */
  List<LocalDate> asOfs() {
    List<LocalDate> days = new ArrayList<>();
    coverage.ifPresent(r -> days.add(r.asOf()));
    completeness.ifPresent(r -> days.add(r.asOf()));
    whitespace.ifPresent(r -> days.add(r.asOf()));
    health.ifPresent(r -> days.add(r.asOf()));
    maturity.ifPresent(r -> days.add(r.asOf()));
    engagement.ifPresent(r -> days.add(r.asOf()));
    tier.ifPresent(r -> days.add(r.asOf()));
    compliance.ifPresent(r -> days.add(r.asOf()));
    relationship.ifPresent(r -> days.add(r.asOf()));
    turnoverExposure.forEach(r -> days.add(r.asOf()));
    pipeline.ifPresent(r -> days.add(r.asOf()));
    committee.ifPresent(r -> days.add(r.asOf()));
    shareOfVoice.ifPresent(r -> days.add(r.asOf()));
    return days;
  }

  private static void check(AccountId account, String what, Optional<AccountId> about) {
    if (about.isPresent() && !about.get().equals(account)) {
      throw new IllegalArgumentException(
          "the " + what + " result is about account " + about.get() + ", not " + account);
    }
  }

  /** Builds {@link AccountResults}; each setter replaces what was set before. */
  public static final class Builder {
    private final AccountId account;
    private Optional<CoverageView> coverage = Optional.empty();
    private Optional<CompletenessView> completeness = Optional.empty();
    private Optional<WhitespaceResult> whitespace = Optional.empty();
    private Optional<HealthView> health = Optional.empty();
    private Optional<MaturityResult> maturity = Optional.empty();
    private Optional<EngagementAssessment> engagement = Optional.empty();
    private Optional<TierResult> tier = Optional.empty();
    private Optional<ComplianceReport> compliance = Optional.empty();
    private Optional<RelationshipStageResult> relationship = Optional.empty();
    private List<NextStakeholder> nextStakeholders = List.of();
    private List<TurnoverImpact> turnoverExposure = List.of();
    private Optional<PipelineResult> pipeline = Optional.empty();
    private Optional<CommitteeProgressionResult> committee = Optional.empty();
    private Optional<ShareOfVoiceResult> shareOfVoice = Optional.empty();

    private Builder(AccountId account) {
      this.account = requireNonNull(account, "account");
    }

    /** The coverage result, without its policy. */
    public Builder coverage(CoverageResult value) {
      return coverage(CoverageView.of(value));
    }

    /** The coverage result as read from a results document. */
    public Builder coverage(CoverageView value) {
      coverage = Optional.of(value);
      return this;
    }

    /** The completeness result, without its policy. */
    public Builder completeness(CompletenessResult value) {
      return completeness(CompletenessView.of(value));
    }

    /** The completeness result as read from a results document. */
    public Builder completeness(CompletenessView value) {
      completeness = Optional.of(value);
      return this;
    }

    /** The whitespace result. */
    public Builder whitespace(WhitespaceResult value) {
      whitespace = Optional.of(value);
      return this;
    }

    /** The health result, without its policy. */
    public Builder health(HealthResult value) {
      return health(HealthView.of(value));
    }

    /** The health result as read from a results document. */
    public Builder health(HealthView value) {
      health = Optional.of(value);
      return this;
    }

    /** The maturity result. */
    public Builder maturity(MaturityResult value) {
      maturity = Optional.of(value);
      return this;
    }

    /** The engagement assessment. */
    public Builder engagement(EngagementAssessment value) {
      engagement = Optional.of(value);
      return this;
    }

    /** The tier result. */
    public Builder tier(TierResult value) {
      tier = Optional.of(value);
      return this;
    }

    /**
     * The compliance report, keeping only the findings about this account (so a portfolio's report
     * can be given to each account's builder).
     */
    public Builder compliance(ComplianceReport value) {
      compliance =
          Optional.of(
              ComplianceReport.builder()
                  .from(value)
                  .findings(
                      value.findings().stream().filter(f -> f.account().equals(account)).toList())
                  .build());
      return this;
    }

    /** The relationship stage result. */
    public Builder relationship(RelationshipStageResult value) {
      relationship = Optional.of(value);
      return this;
    }

    /** Who to engage next, best first, as {@code CoverageScorer.nextStakeholders} gives them. */
    public Builder nextStakeholders(List<NextStakeholder> value) {
      nextStakeholders = List.copyOf(value);
      return this;
    }

    /**
     * What each of our people would take away by leaving, as {@code
     * CoverageScorer.turnoverExposure} gives it.
     */
    public Builder turnoverExposure(List<TurnoverImpact> value) {
      turnoverExposure = List.copyOf(value);
      return this;
    }

    /** The pipeline analysis, as {@code PipelineAnalysis.evaluate} gives it. */
    public Builder pipeline(PipelineResult value) {
      pipeline = Optional.of(value);
      return this;
    }

    /** The committee progression, as {@code CommitteeProgression.evaluate} gives it. */
    public Builder committee(CommitteeProgressionResult value) {
      committee = Optional.of(value);
      return this;
    }

    /** The share of voice, as {@code ShareOfVoice.evaluate} gives it. */
    public Builder shareOfVoice(ShareOfVoiceResult value) {
      shareOfVoice = Optional.of(value);
      return this;
    }

    /**
     * The results.
     *
     * @throws IllegalArgumentException if a result is about another account
     */
    public AccountResults build() {
      return new AccountResults(
          account,
          coverage,
          completeness,
          whitespace,
          health,
          maturity,
          engagement,
          tier,
          compliance,
          relationship,
          nextStakeholders,
          turnoverExposure,
          pipeline,
          committee,
          shareOfVoice);
    }
  }
}
