package dev.kamkit.json.deser;

import dev.kamkit.json.format.CompletenessView;
import dev.kamkit.json.format.CoverageView;
import dev.kamkit.json.format.HealthView;
import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.rules.compliance.ComplianceReport;
import dev.kamkit.rules.compliance.openpayments.AggregateBasis;
import dev.kamkit.rules.compliance.openpayments.AggregateSpend;
import dev.kamkit.rules.compliance.openpayments.Coverage;
import dev.kamkit.rules.compliance.openpayments.CoveredRecipientType;
import dev.kamkit.rules.compliance.openpayments.RecipientYear;
import dev.kamkit.rules.compliance.openpayments.ReportabilityReason;
import dev.kamkit.rules.compliance.openpayments.StatutoryExclusion;
import dev.kamkit.rules.compliance.openpayments.ThresholdRow;
import dev.kamkit.rules.compliance.openpayments.TransferAssessment;
import dev.kamkit.rules.engagement.Axis;
import dev.kamkit.rules.engagement.AxisScore;
import dev.kamkit.rules.engagement.EngagementAssessment;
import dev.kamkit.rules.engagement.InvestmentResult;
import dev.kamkit.rules.engagement.SamAllocation;
import dev.kamkit.rules.engagement.SamReadiness;
import dev.kamkit.rules.maturity.MaturityComparison;
import dev.kamkit.rules.maturity.MaturityResult;
import dev.kamkit.rules.maturity.MaturityStage;
import dev.kamkit.rules.maturity.PortfolioMaturity;
import dev.kamkit.rules.maturity.RelationshipStageResult;
import dev.kamkit.rules.maturity.StageChange;
import dev.kamkit.rules.tiering.PortfolioTiering;
import dev.kamkit.rules.tiering.TierResult;
import dev.kamkit.scoring.committee.CommitteePortfolioResult;
import dev.kamkit.scoring.committee.CommitteeProgressionResult;
import dev.kamkit.scoring.completeness.CompletenessPolicy;
import dev.kamkit.scoring.completeness.CompletenessResult;
import dev.kamkit.scoring.coverage.CoveragePolicy;
import dev.kamkit.scoring.coverage.CoverageResult;
import dev.kamkit.scoring.coverage.TurnoverImpact;
import dev.kamkit.scoring.health.HealthPolicy;
import dev.kamkit.scoring.health.HealthResult;
import dev.kamkit.scoring.health.UnderServedReport;
import dev.kamkit.scoring.pipeline.PipelineResult;
import dev.kamkit.scoring.voice.ShareOfVoicePortfolioResult;
import dev.kamkit.scoring.voice.ShareOfVoiceResult;
import dev.kamkit.scoring.whitespace.WhitespaceResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the results a results document does not hold, each on its own as {@code
 * StandaloneResultsWriter} writes it: with its account and day. Their shared parts (criteria,
 * reasons, subjects, messages, maturity results) are read by {@link ResultsReader} and {@link
 * MessageReader}, and checked as there.
 */
final class StandaloneResultsReader {
  static final List<String> SAM_READINESS =
      List.of("account", "asOf", "accountName", "policyVersion", "practices");
  static final List<String> INVESTMENT =
      List.of(
          "asOf",
          "policyVersion",
          "effortMeasure",
          "effort",
          "topAccounts",
          "notRanked",
          "concentration",
          "evenSpread",
          "underinvested",
          "medianEffort",
          "reasons");
  static final List<String> PORTFOLIO_MATURITY = List.of("asOf", "policyVersion", "results");
  static final List<String> PORTFOLIO_MATURITY_RESULT =
      ResultsReader.withAccount(ResultsReader.MATURITY);
  static final List<String> STAGE_CHANGE =
      List.of("account", "accountName", "fromStage", "toStage", "lost");
  static final List<String> COMPARISON =
      List.of(
          "since",
          "asOf",
          "policyVersion",
          "regressed",
          "advanced",
          "unchanged",
          "added",
          "removed");
  static final List<String> AGGREGATE_SPEND = List.of("asOf", "policyVersion", "recipientYears");
  static final List<String> RECIPIENT_YEAR =
      List.of(
          "manufacturer",
          "recipient",
          "programYear",
          "coverage",
          "threshold",
          "basis",
          "aggregate",
          "aggregateExceeded",
          "complete",
          "yearEnded",
          "total",
          "reportableTotal",
          "totalsByNature",
          "reportableTotalsByNature",
          "assessments");
  static final List<String> RECIPIENT_COVERAGE = List.of("type", "reason");

