package dev.kamkit.json.deser;

import dev.kamkit.json.format.AccountResults;
import dev.kamkit.json.format.CompletenessView;
import dev.kamkit.json.format.CoverageView;
import dev.kamkit.json.format.FormatVersion;
import dev.kamkit.json.format.HealthView;
import dev.kamkit.json.format.IdType;
import dev.kamkit.json.format.PortfolioResults;
import dev.kamkit.json.format.ResultsDocument;
import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.committee.SubmissionDecision;
import dev.kamkit.model.committee.SubmissionStage;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.CommitteeSubmissionId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.OpportunityId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.rules.compliance.ComplianceReport;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.Severity;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.criteria.Outcome;
import dev.kamkit.rules.engagement.Axis;
import dev.kamkit.rules.engagement.AxisScore;
import dev.kamkit.rules.engagement.EngagementAssessment;
import dev.kamkit.rules.engagement.EngagementModel;
import dev.kamkit.rules.engagement.Factor;
import dev.kamkit.rules.engagement.FactorAssessment;
import dev.kamkit.rules.engagement.HeldBack;
import dev.kamkit.rules.engagement.InputSource;
import dev.kamkit.rules.engagement.Rating;
import dev.kamkit.rules.engagement.Recommendation;
import dev.kamkit.rules.engagement.RecommendationRole;
import dev.kamkit.rules.engagement.SamAllocation;
import dev.kamkit.rules.maturity.ContactStructure;
import dev.kamkit.rules.maturity.MaturityResult;
import dev.kamkit.rules.maturity.MaturityStage;
import dev.kamkit.rules.maturity.RelationshipStage;
import dev.kamkit.rules.maturity.RelationshipStageResult;
import dev.kamkit.rules.maturity.StageResult;
import dev.kamkit.rules.tiering.PortfolioTiering;
import dev.kamkit.rules.tiering.TierResult;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.RagStatus;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.ScoreComponent;
import dev.kamkit.scoring.committee.CommitteePortfolioResult;
import dev.kamkit.scoring.committee.CommitteeProgressionPolicy;
import dev.kamkit.scoring.committee.CommitteeProgressionResult;
import dev.kamkit.scoring.committee.NextMeeting;
import dev.kamkit.scoring.committee.StageTime;
import dev.kamkit.scoring.committee.SubmissionProgress;
import dev.kamkit.scoring.completeness.PlanProgress;
import dev.kamkit.scoring.completeness.Progress;
import dev.kamkit.scoring.coverage.AccountScale;
import dev.kamkit.scoring.coverage.NextStakeholder;
import dev.kamkit.scoring.coverage.TurnoverImpact;
import dev.kamkit.scoring.health.AccountFocus;
import dev.kamkit.scoring.health.UnderServedPolicy;
import dev.kamkit.scoring.health.UnderServedReport;
import dev.kamkit.scoring.pipeline.PipelineResult;
import dev.kamkit.scoring.pipeline.TargetCoverage;
import dev.kamkit.scoring.voice.CompetitorVoice;
import dev.kamkit.scoring.voice.PeerVoice;
import dev.kamkit.scoring.voice.ShareOfVoicePolicy;
import dev.kamkit.scoring.voice.ShareOfVoicePortfolioResult;
import dev.kamkit.scoring.voice.ShareOfVoiceResult;
import dev.kamkit.scoring.whitespace.CellRef;
import dev.kamkit.scoring.whitespace.Opportunity;
import dev.kamkit.scoring.whitespace.WhitespaceResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the body of a results document. Each result takes its account from its entry and its day
 * from the document; when those cannot be read, stand-ins let the rest be checked (nothing is built
 * from a document with problems).
 */
final class ResultsReader {
  static final List<String> BODY = List.of("asOf", "accounts", "portfolio");

  static final List<String> ACCOUNT =
      List.of(
          "account",
          "coverage",
          "completeness",
          "whitespace",
          "health",
          "maturity",
          "engagement",
          "tier",
          "compliance",
          "relationship",
          "nextStakeholders",
          "turnoverExposure",
          "pipeline",
          "committee",
          "shareOfVoice");
  static final List<String> COVERAGE =
      List.of("scale", "score", "status", "statusReason", "engaged");
  static final List<String> COMPLETENESS = List.of("score", "rot", "progress");
  static final List<String> PLAN_PROGRESS = List.of("plan", "objectives", "actions", "overdue");
  static final List<String> PROGRESS = List.of("item", "completed", "total");
  static final List<String> WHITESPACE =
      List.of("policyVersion", "penetration", "addressable", "opportunities", "excluded");
  static final List<String> OPPORTUNITY =
      List.of("product", "clinicalUnit", "status", "estimatedValue", "description");
  static final List<String> HEALTH =
      List.of("score", "leading", "lagging", "status", "statusReason", "colourRules");
  static final List<String> MATURITY = List.of("accountName", "policyVersion", "stage", "stages");
  static final List<String> STAGE = List.of("stage", "criteria");
  static final List<String> CRITERION = List.of("id", "title", "outcome", "reasons");
  static final List<String> ENGAGEMENT =
      List.of(
          "accountName",
          "policyVersion",
          "complexity",
          "value",
          "strategicFit",
          "recommendations",
          "reasons");
  static final List<String> AXIS = List.of("factors", "score", "value", "cutOff", "borderlineBand");
  static final List<String> FACTOR = List.of("factor", "rating", "source", "basis");
  static final List<String> RECOMMENDATION = List.of("model", "role", "why");
  static final List<String> TIER =
      List.of(
          "accountName",
          "policyVersion",
          "tier",
          "priority",
          "score",
          "previous",
          "keptByHysteresis",
          "reasons");
  static final List<String> COMPLIANCE = List.of("packs", "findings");
  static final List<String> RELATIONSHIP =
      List.of(
          "accountName",
          "policyVersion",
          "stage",
          "fallingFrom",
          "structure",
          "ourPeople",
          "theirPeople",
          "ourFunctions",
          "theirFunctions",
          "activeLinks",
          "evidence",
          "signals",
          "missingForNext");
  static final List<String> NEXT_STAKEHOLDER =
      List.of("stakeholder", "teamMember", "gain", "coverageAfter", "relationship", "why");
  static final List<String> TURNOVER_IMPACT =
      List.of(
          "policyVersion",
          "teamMember",
          "before",
          "after",
          "orphaned",
          "statusAfter",
          "statusReasonAfter");
  static final List<String> PIPELINE =
      List.of(
          "policyVersion",
          "openCount",
          "openPipeline",
          "weightedPipeline",
          "targets",
          "unbackedObjectives",
          "unalignedOpportunities",
          "whitespaceInPipeline",
          "whitespaceUnworked",
          "reasons");
  static final List<String> TARGET_COVERAGE = List.of("objective", "target", "won", "weighted");
  static final List<String> CELL = List.of("product", "clinicalUnit");
  static final List<String> COMMITTEE =
      List.of("policy", "submissions", "approved", "judged", "stageTimes", "nextMeetings");
  static final List<String> COMMITTEE_POLICY =
      List.of("version", "expectedCycleDays", "overdueAfterDays");
  static final List<String> SUBMISSION_PROGRESS =
      List.of(
          "submission",
          "decisionBody",
          "stage",
          "decision",
          "open",
          "requestedOn",
          "days",
          "targetMeeting",
          "nextMeeting",
          "daysAtStage",
          "stalled",
          "remedies",
          "description");
  static final List<String> STAGE_TIME = List.of("stage", "stays", "totalDays", "longestDays");
  static final List<String> NEXT_MEETING =
      List.of("decisionBody", "date", "openSubmissions", "line");
  static final List<String> PORTFOLIO =
      List.of(
          "tiering",
          "sam",
          "underServed",
          "acrossAccounts",
          "configuration",
          "committee",
          "shareOfVoice");
  static final List<String> SHARE_OF_VOICE =
      List.of(
          "policy",
          "tier",
          "start",
          "end",
          "ours",
          "inWindow",
          "competitors",
          "reasons",
          "remedies");
  static final List<String> VOICE_POLICY = List.of("version", "windowDays", "channels");
  static final List<String> COMPETITOR_VOICE = List.of("competitor", "interactions", "records");
  static final List<String> VOICE_PORTFOLIO = List.of("policy", "accounts");
  static final List<String> PEER_VOICE =
      List.of(
          "account",
          "result",
          "peers",
          "peerAverageInteractions",
          "peersKnown",
          "peerAverageShare",
          "reasons");
  static final List<String> COMMITTEE_PORTFOLIO = List.of("policy", "accounts");
  static final List<String> PORTFOLIO_COMMITTEE = withAccount(COMMITTEE);
  static final List<String> TIERING = List.of("policyVersion", "results", "reasons");
  static final List<String> PORTFOLIO_TIER = withAccount(TIER);
  static final List<String> SAM =
      List.of(
          "policyVersion",
          "portfolioSize",
          "cap",
          "capReason",
          "candidates",
          "selected",
          "heldBack");
  static final List<String> HELD_BACK = List.of("account", "rank", "instead", "why");
  static final List<String> UNDER_SERVED =
      List.of(
          "policy",
          "totalPotential",
          "totalInteractions",
          "accounts",
          "underServed",
          "notAssessed",
          "notes");
  static final List<String> UNDER_SERVED_POLICY =
      List.of(
          "version",
          "activityWindowDays",
          "reportingCurrency",
          "underServedBelow",
          "highValueFromAverage",
          "belowPeerShareOfVoice",
          "shareOfVoice");
  static final List<String> FOCUS =
      List.of(
          "account",
          "name",
          "fiscalYear",
          "netRevenue",
          "whitespace",
          "interactions",
          "potentialShare",
          "activityShare",
          "focus",
          "expectedInteractions",
          "highValue",
          "underServed",
          "reasons");
  static final List<String> PACK = List.of("id", "policyVersion");
  static final List<String> FINDING =
      List.of("ruleId", "severity", "subjects", "code", "args", "text", "source");
  static final List<String> ACCOUNT_FINDING = withAccount(FINDING);
  static final List<String> SCORE = List.of("name", "value", "components");
  static final List<String> COMPONENT =
      List.of("key", "label", "applicable", "weight", "fulfilment", "contribution", "reasons");
  static final List<String> REASON = List.of("code", "args", "text", "effect", "subjects");
  static final List<String> SUBJECT = List.of("type", "id");

