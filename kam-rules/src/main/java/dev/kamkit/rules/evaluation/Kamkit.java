package dev.kamkit.rules.evaluation;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.rules.compliance.ComplianceReport;
import dev.kamkit.rules.compliance.ComplianceValidator;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RulePack;
import dev.kamkit.rules.compliance.conduct.ConductPack;
import dev.kamkit.rules.compliance.efpia.EfpiaPack;
import dev.kamkit.rules.compliance.firewall.FirewallPack;
import dev.kamkit.rules.compliance.france.FrancePack;
import dev.kamkit.rules.compliance.offlabel.OffLabelPack;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsPack;
import dev.kamkit.rules.compliance.rationale.RationalePack;
import dev.kamkit.rules.compliance.states.UsStatesPack;
import dev.kamkit.rules.compliance.uk.UkPack;
import dev.kamkit.rules.engagement.EngagementAssessment;
import dev.kamkit.rules.engagement.EngagementAssessor;
import dev.kamkit.rules.engagement.EngagementInputs;
import dev.kamkit.rules.engagement.SamAllocator;
import dev.kamkit.rules.maturity.MaturityClassifier;
import dev.kamkit.rules.maturity.RelationshipStageClassifier;
import dev.kamkit.rules.review.AccountReview;
import dev.kamkit.rules.review.AccountReviewer;
import dev.kamkit.rules.review.AccountSnapshot;
import dev.kamkit.rules.review.PortfolioReview;
import dev.kamkit.rules.tiering.PortfolioTiering;
import dev.kamkit.rules.tiering.TierResult;
import dev.kamkit.rules.tiering.Tiering;
import dev.kamkit.scoring.committee.CommitteePortfolioResult;
import dev.kamkit.scoring.committee.CommitteeProgression;
import dev.kamkit.scoring.committee.CommitteeProgressionResult;
import dev.kamkit.scoring.completeness.CompletenessResult;
import dev.kamkit.scoring.completeness.CompletenessScorer;
import dev.kamkit.scoring.coverage.CoverageResult;
import dev.kamkit.scoring.coverage.CoverageScorer;
import dev.kamkit.scoring.health.HealthScorer;
import dev.kamkit.scoring.health.UnderServedAccounts;
import dev.kamkit.scoring.pipeline.PipelineAnalysis;
import dev.kamkit.scoring.pipeline.PipelineResult;
import dev.kamkit.scoring.voice.ShareOfVoice;
import dev.kamkit.scoring.voice.ShareOfVoicePortfolioResult;
import dev.kamkit.scoring.voice.ShareOfVoiceResult;
import dev.kamkit.scoring.whitespace.WhitespaceResult;
import dev.kamkit.scoring.whitespace.WhitespaceScorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way in: evaluates a key account or a portfolio with every scorer, classifier and
 * compliance pack kamkit has.
 *
 * <pre>{@code
 * Kamkit kamkit = Kamkit.withDefaults();
 * AccountEvaluation e = kamkit.evaluate(account, LocalDate.of(2026, 11, 2));
 * System.out.println(e.coverage().explain());
 * PortfolioEvaluation p = kamkit.evaluate(portfolio, asOf);
 * p.sam().selected();
 * }</pre>
 *
 * <p>Host ratings of the engagement factors are read from each account's typed facts ({@link
 * EngagementInputs#fromFacts}). Each account is assessed on the engagement grid once, and that
 * assessment is tiered and allocated for strategic account management; the whitespace grid is read
 * once, and its result is what the pipeline analysis looks for in the pipeline. Share of voice is
 * measured once per account; its roll-up against peers is what under-served accounts read when both
 * use the same share-of-voice policy. Compliance packs run where {@link KamkitPolicies#packScope()}
 * says they apply; findings about the packs' own policies are kept apart ({@link
 * AccountEvaluation#configuration()}).
 *
 * <p>Instances are thread-safe and, but for a cache of validators by set of packs, immutable; the
 * evaluation reads no clock and does no I/O.
 */
public final class Kamkit {
  private final KamkitPolicies policies;
  private final CoverageScorer coverage;
  private final CompletenessScorer completeness;
  private final WhitespaceScorer whitespace;
  private final HealthScorer health;
  private final PipelineAnalysis pipeline;
  private final CommitteeProgression committee;
  private final ShareOfVoice voice;
  private final UnderServedAccounts underServed;
  private final MaturityClassifier maturity;
  private final RelationshipStageClassifier relationship;
  private final EngagementAssessor engagement;
  private final Tiering tiering;
  private final SamAllocator sam;
  private final List<RulePack> packs;
  private final AccountReviewer reviewer;

  /**
   * A validator per set of packs that apply together, made when first needed: few sets occur (one
   * per jurisdiction), and each validator indexes its packs' rules once.
   */
  private final Map<List<RulePack>, ComplianceValidator> validators = new ConcurrentHashMap<>();

  /** True when maturity judges the plan under the completeness policy reported: scored once. */
  private final boolean sharesCompleteness;

  /**
   * True when under-served accounts judge share of voice by the policy reported: measured once, the
   * portfolio's roll-up handed over.
   */
  private final boolean sharesVoice;

  /**
   * True when health reads committee progression, the pipeline and share of voice under the
   * policies reported: each judged once, the results handed over.
   */
  private final boolean healthSharesFeeds;

  private Kamkit(KamkitPolicies policies) {
    this.policies = requireNonNull(policies, "policies");
    this.coverage = CoverageScorer.of(policies.coverage());
    this.completeness = CompletenessScorer.of(policies.completeness());
    this.whitespace = WhitespaceScorer.of(policies.whitespace());
    this.health = HealthScorer.of(policies.health());
    this.pipeline = PipelineAnalysis.of(policies.pipeline());
    this.committee = CommitteeProgression.of(policies.committee());
    this.voice = ShareOfVoice.of(policies.shareOfVoice());
    this.sharesVoice = policies.underServed().shareOfVoice().equals(policies.shareOfVoice());
    this.underServed = UnderServedAccounts.of(policies.underServed());
    this.maturity = MaturityClassifier.of(policies.maturity());
    this.sharesCompleteness = policies.maturity().completeness().equals(policies.completeness());
    this.healthSharesFeeds =
        policies.health().committeeProgression().equals(policies.committee())
            && policies.health().pipeline().equals(policies.pipeline())
            && policies.health().shareOfVoice().equals(policies.shareOfVoice());
    this.relationship = RelationshipStageClassifier.of(policies.relationshipStage());
    this.engagement = EngagementAssessor.of(policies.engagement());
    this.tiering = Tiering.of(policies.tiering().withEngagement(policies.engagement()));
    this.sam = SamAllocator.of(policies.sam());
    this.packs =
        List.of(
            OpenPaymentsPack.of(policies.openPayments()),
            ConductPack.of(policies.conduct()),
            OffLabelPack.of(policies.offLabel()),
            UsStatesPack.of(policies.usStates()),
            FirewallPack.of(policies.firewall()),
            RationalePack.of(policies.rationale()),
            EfpiaPack.of(policies.efpia()),
            FrancePack.of(policies.france()),
            UkPack.of(policies.uk()));
    this.reviewer = AccountReviewer.of(policies.review());
  }

  /** The evaluator with {@link KamkitPolicies#defaults()}. */
  public static Kamkit withDefaults() {
    return new Kamkit(KamkitPolicies.defaults());
  }

  /** The evaluator with the host's {@code policies}. */
  public static Kamkit of(KamkitPolicies policies) {
    return new Kamkit(policies);
  }

  /** The policies in use. */
  public KamkitPolicies policies() {
    return policies;
  }

  /** Every compliance pack the evaluator knows, whether or not it applies to a given account. */
  public List<RulePack> packs() {
    return packs;
  }

  /**
   * Evaluates one account as of {@code asOf}. Its tier is on absolute cut-offs; what spans accounts
   * (tier 1 crowding, the SAM cap, under-served accounts) needs {@link #evaluate(Portfolio,
   * LocalDate)}.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if a custom attribute meant as an
   *     engagement rating is not one
   */
  public AccountEvaluation evaluate(KeyAccount account, LocalDate asOf) {
    requireNonNull(account, "account");
    requireNonNull(asOf, "asOf");
    EngagementAssessment assessment = engagement.assess(account, inputs(account), asOf);
    TierResult tier = tiering.tier(assessment, account.account().tier());
    return evaluate(account, asOf, assessment, tier);
  }

  /**
   * Evaluates every account of {@code portfolio} as of {@code asOf}, and the portfolio as a whole.
   *
   * @throws dev.kamkit.model.base.InvalidModelException if a custom attribute meant as an
   *     engagement rating is not one
   */
  public PortfolioEvaluation evaluate(Portfolio portfolio, LocalDate asOf) {
    requireNonNull(portfolio, "portfolio");
    requireNonNull(asOf, "asOf");
    List<EngagementAssessment> assessments = new ArrayList<>();
    List<TierResult> tiers = new ArrayList<>();
    for (KeyAccount account : portfolio.accounts()) {
      EngagementAssessment assessment = engagement.assess(account, inputs(account), asOf);
      assessments.add(assessment);
      tiers.add(tiering.tier(assessment, account.account().tier()));
    }
    PortfolioTiering portfolioTiering = tiering.summarise(tiers, asOf);
    List<AccountEvaluation> accounts = new ArrayList<>();
    // the same rule saying the same thing is one configuration problem, whichever account met it
    Map<List<Object>, Finding> configuration = new LinkedHashMap<>();
    List<CommitteeProgressionResult> committees = new ArrayList<>();
    List<ShareOfVoiceResult> voices = new ArrayList<>();
    for (int i = 0; i < portfolio.accounts().size(); i++) {
      AccountEvaluation e =
          evaluate(portfolio.accounts().get(i), asOf, assessments.get(i), tiers.get(i));
      accounts.add(e);
      committees.add(e.committee());
      voices.add(e.shareOfVoice());
      for (Finding f : e.configuration()) {
        configuration.putIfAbsent(List.of(f.ruleId(), f.message()), f);
      }
    }
    ShareOfVoicePortfolioResult peerVoice = shareOfVoice(voices, asOf);
    return PortfolioEvaluation.builder()
        .asOf(asOf)
        .accounts(accounts)
        .tiering(portfolioTiering)
        .sam(sam.allocate(assessments, asOf))
        .underServed(
            sharesVoice
                ? underServed.assess(portfolio, asOf, peerVoice)
                : underServed.assess(portfolio, asOf))
        .committee(committee(committees, asOf))
        .shareOfVoice(peerVoice)
        .complianceAcrossAccounts(
            validators
                .computeIfAbsent(packs, ComplianceValidator::of)
                .validateAcross(portfolio.accounts(), asOf, policies.packScope()::applies))
        .configuration(configuration.values())
        .build();
  }

  /**
   * What changed in an account between the last review and now: {@code previous} as it stood on
   * {@code previousAsOf} against {@code current} on {@code asOf}, each evaluated on its day.
   *
   * @throws IllegalArgumentException if the two are different accounts, or {@code previousAsOf} is
   *     after {@code asOf}
   */
  public AccountReview review(
      KeyAccount previous, LocalDate previousAsOf, KeyAccount current, LocalDate asOf) {
    requireNonNull(previous, "previous");
    requireNonNull(current, "current");
    return reviewer.review(snapshot(previous, previousAsOf), snapshot(current, asOf));
  }

  /**
   * The account as it stands on {@code asOf} with what this evaluator judges of it: what a host
   * stores at a quarterly review to review against at the next, with {@link
   * AccountReviewer#review(AccountSnapshot, AccountSnapshot)}.
   */
  public AccountSnapshot snapshot(KeyAccount account, LocalDate asOf) {
    requireNonNull(account, "account");
    return snapshot(account, evaluate(account, asOf));
  }

  /**
   * What changed in a portfolio between the last review and now, each side evaluated on its day:
   * accounts matched by id, an account that joined or left a change of its own.
   *
   * @throws IllegalArgumentException if {@code previousAsOf} is after {@code asOf}
   */
  public PortfolioReview review(
      Portfolio previous, LocalDate previousAsOf, Portfolio current, LocalDate asOf) {
    return review(previous, evaluate(previous, previousAsOf), current, evaluate(current, asOf));
  }

  /**
   * Like {@link #review(Portfolio, LocalDate, Portfolio, LocalDate)} for portfolios already
   * evaluated, each by this evaluator: {@code previousEvaluation} of {@code previous}, {@code
   * evaluation} of {@code current}.
   *
   * @throws IllegalArgumentException if an evaluation lacks an account of its portfolio
   */
  public PortfolioReview review(
      Portfolio previous,
      PortfolioEvaluation previousEvaluation,
      Portfolio current,
      PortfolioEvaluation evaluation) {
    return reviewer.review(
        snapshots(previous, previousEvaluation),
        previousEvaluation.asOf(),
        snapshots(current, evaluation),
        evaluation.asOf());
  }

  private List<AccountSnapshot> snapshots(Portfolio portfolio, PortfolioEvaluation evaluation) {
    List<AccountSnapshot> snapshots = new ArrayList<>();
    for (KeyAccount account : portfolio.accounts()) {
      AccountEvaluation e =
          evaluation
              .account(account.id())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "the evaluation of "
                              + evaluation.asOf()
                              + " has no account "
                              + account.id()));
      snapshots.add(snapshot(account, e));
    }
    return snapshots;
  }

  private static AccountSnapshot snapshot(KeyAccount account, AccountEvaluation e) {
    return AccountSnapshot.builder()
        .account(account)
        .asOf(e.asOf())
        .tier(e.tier())
        .maturity(e.maturity())
        .relationship(e.relationship())
        .engagement(e.engagement())
        .coverage(e.coverage())
        .completeness(e.completeness())
        .whitespace(e.whitespace())
        .health(e.health())
        .committee(e.committee())
        .build();
  }

  private AccountEvaluation evaluate(
      KeyAccount account, LocalDate asOf, EngagementAssessment assessment, TierResult tier) {
    List<RulePack> applying = new ArrayList<>();
    for (RulePack pack : packs) {
      if (policies.packScope().applies(pack, account)) {
        applying.add(pack);
      }
    }
    ComplianceReport all =
        validators.computeIfAbsent(applying, ComplianceValidator::of).validate(account, asOf);
    List<Finding> aboutAccount = new ArrayList<>();
    List<Finding> aboutPolicies = new ArrayList<>();
    for (Finding f : all.findings()) {
      (f.isConfiguration() ? aboutPolicies : aboutAccount).add(f);
    }
    CompletenessResult plan = completeness.score(account, asOf);
    CoverageResult covered = coverage.score(account, asOf);
    WhitespaceResult grid = whitespace.score(account, asOf);
    PipelineResult plannedPipeline = pipeline.evaluate(account, grid);
    CommitteeProgressionResult progression = committee.evaluate(account, asOf);
    ShareOfVoiceResult voiced = voice.evaluate(account, asOf);
    return AccountEvaluation.builder()
        .account(account.id())
        .accountName(account.account().name())
        .asOf(asOf)
        .tier(tier)
        .maturity(
            sharesCompleteness
                ? maturity.classify(account, asOf, plan)
                : maturity.classify(account, asOf))
        .relationship(relationship.classify(account, asOf))
        .engagement(assessment)
        .coverage(covered)
        .nextStakeholders(coverage.nextStakeholders(account, covered))
        .turnoverExposure(coverage.turnoverExposure(account, covered))
        .completeness(plan)
        .whitespace(grid)
        .health(
            healthSharesFeeds
                ? health.score(account, asOf, progression, plannedPipeline, voiced)
                : health.score(account, asOf))
        .pipeline(plannedPipeline)
        .committee(progression)
        .shareOfVoice(voiced)
        .compliance(ComplianceReport.copyOf(all).withFindings(aboutAccount))
        .configuration(aboutPolicies)
        .build();
  }

  /** The accounts' committee progression rolled up; a portfolio without accounts has none. */
  private CommitteePortfolioResult committee(
      List<CommitteeProgressionResult> accounts, LocalDate asOf) {
    return accounts.isEmpty()
        ? CommitteePortfolioResult.builder()
            .asOf(asOf)
            .policy(committee.policy())
            .accounts(accounts)
            .build()
        : committee.rollUp(accounts);
  }

  /** The accounts' share of voice against their peers; a portfolio without accounts has none. */
  private ShareOfVoicePortfolioResult shareOfVoice(
      List<ShareOfVoiceResult> accounts, LocalDate asOf) {
    return accounts.isEmpty()
        ? ShareOfVoicePortfolioResult.builder().asOf(asOf).policy(voice.policy()).build()
        : voice.rollUp(accounts);
  }

  private static EngagementInputs inputs(KeyAccount account) {
    return EngagementInputs.fromFacts(account.account());
  }
}