  /** What a result about one account on one day starts with on its own. */
  static final List<String> ACCOUNT_AND_DAY = List.of("account", "asOf");

  /**
   * What a coverage, completeness or health result starts with on its own: the version of the
   * policy too, which a results document leaves out with the policy.
   */
  static final List<String> ACCOUNT_DAY_AND_POLICY = List.of("account", "asOf", "policyVersion");

  /** What a result about a whole portfolio (or about several accounts) starts with on its own. */
  static final List<String> DAY = List.of("asOf");

  /** What an axis score starts with on its own: the axis that its property names in a document. */
  static final List<String> AXIS_NAMED = List.of("axis");

  static final List<String> THRESHOLD =
      List.of("programYear", "minimum", "aggregateTrigger", "source");
  static final List<String> ASSESSMENT =
      List.of(
          "transfer",
          "recipient",
          "date",
          "nature",
          "form",
          "amount",
          "partakers",
          "usdValue",
          "exclusion",
          "reason",
          "why");

  private static final Conv<StageChange> STAGE_CHANGE_OBJECT =
      Conv.tree("a stage change object", StandaloneResultsReader::stageChange);
  private static final Conv<TransferAssessment> ASSESSMENT_OBJECT =
      Conv.tree("a transfer assessment object", StandaloneResultsReader::assessment);
  private static final Conv<ThresholdRow> THRESHOLD_OBJECT =
      Conv.tree("a threshold row object", StandaloneResultsReader::threshold);
  private static final Conv<RecipientYear> RECIPIENT_YEAR_OBJECT =
      Conv.tree("a recipient-year object", StandaloneResultsReader::recipientYear);
  private static final Conv<Map<NatureOfPayment, Money>> BY_NATURE =
      Conv.tree("an object of amounts by nature of payment", StandaloneResultsReader::byNature);

  /** How many people share a transfer: 1 or more, as the schema says. */
  private static final Conv<Integer> PARTAKERS =
      Conv.tree(
          "a count of people, 1 or more",
          (cx, node, at) -> {
            Integer n = Scalars.INTEGER.read(cx, node, at);
            if (n != null && n < 1) {
              cx.invalid(at, "a count of people, 1 or more", node);
              return null;
            }
            return n;
          });

  private StandaloneResultsReader() {}

  /** Each standalone result and part, with its conversion, for {@link PartDeserializer}. */
  static List<Map.Entry<Class<?>, Conv<?>>> parts() {
    return List.of(
        Map.entry(
            SamReadiness.class,
            Conv.tree("a SAM readiness object", StandaloneResultsReader::samReadiness)),
        Map.entry(
            InvestmentResult.class,
            Conv.tree("an investment object", StandaloneResultsReader::investment)),
        Map.entry(
            PortfolioMaturity.class,
            Conv.tree("a portfolio maturity object", StandaloneResultsReader::portfolioMaturity)),
        Map.entry(StageChange.class, STAGE_CHANGE_OBJECT),
        Map.entry(
            MaturityComparison.class,
            Conv.tree("a maturity comparison object", StandaloneResultsReader::comparison)),
        Map.entry(
            AggregateSpend.class,
            Conv.tree("an aggregate spend object", StandaloneResultsReader::aggregateSpend)),
        Map.entry(RecipientYear.class, RECIPIENT_YEAR_OBJECT),
        Map.entry(TransferAssessment.class, ASSESSMENT_OBJECT),
        Map.entry(ThresholdRow.class, THRESHOLD_OBJECT));
  }