  static final Conv<AccountId> ACCOUNT_ID = Scalars.id(AccountId::of);
  private static final Conv<Map.Entry<String, String>> PACK_OBJECT =
      Conv.tree("a pack object", ResultsReader::pack);
  static final Conv<KamId> SUBJECT_OBJECT = Conv.tree("a subject object", ResultsReader::subject);
  static final Conv<Reason> REASON_OBJECT = Conv.tree("a reason object", ResultsReader::reason);
  private static final Conv<Score> SCORE_OBJECT = Conv.tree("a score object", ResultsReader::score);
  private static final Conv<ScoreComponent> COMPONENT_OBJECT =
      Conv.tree("a score component object", ResultsReader::component);
  private static final Conv<Integer> COUNT = Conv.tree("an integer", ResultsReader::count);
  private static final Conv<Progress> PROGRESS_OBJECT =
      Conv.tree("a progress object", ResultsReader::progress);

  static final Conv<NextStakeholder> NEXT_STAKEHOLDER_OBJECT =
      Conv.tree("a next stakeholder object", ResultsReader::nextStakeholder);
  static final Conv<Finding> ACCOUNT_FINDING_OBJECT =
      Conv.tree("a finding object", ResultsReader::accountFinding);
  private static final Conv<PlanProgress> PLAN_PROGRESS_OBJECT =
      Conv.tree("a plan progress object", ResultsReader::planProgress);
  private static final Conv<Opportunity> OPPORTUNITY_OBJECT =
      Conv.tree("an opportunity object", ResultsReader::opportunity);
  private static final Conv<StageResult> STAGE_OBJECT =
      Conv.tree("a stage object", ResultsReader::stage);
  static final Conv<CriterionResult> CRITERION_OBJECT =
      Conv.tree("a criterion object", ResultsReader::criterion);
  private static final Conv<FactorAssessment> FACTOR_OBJECT =
      Conv.tree("a factor object", ResultsReader::factor);
  private static final Conv<Recommendation> RECOMMENDATION_OBJECT =
      Conv.tree("a recommendation object", ResultsReader::recommendation);
  private static final Conv<HeldBack> HELD_BACK_OBJECT =
      Conv.tree("a held-back object", ResultsReader::heldBack);
  private static final Conv<UnderServedPolicy> UNDER_SERVED_POLICY_OBJECT =
      Conv.tree("an under-served policy object", ResultsReader::underServedPolicy);
  private static final Conv<AccountFocus> FOCUS_OBJECT =
      Conv.tree("an account focus object", ResultsReader::focus);

  private static final Conv<ShareOfVoicePolicy> VOICE_POLICY_OBJECT =
      Conv.tree("a share of voice policy object", ResultsReader::voicePolicy);
  private static final Conv<CompetitorVoice> COMPETITOR_VOICE_OBJECT =
      Conv.tree("a competitor voice object", ResultsReader::competitorVoice);
  private static final Conv<Long> DAYS = Conv.tree("a number of days", ResultsReader::days);
  private static final Conv<TargetCoverage> TARGET_COVERAGE_OBJECT =
      Conv.tree("a target coverage object", ResultsReader::targetCoverage);
  private static final Conv<CellRef> CELL_OBJECT = Conv.tree("a cell object", ResultsReader::cell);
  private static final Conv<CommitteeProgressionPolicy> COMMITTEE_POLICY_OBJECT =
      Conv.tree("a committee policy object", ResultsReader::committeePolicy);
  private static final Conv<SubmissionProgress> SUBMISSION_PROGRESS_OBJECT =
      Conv.tree("a submission progress object", ResultsReader::submissionProgress);
  private static final Conv<StageTime> STAGE_TIME_OBJECT =
      Conv.tree("a stage time object", ResultsReader::stageTime);
  private static final Conv<NextMeeting> NEXT_MEETING_OBJECT =
      Conv.tree("a next meeting object", ResultsReader::nextMeeting);

  private final ReadContext cx;
  private final LocalDate asOf;
  private final AccountId account;

  private ResultsReader(ReadContext cx, LocalDate asOf, AccountId account) {
    this.cx = cx;
    this.asOf = asOf;
    this.account = account;
  }

  /** A reader of results about {@code account} on {@code asOf}. */
  static ResultsReader of(ReadContext cx, LocalDate asOf, AccountId account) {
    return new ResultsReader(cx, asOf, account);
  }