  /**
   * The results a results document holds, each on its own: what the entry and the document would
   * say (its account, its day) first, then the properties it has there.
   */
  static List<Map.Entry<Class<?>, Conv<?>>> documentResults() {
    return List.of(
        Map.entry(
            CoverageView.class,
            view("a coverage object", ResultsReader.COVERAGE, ResultsReader::coverage)),
        Map.entry(
            CoverageResult.class,
            ofDefaultPolicy(
                "a coverage object",
                ResultsReader.COVERAGE,
                CoveragePolicy.DEFAULT_VERSION,
                CoverageView.class,
                ResultsReader::coverage,
                StandaloneResultsReader::coverageResult)),
        Map.entry(
            CompletenessView.class,
            view("a completeness object", ResultsReader.COMPLETENESS, ResultsReader::completeness)),
        Map.entry(
            CompletenessResult.class,
            ofDefaultPolicy(
                "a completeness object",
                ResultsReader.COMPLETENESS,
                CompletenessPolicy.DEFAULT_VERSION,
                CompletenessView.class,
                ResultsReader::completeness,
                StandaloneResultsReader::completenessResult)),
        Map.entry(
            HealthView.class, view("a health object", ResultsReader.HEALTH, ResultsReader::health)),
        Map.entry(
            HealthResult.class,
            ofDefaultPolicy(
                "a health object",
                ResultsReader.HEALTH,
                HealthPolicy.DEFAULT_VERSION,
                HealthView.class,
                ResultsReader::health,
                StandaloneResultsReader::healthResult)),
        Map.entry(
            WhitespaceResult.class,
            standalone(
                "a whitespace object",
                ACCOUNT_AND_DAY,
                ResultsReader.WHITESPACE,
                ResultsReader::whitespace)),
        Map.entry(
            MaturityResult.class,
            standalone(
                "a maturity object",
                ACCOUNT_AND_DAY,
                ResultsReader.MATURITY,
                ResultsReader::maturity)),
        Map.entry(
            EngagementAssessment.class,
            standalone(
                "an engagement object",
                ACCOUNT_AND_DAY,
                ResultsReader.ENGAGEMENT,
                ResultsReader::engagement)),
        Map.entry(
            AxisScore.class,
            standalone(
                "an axis object",
                AXIS_NAMED,
                ResultsReader.AXIS,
                (r, in) -> {
                  Axis[] axis = {Axis.COMPLEXITY};
                  in.req("axis", Scalars.enumOf(Axis.class), a -> axis[0] = a);
                  return ResultsReader.axis(in, axis[0]);
                })),
        Map.entry(
            TierResult.class,
            standalone("a tier object", ACCOUNT_AND_DAY, ResultsReader.TIER, ResultsReader::tier)),
        Map.entry(
            RelationshipStageResult.class,
            standalone(
                "a relationship stage object",
                ACCOUNT_AND_DAY,
                ResultsReader.RELATIONSHIP,
                ResultsReader::relationship)),
        Map.entry(
            TurnoverImpact.class,
            standalone(
                "a turnover impact object",
                ACCOUNT_AND_DAY,
                ResultsReader.TURNOVER_IMPACT,
                ResultsReader::turnoverImpact)),
        Map.entry(
            ComplianceReport.class,
            standalone(
                "a compliance object",
                DAY,
                ResultsReader.COMPLIANCE,
                (r, in) -> r.compliance(in, ResultsReader.ACCOUNT_FINDING_OBJECT))),
        Map.entry(
            PortfolioTiering.class,
            standalone("a tiering object", DAY, ResultsReader.TIERING, ResultsReader::tiering)),
        Map.entry(
            SamAllocation.class,
            standalone("a SAM allocation object", DAY, ResultsReader.SAM, ResultsReader::sam)),
        Map.entry(
            UnderServedReport.class,
            standalone(
                "an under-served object",
                DAY,
                ResultsReader.UNDER_SERVED,
                ResultsReader::underServed)),
        Map.entry(
            PipelineResult.class,
            standalone(
                "a pipeline object",
                ACCOUNT_AND_DAY,
                ResultsReader.PIPELINE,
                ResultsReader::pipeline)),
        Map.entry(
            CommitteeProgressionResult.class,
            standalone(
                "a committee object",
                ACCOUNT_AND_DAY,
                ResultsReader.COMMITTEE,
                ResultsReader::committee)),
        Map.entry(
            CommitteePortfolioResult.class,
            standalone(
                "a committee portfolio object",
                DAY,
                ResultsReader.COMMITTEE_PORTFOLIO,
                ResultsReader::committeePortfolio)),
        Map.entry(
            ShareOfVoiceResult.class,
            standalone(
                "a share of voice object",
                ACCOUNT_AND_DAY,
                ResultsReader.SHARE_OF_VOICE,
                ResultsReader::shareOfVoice)),
        Map.entry(
            ShareOfVoicePortfolioResult.class,
            standalone(
                "a share of voice portfolio object",
                DAY,
                ResultsReader.VOICE_PORTFOLIO,
                ResultsReader::voicePortfolio)));
  }

  /**
   * A view of a result whose policy a results document leaves out: its account and day, then its
   * body; the version of the policy, written for the result, is read and let go, as a view has no
   * policy.
   */
  private static <V> Conv<V> view(String what, List<String> body, Standalone<V> read) {
    return standalone(
        what,
        ACCOUNT_DAY_AND_POLICY,
        body,
        (r, in) -> {
          in.opt("policyVersion", Scalars.TEXT, version -> {});
          return read.read(r, in);
        });
  }

  /**
   * A result whose policy a results document leaves out: read as its view, and built with the
   * default policy, the one policy its version (which must be the default's) can stand for.
   */
  private static <V, R> Conv<R> ofDefaultPolicy(
      String what,
      List<String> body,
      String defaultVersion,
      Class<V> view,
      Standalone<V> read,
      Function<V, R> result) {
    return standalone(
        what,
        ACCOUNT_DAY_AND_POLICY,
        body,
        (r, in) -> {
          in.req("policyVersion", defaultPolicy(defaultVersion, view.getSimpleName()), v -> {});
          V v = read.read(r, in);
          return v == null ? null : in.build(() -> result.apply(v));
        });
  }

  private static CoverageResult coverageResult(CoverageView v) {
    return CoverageResult.builder()
        .account(v.account())
        .asOf(v.asOf())
        .scale(v.scale())
        .score(v.score())
        .status(v.status())
        .statusReason(v.statusReason())
        .addAllEngaged(v.engaged())
        .policy(CoveragePolicy.defaults())
        .build();
  }

  private static CompletenessResult completenessResult(CompletenessView v) {
    return CompletenessResult.builder()
        .account(v.account())
        .asOf(v.asOf())
        .score(v.score())
        .addAllRot(v.rot())
        .progress(v.progress())
        .policy(CompletenessPolicy.defaults())
        .build();
  }

  private static HealthResult healthResult(HealthView v) {
    return HealthResult.builder()
        .account(v.account())
        .asOf(v.asOf())
        .score(v.score())
        .leading(v.leading())
        .lagging(v.lagging())
        .status(v.status())
        .statusReason(v.statusReason())
        .addAllColourRules(v.colourRules())
        .policy(HealthPolicy.defaults())
        .build();
  }

  /** The properties of a result on its own: {@code header}, then its body's, each once. */
  static List<String> standalone(List<String> header, List<String> body) {
    Set<String> all = new LinkedHashSet<>(header);
    all.addAll(body);
    return List.copyOf(all);
  }

  /** Reads the body of a result on its own with a reader of its account and day. */
  @FunctionalInterface
  private interface Standalone<T> {
    @Nullable T read(ResultsReader reader, In in);
  }