  /** Reads the properties of an object once it is known to be one. */
  @FunctionalInterface
  interface Body<T> {
    @Nullable T read(In in);
  }

  /** An object of {@code properties}, read by {@code body}. */
  static <T> Conv<T> body(String what, List<String> properties, Body<T> body) {
    return Conv.tree(
        what,
        (cx, node, at) -> {
          In in = In.object(cx, node, at, what, properties);
          return in == null ? null : body.read(in);
        });
  }

  /**
   * The parts of results that read alone as a results document holds them, because they need
   * nothing from their entry or document: each with its conversion, for {@link PartDeserializer}.
   */
  static List<Map.Entry<Class<?>, Conv<?>>> parts() {
    return List.of(
        Map.entry(Message.class, MessageReader.MESSAGE),
        Map.entry(PlanProgress.class, PLAN_PROGRESS_OBJECT),
        Map.entry(Progress.class, PROGRESS_OBJECT),
        Map.entry(Opportunity.class, OPPORTUNITY_OBJECT),
        Map.entry(StageResult.class, STAGE_OBJECT),
        Map.entry(CriterionResult.class, CRITERION_OBJECT),
        Map.entry(FactorAssessment.class, FACTOR_OBJECT),
        Map.entry(Recommendation.class, RECOMMENDATION_OBJECT),
        Map.entry(NextStakeholder.class, NEXT_STAKEHOLDER_OBJECT),
        Map.entry(HeldBack.class, HELD_BACK_OBJECT),
        Map.entry(UnderServedPolicy.class, UNDER_SERVED_POLICY_OBJECT),
        Map.entry(AccountFocus.class, FOCUS_OBJECT),
        Map.entry(TargetCoverage.class, TARGET_COVERAGE_OBJECT),
        Map.entry(CellRef.class, CELL_OBJECT),
        Map.entry(CommitteeProgressionPolicy.class, COMMITTEE_POLICY_OBJECT),
        Map.entry(ShareOfVoicePolicy.class, VOICE_POLICY_OBJECT),
        Map.entry(CompetitorVoice.class, COMPETITOR_VOICE_OBJECT),
        Map.entry(SubmissionProgress.class, SUBMISSION_PROGRESS_OBJECT),
        Map.entry(StageTime.class, STAGE_TIME_OBJECT),
        Map.entry(NextMeeting.class, NEXT_MEETING_OBJECT),
        Map.entry(Finding.class, ACCOUNT_FINDING_OBJECT),
        Map.entry(Score.class, SCORE_OBJECT),
        Map.entry(ScoreComponent.class, COMPONENT_OBJECT),
        Map.entry(Reason.class, REASON_OBJECT));
  }

  /** Reads the body of the document {@code in}; null after recording its problems. */
  static @Nullable ResultsDocument read(In in, FormatVersion version) {
    ReadContext cx = in.context();
    LocalDate[] asOf = {LocalDate.EPOCH};
    in.req("asOf", Scalars.DATE_VALUE, d -> asOf[0] = d);
    List<AccountResults> accounts = new ArrayList<>();
    Set<AccountId> seen = new HashSet<>();
    Conv<AccountResults> entry =
        Conv.tree(
            "an account results object",
            (c, node, at) -> {
              AccountResults results = accountResults(c, node, at, asOf[0]);
              if (results != null && !seen.add(results.account())) {
                c.invalid(
                    at.at("account"),
                    "each account at most once in a results document",
                    node.get("account"));
                return null;
              }
              return results;
            });
    in.list("accounts", entry, accounts::addAll);
    PortfolioResults[] portfolio = new PortfolioResults[1];
    ResultsReader r = new ResultsReader(cx, asOf[0], AccountId.of("?"));
    in.opt("portfolio", body("a portfolio object", PORTFOLIO, r::portfolio), p -> portfolio[0] = p);
    return in.build(
        () ->
            new ResultsDocument(
                asOf[0],
                accounts,
                Optional.ofNullable(portfolio[0]),
                version,
                cx.unknownProperties()));
  }

  /** Each result takes its day from the document; a result about an account names it. */
  @Nullable PortfolioResults portfolio(In in) {
    Object[] v = new Object[6];
    List<Finding> configuration = new ArrayList<>();
    in.opt("tiering", body("a tiering object", TIERING, this::tiering), x -> v[0] = x);
    in.opt("sam", body("a SAM allocation object", SAM, this::sam), x -> v[1] = x);
    in.opt(
        "underServed",
        body("an under-served object", UNDER_SERVED, this::underServed),
        x -> v[2] = x);
    in.opt(
        "acrossAccounts",
        body("a compliance object", COMPLIANCE, i -> compliance(i, ACCOUNT_FINDING_OBJECT)),
        x -> v[3] = x);
    in.list("configuration", ACCOUNT_FINDING_OBJECT, configuration::addAll);
    in.opt(
        "committee",
        body("a committee portfolio object", COMMITTEE_PORTFOLIO, this::committeePortfolio),
        x -> v[4] = x);
    in.opt(
        "shareOfVoice",
        body("a share of voice portfolio object", VOICE_PORTFOLIO, this::voicePortfolio),
        x -> v[5] = x);
    return in.build(
        () ->
            new PortfolioResults(
                Optional.ofNullable((PortfolioTiering) v[0]),
                Optional.ofNullable((SamAllocation) v[1]),
                Optional.ofNullable((UnderServedReport) v[2]),
                Optional.ofNullable((ComplianceReport) v[3]),
                configuration,
                Optional.ofNullable((CommitteePortfolioResult) v[4]),
                Optional.ofNullable((ShareOfVoicePortfolioResult) v[5])));
  }

  /** Each account against its peers names its account; the day is the document's. */
  @Nullable ShareOfVoicePortfolioResult voicePortfolio(In in) {
    ShareOfVoicePortfolioResult.Builder b = ShareOfVoicePortfolioResult.builder().asOf(asOf);
    in.req("policy", VOICE_POLICY_OBJECT, b::policy);
    in.list(
        "accounts", body("a peer voice object", PEER_VOICE, this::peerVoice), b::addAllAccounts);
    return in.build(b::build);
  }

  private @Nullable PeerVoice peerVoice(In in) {
    AccountId[] id = {AccountId.of("?")};
    in.req("account", ACCOUNT_ID, a -> id[0] = a);
    PeerVoice.Builder b = PeerVoice.builder();
    ResultsReader r = new ResultsReader(cx, asOf, id[0]);
    in.req("result", body("a share of voice object", SHARE_OF_VOICE, r::shareOfVoice), b::result);
    in.req("peers", COUNT, b::peers);
    in.opt("peerAverageInteractions", Scalars.DECIMAL_VALUE, b::peerAverageInteractions);
    in.req("peersKnown", COUNT, b::peersKnown);
    in.opt("peerAverageShare", Scalars.DECIMAL_VALUE, b::peerAverageShare);
    in.list("reasons", REASON_OBJECT, b::addAllReasons);
    return in.build(b::build);
  }