  /**
   * A result on its own: the account and day {@code header} names are read first (stand-ins where
   * it names none, or they cannot be read), then {@code body}'s properties as a results document
   * holds them.
   */
  private static <T> Conv<T> standalone(
      String what, List<String> header, List<String> body, Standalone<T> read) {
    List<String> properties = standalone(header, body);
    return Conv.tree(
        what,
        (cx, node, at) -> {
          In in = In.object(cx, node, at, what, properties);
          if (in == null) {
            return null;
          }
          AccountId[] account = {AccountId.of("?")};
          LocalDate[] asOf = {LocalDate.EPOCH};
          if (header.contains("account")) {
            in.req("account", ResultsReader.ACCOUNT_ID, a -> account[0] = a);
          }
          if (header.contains("asOf")) {
            in.req("asOf", Scalars.DATE_VALUE, d -> asOf[0] = d);
          }
          return read.read(ResultsReader.of(cx, asOf[0], account[0]), in);
        });
  }

  /**
   * The version of the default policy, the one policy a result's version can stand for: a result of
   * another policy reads back as its view (named), which has no policy.
   */
  private static Conv<String> defaultPolicy(String version, String view) {
    String expected =
        "the default policy's version, \""
            + version
            + "\" (a result of another policy reads back as a "
            + view
            + ")";
    return Conv.tree(
        expected,
        (cx, node, at) -> {
          String read = Scalars.TEXT.read(cx, node, at);
          if (read != null && !read.equals(version)) {
            cx.invalid(at, expected, node);
            return null;
          }
          return read;
        });
  }

  private static @Nullable SamReadiness samReadiness(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a SAM readiness object", SAM_READINESS);
    if (in == null) {
      return null;
    }
    SamReadiness.Builder b = SamReadiness.builder();
    in.req("account", ResultsReader.ACCOUNT_ID, b::account);
    in.req("asOf", Scalars.DATE_VALUE, b::asOf);
    in.req("accountName", Scalars.TEXT, b::accountName);
    in.req("policyVersion", Scalars.TEXT, b::policyVersion);
    in.list("practices", ResultsReader.CRITERION_OBJECT, b::addAllPractices);
    return in.build(b::build);
  }

  private static @Nullable InvestmentResult investment(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "an investment object", INVESTMENT);
    if (in == null) {
      return null;
    }
    InvestmentResult.Builder b = InvestmentResult.builder();
    in.req("asOf", Scalars.DATE_VALUE, b::asOf);
    in.req("policyVersion", Scalars.TEXT, b::policyVersion);
    in.req("effortMeasure", MessageReader.MESSAGE, b::effortMeasure);
    in.opt(
        "effort",
        Conv.tree("an object of decimals by account id", StandaloneResultsReader::effort),
        b::putAllEffort);
    in.set("topAccounts", ResultsReader.ACCOUNT_ID, b::addAllTopAccounts);
    in.set("notRanked", ResultsReader.ACCOUNT_ID, b::addAllNotRanked);
    in.opt("concentration", Scalars.DECIMAL_VALUE, b::concentration);
    in.req("evenSpread", Scalars.FLAG, b::evenSpread);
    in.set("underinvested", ResultsReader.ACCOUNT_ID, b::addAllUnderinvested);
    in.req("medianEffort", Scalars.DECIMAL_VALUE, b::medianEffort);
    in.list("reasons", ResultsReader.REASON_OBJECT, b::addAllReasons);
    return in.build(b::build);
  }

  /** Each property name an account id, each value a decimal. */
  private static @Nullable Map<AccountId, BigDecimal> effort(
      ReadContext cx, JsonNode node, Pointer at) {
    if (!node.isObject()) {
      cx.wrongType(at, "an object of decimals by account id", node);
      return null;
    }
    int mark = cx.mark();
    Map<AccountId, BigDecimal> effort = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      Pointer here = at.at(e.getKey());
      BigDecimal value = Scalars.DECIMAL_VALUE.read(cx, e.getValue(), here);
      try {
        AccountId account = AccountId.of(e.getKey());
        if (value != null) {
          effort.put(account, value);
        }
      } catch (InvalidModelException bad) {
        cx.problem(
            ProblemKind.INVALID_VALUE,
            here,
            "a property name that is a valid account id",
            Describe.quote(e.getKey()) + ", which " + bad.violations().get(0).message());
      }
    }
    return cx.cleanSince(mark) ? effort : null;
  }

  /** The results' day is the roll-up's. */
  private static @Nullable PortfolioMaturity portfolioMaturity(
      ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a portfolio maturity object", PORTFOLIO_MATURITY);
    if (in == null) {
      return null;
    }
    PortfolioMaturity.Builder b = PortfolioMaturity.builder();
    LocalDate[] asOf = {LocalDate.EPOCH};
    in.req("asOf", Scalars.DATE_VALUE, d -> asOf[0] = d);
    b.asOf(asOf[0]);
    in.req("policyVersion", Scalars.TEXT, b::policyVersion);
    in.list(
        "results",
        Conv.tree(
            "a maturity object",
            (c, n, p) -> {
              In result = In.object(c, n, p, "a maturity object", PORTFOLIO_MATURITY_RESULT);
              if (result == null) {
                return null;
              }
              MaturityResult.Builder r = MaturityResult.builder().asOf(asOf[0]);
              result.req("account", ResultsReader.ACCOUNT_ID, r::account);
              ResultsReader.maturityFields(result, r);
              return result.build(r::build);
            }),
        b::addAllResults);
    return in.build(b::build);
  }

  private static @Nullable StageChange stageChange(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a stage change object", STAGE_CHANGE);
    if (in == null) {
      return null;
    }
    StageChange.Builder b = StageChange.builder();
    in.req("account", ResultsReader.ACCOUNT_ID, b::account);
    in.req("accountName", Scalars.TEXT, b::accountName);
    in.req("fromStage", Scalars.enumOf(MaturityStage.class), b::fromStage);
    in.req("toStage", Scalars.enumOf(MaturityStage.class), b::toStage);
    in.list("lost", ResultsReader.CRITERION_OBJECT, b::addAllLost);
    return in.build(b::build);
  }

  private static @Nullable MaturityComparison comparison(
      ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a maturity comparison object", COMPARISON);
    if (in == null) {
      return null;
    }
    MaturityComparison.Builder b = MaturityComparison.builder();
    in.req("since", Scalars.DATE_VALUE, b::since);
    in.req("asOf", Scalars.DATE_VALUE, b::asOf);
    in.req("policyVersion", Scalars.TEXT, b::policyVersion);
    in.list("regressed", STAGE_CHANGE_OBJECT, b::addAllRegressed);
    in.list("advanced", STAGE_CHANGE_OBJECT, b::addAllAdvanced);
    in.set("unchanged", ResultsReader.ACCOUNT_ID, b::addAllUnchanged);
    in.set("added", ResultsReader.ACCOUNT_ID, b::addAllAdded);
    in.set("removed", ResultsReader.ACCOUNT_ID, b::addAllRemoved);
    return in.build(b::build);
  }

  private static @Nullable AggregateSpend aggregateSpend(
      ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "an aggregate spend object", AGGREGATE_SPEND);
    if (in == null) {
      return null;
    }
    AggregateSpend.Builder b = AggregateSpend.builder();
    in.req("asOf", Scalars.DATE_VALUE, b::asOf);
    in.req("policyVersion", Scalars.TEXT, b::policyVersion);
    in.list("recipientYears", RECIPIENT_YEAR_OBJECT, b::addAllRecipientYears);
    return in.build(b::build);
  }

  private static @Nullable RecipientYear recipientYear(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a recipient-year object", RECIPIENT_YEAR);
    if (in == null) {
      return null;
    }
    RecipientYear.Builder b = RecipientYear.builder();
    in.opt("manufacturer", Scalars.TEXT, b::manufacturer);
    in.req("recipient", ResultsReader.SUBJECT_OBJECT, b::recipient);
    in.req("programYear", Scalars.INTEGER, b::programYear);
    in.req(
        "coverage",
        Conv.tree("a recipient coverage object", StandaloneResultsReader::coverage),
        b::coverage);
    in.opt("threshold", THRESHOLD_OBJECT, b::threshold);
    in.req("basis", Scalars.enumOf(AggregateBasis.class), b::basis);
    in.req("aggregate", ValueReader.MONEY, b::aggregate);
    in.req("aggregateExceeded", Scalars.FLAG, b::aggregateExceeded);
    in.req("complete", Scalars.FLAG, b::complete);
    in.req("yearEnded", Scalars.FLAG, b::yearEnded);
    in.req("total", ValueReader.MONEY, b::total);
    in.req("reportableTotal", ValueReader.MONEY, b::reportableTotal);
    in.opt("totalsByNature", BY_NATURE, b::putAllTotalsByNature);
    in.opt("reportableTotalsByNature", BY_NATURE, b::putAllReportableTotalsByNature);
    in.list("assessments", ASSESSMENT_OBJECT, b::addAllAssessments);
    return in.build(b::build);
  }

  /** Exactly one of {@code type} (covered) and {@code reason} (not covered). */
  private static @Nullable Coverage coverage(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a recipient coverage object", RECIPIENT_COVERAGE);
    if (in == null) {
      return null;
    }
    Object[] v = new Object[2];
    in.opt("type", Scalars.enumOf(CoveredRecipientType.class), x -> v[0] = x);
    in.opt("reason", Scalars.enumOf(ReportabilityReason.class), x -> v[1] = x);
    if (in.has("type") == in.has("reason")) {
      cx.invalid(at, "exactly one of type (covered) and reason (not covered)", node);
      return null;
    }
    return in.build(
        () ->
            v[0] != null
                ? Coverage.covered((CoveredRecipientType) v[0])
                : Coverage.not((ReportabilityReason) v[1]));
  }

  /** Amounts by nature of payment, each nature at most once. */
  private static @Nullable Map<NatureOfPayment, Money> byNature(
      ReadContext cx, JsonNode node, Pointer at) {
    List<String> natures = Arrays.stream(NatureOfPayment.values()).map(Enum::name).toList();
    In in = In.object(cx, node, at, "an object of amounts by nature of payment", natures);
    if (in == null) {
      return null;
    }
    Map<NatureOfPayment, Money> totals = new EnumMap<>(NatureOfPayment.class);
    for (NatureOfPayment nature : NatureOfPayment.values()) {
      in.opt(nature.name(), ValueReader.MONEY, m -> totals.put(nature, m));
    }
    return in.build(() -> totals);
  }

  private static @Nullable ThresholdRow threshold(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a threshold row object", THRESHOLD);
    if (in == null) {
      return null;
    }
    Object[] v = new Object[4];
    in.req("programYear", Scalars.INTEGER, x -> v[0] = x);
    in.req("minimum", ValueReader.MONEY, x -> v[1] = x);
    in.req("aggregateTrigger", ValueReader.MONEY, x -> v[2] = x);
    in.req("source", Scalars.TEXT, x -> v[3] = x);
    return in.build(
        () -> new ThresholdRow((Integer) v[0], (Money) v[1], (Money) v[2], (String) v[3]));
  }

  private static @Nullable TransferAssessment assessment(
      ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a transfer assessment object", ASSESSMENT);
    if (in == null) {
      return null;
    }
    TransferAssessment.Builder b = TransferAssessment.builder();
    in.req("transfer", Scalars.id(TransferOfValueId::of), b::transfer);
    in.req("recipient", ResultsReader.SUBJECT_OBJECT, b::recipient);
    in.req("date", Scalars.DATE_VALUE, b::date);
    in.req("nature", Scalars.enumOf(NatureOfPayment.class), b::nature);
    in.req("form", Scalars.enumOf(FormOfPayment.class), b::form);
    in.req("amount", ValueReader.MONEY, b::amount);
    in.req("partakers", PARTAKERS, b::partakers);
    in.opt("usdValue", ValueReader.MONEY, b::usdValue);
    in.opt("exclusion", Scalars.enumOf(StatutoryExclusion.class), b::exclusion);
    in.req("reason", Scalars.enumOf(ReportabilityReason.class), b::reason);
    in.req("why", MessageReader.MESSAGE, b::why);
    return in.build(b::build);
  }
}