  @Nullable ShareOfVoiceResult shareOfVoice(In in) {
    ShareOfVoiceResult.Builder b = ShareOfVoiceResult.builder().account(account).asOf(asOf);
    in.req("policy", VOICE_POLICY_OBJECT, b::policy);
    in.opt("tier", Scalars.enumOf(AccountTier.class), b::tier);
    in.req("start", Scalars.DATE_VALUE, b::start);
    in.req("end", Scalars.DATE_VALUE, b::end);
    in.req("ours", COUNT, b::ours);
    in.req("inWindow", COUNT, b::inWindow);
    in.list("competitors", COMPETITOR_VOICE_OBJECT, b::addAllCompetitors);
    in.list("reasons", REASON_OBJECT, b::addAllReasons);
    in.list("remedies", MessageReader.MESSAGE, b::addAllRemedies);
    return in.build(b::build);
  }

  private static @Nullable ShareOfVoicePolicy voicePolicy(
      ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a share of voice policy object", VOICE_POLICY);
    if (in == null) {
      return null;
    }
    ShareOfVoicePolicy.Builder b = ShareOfVoicePolicy.builder();
    in.req("version", Scalars.TEXT, b::version);
    in.req("windowDays", Scalars.INTEGER, b::windowDays);
    if (!in.has("channels")) {
      cx.missing(in.at("channels"), "an array of channels");
    }
    in.set("channels", Scalars.enumOf(Channel.class), b::channels);
    return in.build(b::build);
  }

  private static @Nullable CompetitorVoice competitorVoice(
      ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a competitor voice object", COMPETITOR_VOICE);
    if (in == null) {
      return null;
    }
    CompetitorVoice.Builder b = CompetitorVoice.builder();
    in.req("competitor", Scalars.TEXT, b::competitor);
    in.req("interactions", Scalars.INTEGER, b::interactions);
    in.req("records", Scalars.INTEGER, b::records);
    return in.build(b::build);
  }

  /** Each account's result names its account; the day is the document's. */
  @Nullable CommitteePortfolioResult committeePortfolio(In in) {
    CommitteePortfolioResult.Builder b = CommitteePortfolioResult.builder().asOf(asOf);
    in.req("policy", COMMITTEE_POLICY_OBJECT, b::policy);
    in.list(
        "accounts",
        body("a committee object", PORTFOLIO_COMMITTEE, this::portfolioCommittee),
        b::addAllAccounts);
    return in.build(b::build);
  }

  private @Nullable CommitteeProgressionResult portfolioCommittee(In in) {
    AccountId[] id = {AccountId.of("?")};
    in.req("account", ACCOUNT_ID, a -> id[0] = a);
    return new ResultsReader(cx, asOf, id[0]).committee(in);
  }

  @Nullable PortfolioTiering tiering(In in) {
    PortfolioTiering.Builder b = PortfolioTiering.builder().asOf(asOf);
    in.req("policyVersion", Scalars.TEXT, b::policyVersion);
    in.list(
        "results", body("a tier object", PORTFOLIO_TIER, this::portfolioTier), b::addAllResults);
    in.list("reasons", REASON_OBJECT, b::addAllReasons);
    return in.build(b::build);
  }

  private @Nullable TierResult portfolioTier(In in) {
    TierResult.Builder b = TierResult.builder().asOf(asOf);
    in.req("account", ACCOUNT_ID, b::account);
    tierFields(in, b);
    return in.build(b::build);
  }

  @Nullable SamAllocation sam(In in) {
    SamAllocation.Builder b = SamAllocation.builder().asOf(asOf);
    in.req("policyVersion", Scalars.TEXT, b::policyVersion);
    in.req("portfolioSize", COUNT, b::portfolioSize);
    in.req("cap", COUNT, b::cap);
    in.req("capReason", MessageReader.MESSAGE, b::capReason);
    in.set("candidates", ACCOUNT_ID, b::addAllCandidates);
    in.set("selected", ACCOUNT_ID, b::addAllSelected);
    in.list("heldBack", HELD_BACK_OBJECT, b::addAllHeldBack);
    return in.build(b::build);
  }

  private static @Nullable HeldBack heldBack(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a held-back object", HELD_BACK);
    if (in == null) {
      return null;
    }
    HeldBack.Builder b = HeldBack.builder();
    in.req("account", ACCOUNT_ID, b::account);
    in.req("rank", Scalars.INTEGER, b::rank);
    in.req("instead", Scalars.enumOf(EngagementModel.class), b::instead);
    in.req("why", MessageReader.MESSAGE, b::why);
    return in.build(b::build);
  }

  /** The under-served accounts are ids, each of one of the accounts. */
  @Nullable UnderServedReport underServed(In in) {
    ReadContext cx = in.context();
    JsonNode node = in.node();
    UnderServedReport.Builder b = UnderServedReport.builder().asOf(asOf);
    List<AccountFocus> accounts = new ArrayList<>();
    List<AccountId> underServed = new ArrayList<>();
    in.req("policy", UNDER_SERVED_POLICY_OBJECT, b::policy);
    in.req("totalPotential", ValueReader.MONEY, b::totalPotential);
    in.req("totalInteractions", COUNT, b::totalInteractions);
    in.list("accounts", FOCUS_OBJECT, accounts::addAll);
    in.set("underServed", ACCOUNT_ID, underServed::addAll);
    in.list("notAssessed", REASON_OBJECT, b::addAllNotAssessed);
    in.list("notes", REASON_OBJECT, b::addAllNotes);
    for (int i = 0; i < underServed.size(); i++) {
      AccountId id = underServed.get(i);
      Optional<AccountFocus> focus =
          accounts.stream().filter(a -> a.account().equals(id)).findFirst();
      if (focus.isPresent()) {
        b.addUnderServed(focus.get());
      } else {
        cx.invalid(
            in.at("underServed").at(i),
            "the id of one of the accounts",
            node.path("underServed").get(i));
      }
    }
    b.addAllAccounts(accounts);
    return in.build(b::build);
  }

  private static @Nullable UnderServedPolicy underServedPolicy(
      ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "an under-served policy object", UNDER_SERVED_POLICY);
    if (in == null) {
      return null;
    }
    UnderServedPolicy.Builder b = UnderServedPolicy.builder();
    in.req("version", Scalars.TEXT, b::version);
    in.req("activityWindowDays", Scalars.INTEGER, b::activityWindowDays);
    in.req("reportingCurrency", ValueReader.CURRENCY, b::reportingCurrency);
    in.req("underServedBelow", Scalars.DECIMAL_VALUE, b::underServedBelow);
    in.req("highValueFromAverage", Scalars.DECIMAL_VALUE, b::highValueFromAverage);
    // format 2.3: absent from earlier documents, whose reports were judged by the defaults
    in.opt("belowPeerShareOfVoice", Scalars.FLAG, b::belowPeerShareOfVoice);
    in.opt("shareOfVoice", VOICE_POLICY_OBJECT, b::shareOfVoice);
    return in.build(b::build);
  }

  private static @Nullable AccountFocus focus(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "an account focus object", FOCUS);
    if (in == null) {
      return null;
    }
    AccountFocus.Builder b = AccountFocus.builder();
    in.req("account", ACCOUNT_ID, b::account);
    in.req("name", Scalars.TEXT, b::name);
    in.req("fiscalYear", Scalars.INTEGER, b::fiscalYear);
    in.opt("netRevenue", ValueReader.MONEY, b::netRevenue);
    in.req("whitespace", ValueReader.MONEY, b::whitespace);
    in.req("interactions", COUNT, b::interactions);
    in.req("potentialShare", Scalars.DECIMAL_VALUE, b::potentialShare);
    in.req("activityShare", Scalars.DECIMAL_VALUE, b::activityShare);
    in.opt("focus", Scalars.DECIMAL_VALUE, b::focus);
    in.req("expectedInteractions", Scalars.DECIMAL_VALUE, b::expectedInteractions);
    in.req("highValue", Scalars.FLAG, b::highValue);
    in.req("underServed", Scalars.FLAG, b::underServed);
    in.list("reasons", REASON_OBJECT, b::addAllReasons);
    return in.build(b::build);
  }

  /** A finding outside an account's entry: it names its account. */
  private static @Nullable Finding accountFinding(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a finding object", ACCOUNT_FINDING);
    if (in == null) {
      return null;
    }
    Finding.Builder b = Finding.builder();
    in.req("account", ACCOUNT_ID, b::account);
    findingFields(in, b);
    return in.build(b::build);
  }

  static List<String> withAccount(List<String> properties) {
    List<String> all = new ArrayList<>();
    all.add("account");
    all.addAll(properties);
    return List.copyOf(all);
  }

  private static @Nullable AccountResults accountResults(
      ReadContext cx, JsonNode node, Pointer at, LocalDate asOf) {
    In in = In.object(cx, node, at, "an account results object", ACCOUNT);
    if (in == null) {
      return null;
    }
    AccountId[] id = {AccountId.of("?")};
    in.req("account", ACCOUNT_ID, a -> id[0] = a);
    return new ResultsReader(cx, asOf, id[0]).accountResults(in);
  }

  /** An account's results but its account, which this reader knows. */
  @Nullable AccountResults accountResults(In in) {
    AccountResults.Builder b = AccountResults.builder(account);
    in.opt("coverage", body("a coverage object", COVERAGE, this::coverage), b::coverage);
    in.opt(
        "completeness",
        body("a completeness object", COMPLETENESS, this::completeness),
        b::completeness);
    in.opt("whitespace", body("a whitespace object", WHITESPACE, this::whitespace), b::whitespace);
    in.opt("health", body("a health object", HEALTH, this::health), b::health);
    in.opt("maturity", body("a maturity object", MATURITY, this::maturity), b::maturity);
    in.opt("engagement", body("an engagement object", ENGAGEMENT, this::engagement), b::engagement);
    in.opt("tier", body("a tier object", TIER, this::tier), b::tier);
    in.opt("compliance", body("a compliance object", COMPLIANCE, this::compliance), b::compliance);
    in.opt(
        "relationship",
        body("a relationship stage object", RELATIONSHIP, this::relationship),
        b::relationship);
    in.list("nextStakeholders", NEXT_STAKEHOLDER_OBJECT, b::nextStakeholders);
    in.list(
        "turnoverExposure",
        body("a turnover impact object", TURNOVER_IMPACT, this::turnoverImpact),
        b::turnoverExposure);
    in.opt("pipeline", body("a pipeline object", PIPELINE, this::pipeline), b::pipeline);
    in.opt("committee", body("a committee object", COMMITTEE, this::committee), b::committee);
    in.opt(
        "shareOfVoice",
        body("a share of voice object", SHARE_OF_VOICE, this::shareOfVoice),
        b::shareOfVoice);
    return in.build(b::build);
  }

  /** The weighted pipeline is there exactly when the open pipeline is: both or neither. */
  @Nullable PipelineResult pipeline(In in) {
    PipelineResult.Builder b = PipelineResult.builder().account(account).asOf(asOf);
    in.req("policyVersion", Scalars.TEXT, b::policyVersion);
    in.req("openCount", COUNT, b::openCount);
    in.opt("openPipeline", ValueReader.MONEY, b::openPipeline);
    in.opt("weightedPipeline", ValueReader.MONEY, b::weightedPipeline);
    if (in.has("openPipeline") && !in.has("weightedPipeline")) {
      cx.missing(in.at("weightedPipeline"), "a money object, as the open pipeline is given");
    } else if (!in.has("openPipeline") && in.has("weightedPipeline")) {
      cx.missing(in.at("openPipeline"), "a money object, as the weighted pipeline is given");
    }
    in.list("targets", TARGET_COVERAGE_OBJECT, b::addAllTargets);
    in.set("unbackedObjectives", Scalars.id(ObjectiveId::of), b::addAllUnbackedObjectives);
    in.set(
        "unalignedOpportunities", Scalars.id(OpportunityId::of), b::addAllUnalignedOpportunities);
    in.set("whitespaceInPipeline", CELL_OBJECT, b::addAllWhitespaceInPipeline);
    in.set("whitespaceUnworked", CELL_OBJECT, b::addAllWhitespaceUnworked);
    in.list("reasons", REASON_OBJECT, b::addAllReasons);
    return in.build(b::build);
  }

  /** The amounts won and weighted are in the target's currency. */
  private static @Nullable TargetCoverage targetCoverage(
      ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a target coverage object", TARGET_COVERAGE);
    if (in == null) {
      return null;
    }
    TargetCoverage.Builder b = TargetCoverage.builder();
    Money[] target = new Money[1];
    in.req("objective", Scalars.id(ObjectiveId::of), b::objective);
    in.req(
        "target",
        ValueReader.MONEY,
        m -> {
          target[0] = m;
          b.target(m);
        });
    for (String name : List.of("won", "weighted")) {
      in.req(
          name,
          ValueReader.MONEY,
          m -> {
            if (target[0] != null && !m.currency().equals(target[0].currency())) {
              cx.invalid(
                  in.at(name),
                  "an amount in the target's currency, " + target[0].currency().getCurrencyCode(),
                  node.get(name));
            } else if (name.equals("won")) {
              b.won(m);
            } else {
              b.weighted(m);
            }
          });
    }
    return in.build(b::build);
  }

  private static @Nullable CellRef cell(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a cell object", CELL);
    if (in == null) {
      return null;
    }
    Object[] v = new Object[2];
    in.req("product", Scalars.id(ProductId::of), x -> v[0] = x);
    in.req("clinicalUnit", Scalars.id(ClinicalUnitId::of), x -> v[1] = x);
    return in.build(() -> CellRef.of((ProductId) v[0], (ClinicalUnitId) v[1]));
  }

  @Nullable CommitteeProgressionResult committee(In in) {
    CommitteeProgressionResult.Builder b =
        CommitteeProgressionResult.builder().account(account).asOf(asOf);
    in.req("policy", COMMITTEE_POLICY_OBJECT, b::policy);
    in.list("submissions", SUBMISSION_PROGRESS_OBJECT, b::addAllSubmissions);
    in.req("approved", COUNT, b::approved);
    in.req("judged", COUNT, b::judged);
    in.list("stageTimes", STAGE_TIME_OBJECT, b::addAllStageTimes);
    in.list("nextMeetings", NEXT_MEETING_OBJECT, b::addAllNextMeetings);
    return in.build(b::build);
  }

  private static @Nullable CommitteeProgressionPolicy committeePolicy(
      ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a committee policy object", COMMITTEE_POLICY);
    if (in == null) {
      return null;
    }
    CommitteeProgressionPolicy.Builder b = CommitteeProgressionPolicy.builder();
    in.req("version", Scalars.TEXT, b::version);
    in.req("expectedCycleDays", Scalars.INTEGER, b::expectedCycleDays);
    in.req("overdueAfterDays", Scalars.INTEGER, b::overdueAfterDays);
    return in.build(b::build);
  }

  private static @Nullable SubmissionProgress submissionProgress(
      ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a submission progress object", SUBMISSION_PROGRESS);
    if (in == null) {
      return null;
    }
    SubmissionProgress.Builder b = SubmissionProgress.builder();
    in.req("submission", Scalars.id(CommitteeSubmissionId::of), b::submission);
    in.req("decisionBody", Scalars.id(DecisionBodyId::of), b::decisionBody);
    in.req("stage", Scalars.enumOf(SubmissionStage.class), b::stage);
    in.opt("decision", Scalars.enumOf(SubmissionDecision.class), b::decision);
    in.req("open", Scalars.FLAG, b::open);
    in.req("requestedOn", Scalars.DATE_VALUE, b::requestedOn);
    in.req("days", DAYS, b::days);
    in.opt("targetMeeting", Scalars.DATE_VALUE, b::targetMeeting);
    in.opt("nextMeeting", Scalars.DATE_VALUE, b::nextMeeting);
    in.opt(
        "daysAtStage",
        Conv.tree("an object of days by stage", ResultsReader::daysAtStage),
        b::putAllDaysAtStage);
    in.list("stalled", REASON_OBJECT, b::addAllStalled);
    in.list("remedies", MessageReader.MESSAGE, b::addAllRemedies);
    in.req("description", MessageReader.MESSAGE, b::description);
    return in.build(b::build);
  }

  /** Days by stage, each stage at most once. */
  private static @Nullable Map<SubmissionStage, Long> daysAtStage(
      ReadContext cx, JsonNode node, Pointer at) {
    List<String> stages = Arrays.stream(SubmissionStage.values()).map(Enum::name).toList();
    In in = In.object(cx, node, at, "an object of days by stage", stages);
    if (in == null) {
      return null;
    }
    Map<SubmissionStage, Long> days = new EnumMap<>(SubmissionStage.class);
    for (SubmissionStage stage : SubmissionStage.values()) {
      in.opt(stage.name(), DAYS, n -> days.put(stage, n));
    }
    return in.build(() -> days);
  }

  private static @Nullable StageTime stageTime(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a stage time object", STAGE_TIME);
    if (in == null) {
      return null;
    }
    Object[] v = new Object[4];
    in.req("stage", Scalars.enumOf(SubmissionStage.class), x -> v[0] = x);
    in.req("stays", COUNT, x -> v[1] = x);
    in.req("totalDays", DAYS, x -> v[2] = x);
    in.req("longestDays", DAYS, x -> v[3] = x);
    return in.build(
        () -> StageTime.of((SubmissionStage) v[0], (Integer) v[1], (Long) v[2], (Long) v[3]));
  }

  private static @Nullable NextMeeting nextMeeting(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a next meeting object", NEXT_MEETING);
    if (in == null) {
      return null;
    }
    Object[] v = new Object[4];
    in.req("decisionBody", Scalars.id(DecisionBodyId::of), x -> v[0] = x);
    in.opt("date", Scalars.DATE_VALUE, x -> v[1] = x);
    in.req("openSubmissions", COUNT, x -> v[2] = x);
    in.req("line", MessageReader.MESSAGE, x -> v[3] = x);
    return in.build(
        () ->
            NextMeeting.of(
                (DecisionBodyId) v[0],
                Optional.ofNullable((LocalDate) v[1]),
                (Integer) v[2],
                (Message) v[3]));
  }

  /** A number of days: 0 or more. */
  private static @Nullable Long days(ReadContext cx, JsonNode node, Pointer at) {
    Long n = Scalars.LONG.read(cx, node, at);
    if (n != null && n < 0) {
      cx.invalid(at, "a number of days, 0 or more", node);
      return null;
    }
    return n;
  }

  @Nullable CoverageView coverage(In in) {
    Object[] v = new Object[4];
    List<StakeholderId> engaged = new ArrayList<>();
    in.req("scale", Scalars.enumOf(AccountScale.class), x -> v[0] = x);
    in.req("score", SCORE_OBJECT, x -> v[1] = x);
    in.req("status", Scalars.enumOf(RagStatus.class), x -> v[2] = x);
    in.req("statusReason", MessageReader.MESSAGE, x -> v[3] = x);
    in.set("engaged", Scalars.id(StakeholderId::of), engaged::addAll);
    return in.build(
        () ->
            new CoverageView(
                account,
                asOf,
                (AccountScale) v[0],
                (Score) v[1],
                (RagStatus) v[2],
                (Message) v[3],
                engaged));
  }

  @Nullable CompletenessView completeness(In in) {
    Score[] score = new Score[1];
    List<Reason> rot = new ArrayList<>();
    PlanProgress[] progress = new PlanProgress[1];
    in.req("score", SCORE_OBJECT, x -> score[0] = x);
    in.list("rot", REASON_OBJECT, rot::addAll);
    in.opt("progress", PLAN_PROGRESS_OBJECT, x -> progress[0] = x);
    return in.build(
        () -> new CompletenessView(account, asOf, score[0], rot, Optional.ofNullable(progress[0])));
  }

  private static @Nullable PlanProgress planProgress(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a plan progress object", PLAN_PROGRESS);
    if (in == null) {
      return null;
    }
    PlanProgress.Builder b = PlanProgress.builder();
    in.req("plan", PROGRESS_OBJECT, b::plan);
    in.list("objectives", PROGRESS_OBJECT, b::addAllObjectives);
    in.list("actions", PROGRESS_OBJECT, b::addAllActions);
    in.set("overdue", Scalars.id(ActionId::of), b::addAllOverdue);
    return in.build(b::build);
  }

  private static @Nullable Progress progress(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a progress object", PROGRESS);
    if (in == null) {
      return null;
    }
    KamId[] item = new KamId[1];
    int[] counts = new int[2];
    in.opt("item", SUBJECT_OBJECT, x -> item[0] = x);
    in.req("completed", Scalars.INTEGER, x -> counts[0] = x);
    in.req("total", Scalars.INTEGER, x -> counts[1] = x);
    return in.build(() -> Progress.of(Optional.ofNullable(item[0]), counts[0], counts[1]));
  }

  @Nullable WhitespaceResult whitespace(In in) {
    WhitespaceResult.Builder b = WhitespaceResult.builder().account(account).asOf(asOf);
    in.req("policyVersion", Scalars.TEXT, b::policyVersion);
    in.opt("penetration", SCORE_OBJECT, b::penetration);
    in.opt(
        "addressable",
        Conv.tree("an object of cell counts by status", ResultsReader::addressable),
        b::putAllAddressable);
    in.list("opportunities", OPPORTUNITY_OBJECT, b::addAllOpportunities);
    in.list("excluded", REASON_OBJECT, b::addAllExcluded);
    return in.build(b::build);
  }

  private static @Nullable Map<WhitespaceStatus, Integer> addressable(
      ReadContext cx, JsonNode node, Pointer at) {
    List<String> statuses = Arrays.stream(WhitespaceStatus.values()).map(Enum::name).toList();
    In in = In.object(cx, node, at, "an object of cell counts by status", statuses);
    if (in == null) {
      return null;
    }
    Map<WhitespaceStatus, Integer> counts = new EnumMap<>(WhitespaceStatus.class);
    for (WhitespaceStatus status : WhitespaceStatus.values()) {
      in.opt(
          status.name(),
          Scalars.INTEGER,
          n -> {
            if (n < 0) {
              cx.invalid(
                  in.at(status.name()), "a count of cells, 0 or more", node.get(status.name()));
            }
            counts.put(status, n);
          });
    }
    return in.build(() -> counts);
  }

  private static @Nullable Opportunity opportunity(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "an opportunity object", OPPORTUNITY);
    if (in == null) {
      return null;
    }
    Opportunity.Builder b = Opportunity.builder();
    in.req("product", Scalars.id(ProductId::of), b::product);
    in.req("clinicalUnit", Scalars.id(ClinicalUnitId::of), b::clinicalUnit);
    in.req("status", Scalars.enumOf(WhitespaceStatus.class), b::status);
    in.opt("estimatedValue", ValueReader.MONEY, b::estimatedValue);
    in.req("description", MessageReader.MESSAGE, b::description);
    return in.build(b::build);
  }

  @Nullable HealthView health(In in) {
    Score[] scores = new Score[3];
    Object[] v = new Object[2];
    List<Reason> colourRules = new ArrayList<>();
    in.req("score", SCORE_OBJECT, x -> scores[0] = x);
    in.req("leading", SCORE_OBJECT, x -> scores[1] = x);
    in.opt("lagging", SCORE_OBJECT, x -> scores[2] = x);
    in.req("status", Scalars.enumOf(RagStatus.class), x -> v[0] = x);
    in.req("statusReason", MessageReader.MESSAGE, x -> v[1] = x);
    in.list("colourRules", REASON_OBJECT, colourRules::addAll);
    return in.build(
        () ->
            new HealthView(
                account,
                asOf,
                scores[0],
                scores[1],
                Optional.ofNullable(scores[2]),
                (RagStatus) v[0],
                (Message) v[1],
                colourRules));
  }

  @Nullable MaturityResult maturity(In in) {
    MaturityResult.Builder b = MaturityResult.builder().account(account).asOf(asOf);
    maturityFields(in, b);
    return in.build(b::build);
  }

  /** A maturity result's properties but its account and day. */
  static void maturityFields(In in, MaturityResult.Builder b) {
    in.req("accountName", Scalars.TEXT, b::accountName);
    in.req("policyVersion", Scalars.TEXT, b::policyVersion);
    in.req("stage", Scalars.enumOf(MaturityStage.class), b::stage);
    required(in, "stages", "an array of stage objects");
    in.list("stages", STAGE_OBJECT, b::addAllStages);
  }

  private static @Nullable StageResult stage(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a stage object", STAGE);
    if (in == null) {
      return null;
    }
    MaturityStage[] stage = new MaturityStage[1];
    List<CriterionResult> criteria = new ArrayList<>();
    in.req("stage", Scalars.enumOf(MaturityStage.class), x -> stage[0] = x);
    required(in, "criteria", "an array of criterion objects");
    in.list("criteria", CRITERION_OBJECT, criteria::addAll);
    return in.build(() -> StageResult.of(stage[0], criteria));
  }

  static @Nullable CriterionResult criterion(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a criterion object", CRITERION);
    if (in == null) {
      return null;
    }
    CriterionResult.Builder b = CriterionResult.builder();
    in.req("id", Scalars.TEXT, b::id);
    in.req("title", MessageReader.MESSAGE, b::title);
    in.req("outcome", Scalars.enumOf(Outcome.class), b::outcome);
    in.list("reasons", REASON_OBJECT, b::addAllReasons);
    return in.build(b::build);
  }

  @Nullable EngagementAssessment engagement(In in) {
    EngagementAssessment.Builder b = EngagementAssessment.builder().account(account).asOf(asOf);
    in.req("accountName", Scalars.TEXT, b::accountName);
    in.req("policyVersion", Scalars.TEXT, b::policyVersion);
    in.req("complexity", axis(Axis.COMPLEXITY), b::complexity);
    in.req("value", axis(Axis.VALUE), b::value);
    in.req("strategicFit", axis(Axis.STRATEGIC_FIT), b::strategicFit);
    in.list("recommendations", RECOMMENDATION_OBJECT, b::addAllRecommendations);
    in.list("reasons", REASON_OBJECT, b::addAllReasons);
    return in.build(b::build);
  }

  private static Conv<AxisScore> axis(Axis axis) {
    return body("an axis object", AXIS, in -> axis(in, axis));
  }

  /** An axis score but its axis, which the property that holds it names. */
  static @Nullable AxisScore axis(In in, Axis axis) {
    AxisScore.Builder b = AxisScore.builder().axis(axis);
    in.list("factors", FACTOR_OBJECT, b::addAllFactors);
    in.opt("score", SCORE_OBJECT, b::score);
    in.opt("value", Scalars.DECIMAL_VALUE, b::value);
    in.req("cutOff", Scalars.DECIMAL_VALUE, b::cutOff);
    in.req("borderlineBand", Scalars.DECIMAL_VALUE, b::borderlineBand);
    return in.build(b::build);
  }

  private static @Nullable FactorAssessment factor(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a factor object", FACTOR);
    if (in == null) {
      return null;
    }
    Object[] v = new Object[4];
    in.req("factor", Scalars.enumOf(Factor.class), x -> v[0] = x);
    in.opt("rating", Scalars.enumOf(Rating.class), x -> v[1] = x);
    in.req("source", Scalars.enumOf(InputSource.class), x -> v[2] = x);
    in.req("basis", MessageReader.MESSAGE, x -> v[3] = x);
    return in.build(
        () ->
            FactorAssessment.of(
                (Factor) v[0],
                Optional.ofNullable((Rating) v[1]),
                (InputSource) v[2],
                (Message) v[3]));
  }

  private static @Nullable Recommendation recommendation(
      ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a recommendation object", RECOMMENDATION);
    if (in == null) {
      return null;
    }
    Object[] v = new Object[3];
    in.req("model", Scalars.enumOf(EngagementModel.class), x -> v[0] = x);
    in.req("role", Scalars.enumOf(RecommendationRole.class), x -> v[1] = x);
    in.req("why", MessageReader.MESSAGE, x -> v[2] = x);
    return in.build(
        () -> Recommendation.of((EngagementModel) v[0], (RecommendationRole) v[1], (Message) v[2]));
  }

  @Nullable TierResult tier(In in) {
    TierResult.Builder b = TierResult.builder().account(account).asOf(asOf);
    tierFields(in, b);
    return in.build(b::build);
  }

  private static void tierFields(In in, TierResult.Builder b) {
    in.req("accountName", Scalars.TEXT, b::accountName);
    in.req("policyVersion", Scalars.TEXT, b::policyVersion);
    in.opt("tier", Scalars.enumOf(AccountTier.class), b::tier);
    in.opt("priority", Scalars.DECIMAL_VALUE, b::priority);
    in.opt("score", SCORE_OBJECT, b::score);
    in.opt("previous", Scalars.enumOf(AccountTier.class), b::previous);
    in.req("keptByHysteresis", Scalars.FLAG, b::keptByHysteresis);
    in.list("reasons", REASON_OBJECT, b::addAllReasons);
  }

  private @Nullable ComplianceReport compliance(In in) {
    return compliance(in, Conv.tree("a finding object", this::finding));
  }

  @Nullable ComplianceReport compliance(In in, Conv<Finding> finding) {
    ComplianceReport.Builder b = ComplianceReport.builder().asOf(asOf);
    in.set("packs", PACK_OBJECT, packs -> packs.forEach(b::putPolicyVersion));
    in.list("findings", finding, b::addAllFindings);
    return in.build(b::build);
  }

  @Nullable RelationshipStageResult relationship(In in) {
    RelationshipStageResult.Builder b =
        RelationshipStageResult.builder().account(account).asOf(asOf);
    in.req("accountName", Scalars.TEXT, b::accountName);
    in.req("policyVersion", Scalars.TEXT, b::policyVersion);
    in.req("stage", Scalars.enumOf(RelationshipStage.class), b::stage);
    in.opt("fallingFrom", Scalars.enumOf(RelationshipStage.class), b::fallingFrom);
    in.req("structure", Scalars.enumOf(ContactStructure.class), b::structure);
    in.req("ourPeople", COUNT, b::ourPeople);
    in.req("theirPeople", COUNT, b::theirPeople);
    in.set("ourFunctions", Scalars.enumOf(TeamFunction.class), b::addAllOurFunctions);
    in.set("theirFunctions", Scalars.enumOf(StakeholderFunction.class), b::addAllTheirFunctions);
    in.req("activeLinks", COUNT, b::activeLinks);
    in.list("evidence", REASON_OBJECT, b::addAllEvidence);
    in.list("signals", REASON_OBJECT, b::addAllSignals);
    in.list("missingForNext", REASON_OBJECT, b::addAllMissingForNext);
    return in.build(b::build);
  }

  /** An integer that counts something: 0 or more. */
  private static @Nullable Integer count(ReadContext cx, JsonNode node, Pointer at) {
    Integer n = Scalars.INTEGER.read(cx, node, at);
    if (n != null && n < 0) {
      cx.invalid(at, "a count, 0 or more", node);
      return null;
    }
    return n;
  }

  private static @Nullable NextStakeholder nextStakeholder(
      ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a next stakeholder object", NEXT_STAKEHOLDER);
    if (in == null) {
      return null;
    }
    NextStakeholder.Builder b = NextStakeholder.builder();
    in.req("stakeholder", Scalars.id(StakeholderId::of), b::stakeholder);
    in.req("teamMember", TeamReader.TEAM_MEMBER_ID, b::teamMember);
    in.req("gain", Scalars.DECIMAL_VALUE, b::gain);
    in.req("coverageAfter", Scalars.DECIMAL_VALUE, b::coverageAfter);
    in.req("relationship", TeamReader.RELATIONSHIP_OBJECT, b::relationship);
    in.req("why", MessageReader.MESSAGE, b::why);
    return in.build(b::build);
  }

  @Nullable TurnoverImpact turnoverImpact(In in) {
    TurnoverImpact.Builder b = TurnoverImpact.builder().account(account).asOf(asOf);
    in.req("policyVersion", Scalars.TEXT, b::policyVersion);
    in.req("teamMember", TeamReader.TEAM_MEMBER_ID, b::teamMember);
    in.req("before", SCORE_OBJECT, b::before);
    in.req("after", SCORE_OBJECT, b::after);
    in.set("orphaned", Scalars.id(StakeholderId::of), b::addAllOrphaned);
    in.req("statusAfter", Scalars.enumOf(RagStatus.class), b::statusAfter);
    in.req("statusReasonAfter", MessageReader.MESSAGE, b::statusReasonAfter);
    return in.build(b::build);
  }

  /** {@code {"id": "openpayments", "policyVersion": "kamkit-openpayments-1"}}. */
  private static Map.@Nullable Entry<String, String> pack(
      ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a pack object", PACK);
    if (in == null) {
      return null;
    }
    String[] v = new String[2];
    in.req("id", Scalars.TEXT, x -> v[0] = x);
    in.req("policyVersion", Scalars.TEXT, x -> v[1] = x);
    return in.build(() -> Map.entry(v[0], v[1]));
  }

  private @Nullable Finding finding(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a finding object", FINDING);
    if (in == null) {
      return null;
    }
    Finding.Builder b = Finding.builder().account(account);
    findingFields(in, b);
    return in.build(b::build);
  }

  private static void findingFields(In in, Finding.Builder b) {
    in.req("ruleId", Scalars.TEXT, b::ruleId);
    in.req("severity", Scalars.enumOf(Severity.class), b::severity);
    in.list("subjects", SUBJECT_OBJECT, b::addAllSubjects);
    Message message = MessageReader.fields(in);
    if (message != null) {
      b.message(message);
    }
    in.req("source", Scalars.TEXT, b::source);
  }

  /** The value is derived from the components; one that does not match them is refused. */
  private static @Nullable Score score(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a score object", SCORE);
    if (in == null) {
      return null;
    }
    Score.Builder b = Score.builder();
    BigDecimal[] value = new BigDecimal[1];
    in.req("name", MessageReader.MESSAGE, b::title);
    in.req("value", Scalars.DECIMAL_VALUE, x -> value[0] = x);
    required(in, "components", "an array of score component objects");
    in.list("components", COMPONENT_OBJECT, b::addAllComponents);
    Score score = in.build(b::build);
    if (score != null && score.value().compareTo(value[0]) != 0) {
      cx.invalid(
          in.at("value"),
          "the sum of the components' contributions, \"" + score.value().toPlainString() + "\"",
          node.get("value"));
      return null;
    }
    return score;
  }

  private static @Nullable ScoreComponent component(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a score component object", COMPONENT);
    if (in == null) {
      return null;
    }
    ScoreComponent.Builder b = ScoreComponent.builder();
    in.req("key", Scalars.TEXT, b::key);
    in.req("label", MessageReader.MESSAGE, b::label);
    in.req("applicable", Scalars.FLAG, b::applicable);
    in.req("weight", Scalars.DECIMAL_VALUE, b::weight);
    in.req("fulfilment", Scalars.DECIMAL_VALUE, b::fulfilment);
    in.req("contribution", Scalars.DECIMAL_VALUE, b::contribution);
    in.list("reasons", REASON_OBJECT, b::addAllReasons);
    return in.build(b::build);
  }

  private static @Nullable Reason reason(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a reason object", REASON);
    if (in == null) {
      return null;
    }
    Object[] v = new Object[2];
    List<KamId> subjects = new ArrayList<>();
    v[0] = MessageReader.fields(in);
    in.req("effect", Scalars.enumOf(Effect.class), x -> v[1] = x);
    in.list("subjects", SUBJECT_OBJECT, subjects::addAll);
    return in.build(() -> Reason.of((Message) v[0], (Effect) v[1], subjects));
  }

  /** {@code {"type": "stakeholder", "id": "s-1"}}. */
  private static @Nullable KamId subject(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a subject object", SUBJECT);
    if (in == null) {
      return null;
    }
    IdType[] type = new IdType[1];
    KamId[] id = new KamId[1];
    in.req("type", Scalars.ID_TYPE, x -> type[0] = x);
    if (type[0] != null) {
      in.req("id", Scalars.id(type[0]::id), x -> id[0] = x);
    } else if (!in.has("id")) {
      cx.missing(in.at("id"), "an id as text");
    }
    return in.build(() -> id[0]);
  }

  private static void required(In in, String name, String expected) {
    if (!in.has(name)) {
      in.context().missing(in.at(name), expected);
    }
  }
}
