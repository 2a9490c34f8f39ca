package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.kamkit.json.format.AccountResults;
import dev.kamkit.json.format.CompletenessView;
import dev.kamkit.json.format.CoverageView;
import dev.kamkit.json.format.DocumentKind;
import dev.kamkit.json.format.HealthView;
import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.json.format.ResultsDocument;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.testing.KamGens;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.compliance.ComplianceReport;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.engagement.AxisScore;
import dev.kamkit.rules.engagement.EngagementAssessment;
import dev.kamkit.rules.engagement.FactorAssessment;
import dev.kamkit.rules.engagement.HeldBack;
import dev.kamkit.rules.engagement.Recommendation;
import dev.kamkit.rules.engagement.SamAllocation;
import dev.kamkit.rules.evaluation.AccountEvaluation;
import dev.kamkit.rules.evaluation.Kamkit;
import dev.kamkit.rules.evaluation.PortfolioEvaluation;
import dev.kamkit.rules.maturity.MaturityResult;
import dev.kamkit.rules.maturity.RelationshipStageResult;
import dev.kamkit.rules.maturity.StageResult;
import dev.kamkit.rules.tiering.PortfolioTiering;
import dev.kamkit.rules.tiering.TierResult;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.ScoreComponent;
import dev.kamkit.scoring.committee.CommitteePortfolioResult;
import dev.kamkit.scoring.committee.CommitteeProgressionPolicy;
import dev.kamkit.scoring.committee.CommitteeProgressionResult;
import dev.kamkit.scoring.committee.NextMeeting;
import dev.kamkit.scoring.committee.StageTime;
import dev.kamkit.scoring.committee.SubmissionProgress;
import dev.kamkit.scoring.completeness.CompletenessResult;
import dev.kamkit.scoring.completeness.PlanProgress;
import dev.kamkit.scoring.completeness.Progress;
import dev.kamkit.scoring.coverage.CoveragePolicy;
import dev.kamkit.scoring.coverage.CoverageResult;
import dev.kamkit.scoring.coverage.NextStakeholder;
import dev.kamkit.scoring.coverage.TurnoverImpact;
import dev.kamkit.scoring.health.AccountFocus;
import dev.kamkit.scoring.health.HealthResult;
import dev.kamkit.scoring.health.UnderServedPolicy;
import dev.kamkit.scoring.health.UnderServedReport;
import dev.kamkit.scoring.pipeline.PipelineResult;
import dev.kamkit.scoring.pipeline.TargetCoverage;
import dev.kamkit.scoring.voice.CompetitorVoice;
import dev.kamkit.scoring.voice.ShareOfVoicePolicy;
import dev.kamkit.scoring.voice.ShareOfVoicePortfolioResult;
import dev.kamkit.scoring.voice.ShareOfVoiceResult;
import dev.kamkit.scoring.whitespace.CellRef;
import dev.kamkit.scoring.whitespace.Opportunity;
import dev.kamkit.scoring.whitespace.WhitespaceResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results a results document holds have a form of their own on a host's mapper: what the entry
 * and the document would say (the account, the day) first, then the properties the result has in a
 * results document. Each is written as its schema definition says and reads back equal.
 */
class ResultsAloneTest {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new KamkitModule()).build();
  private static final LocalDate AS_OF = SeedAccounts.AS_OF;
  private static final PortfolioEvaluation EVALUATION =
      Kamkit.withDefaults().evaluate(SeedAccounts.portfolio(), AS_OF);
  private static final AccountEvaluation ACCOUNT = EVALUATION.accounts().get(0);

  private static <T> JsonNode roundTrips(T value, Class<T> type, String def) {
    return StandaloneResultsTest.roundTrips(value, type, def);
  }

  /** Every result of one evaluated account, and every part of them, on its own. */
  private static void accountRoundTrips(AccountEvaluation e) {
    roundTrips(e.coverage(), CoverageResult.class, "standaloneCoverage");
    roundTrips(CoverageView.of(e.coverage()), CoverageView.class, "standaloneCoverage");
    roundTrips(e.completeness(), CompletenessResult.class, "standaloneCompleteness");
    roundTrips(
        CompletenessView.of(e.completeness()), CompletenessView.class, "standaloneCompleteness");
    e.completeness()
        .progress()
        .ifPresent(
            p -> {
              roundTrips(p, PlanProgress.class, "planProgress");
              roundTrips(p.plan(), Progress.class, "progress");
            });
    roundTrips(e.whitespace(), WhitespaceResult.class, "standaloneWhitespace");
    e.whitespace().opportunities().forEach(o -> roundTrips(o, Opportunity.class, "opportunity"));
    roundTrips(e.health(), HealthResult.class, "standaloneHealth");
    roundTrips(HealthView.of(e.health()), HealthView.class, "standaloneHealth");
    roundTrips(e.maturity(), MaturityResult.class, "standaloneMaturity");
    for (StageResult stage : e.maturity().stages()) {
      roundTrips(stage, StageResult.class, "stage");
      stage.criteria().forEach(c -> roundTrips(c, CriterionResult.class, "criterion"));
    }
    EngagementAssessment engagement = e.engagement();
    roundTrips(engagement, EngagementAssessment.class, "standaloneEngagement");
    for (AxisScore axis :
        List.of(engagement.complexity(), engagement.value(), engagement.strategicFit())) {
      roundTrips(axis, AxisScore.class, "standaloneAxis");
      axis.factors().forEach(f -> roundTrips(f, FactorAssessment.class, "factor"));
    }
    engagement
        .recommendations()
        .forEach(r -> roundTrips(r, Recommendation.class, "recommendation"));
    roundTrips(e.tier(), TierResult.class, "standaloneTier");
    roundTrips(e.compliance(), ComplianceReport.class, "standaloneCompliance");
    e.compliance().findings().forEach(f -> roundTrips(f, Finding.class, "accountFinding"));
    e.configuration().forEach(f -> roundTrips(f, Finding.class, "accountFinding"));
    roundTrips(e.relationship(), RelationshipStageResult.class, "standaloneRelationship");
    e.nextStakeholders().forEach(n -> roundTrips(n, NextStakeholder.class, "nextStakeholder"));
    e.turnoverExposure()
        .forEach(t -> roundTrips(t, TurnoverImpact.class, "standaloneTurnoverImpact"));
    Score score = e.coverage().score();
    roundTrips(score, Score.class, "score");
    for (ScoreComponent component : score.components()) {
      roundTrips(component, ScoreComponent.class, "scoreComponent");
      component.reasons().forEach(r -> roundTrips(r, Reason.class, "reason"));
    }
    roundTrips(e.coverage().statusReason(), Message.class, "message");
    PipelineResult pipeline = e.pipeline();
    roundTrips(pipeline, PipelineResult.class, "standalonePipeline");
    pipeline.targets().forEach(t -> roundTrips(t, TargetCoverage.class, "targetCoverage"));
    pipeline.whitespaceInPipeline().forEach(c -> roundTrips(c, CellRef.class, "cellRef"));
    pipeline.whitespaceUnworked().forEach(c -> roundTrips(c, CellRef.class, "cellRef"));
    CommitteeProgressionResult committee = e.committee();
    roundTrips(committee, CommitteeProgressionResult.class, "standaloneCommittee");
    roundTrips(committee.policy(), CommitteeProgressionPolicy.class, "committeePolicy");
    committee
        .submissions()
        .forEach(s -> roundTrips(s, SubmissionProgress.class, "submissionProgress"));
    committee.stageTimes().forEach(t -> roundTrips(t, StageTime.class, "stageTime"));
    committee.nextMeetings().forEach(m -> roundTrips(m, NextMeeting.class, "nextMeeting"));
    ShareOfVoiceResult voice = e.shareOfVoice();
    roundTrips(voice, ShareOfVoiceResult.class, "standaloneShareOfVoice");
    roundTrips(voice.policy(), ShareOfVoicePolicy.class, "voicePolicy");
    voice.competitors().forEach(c -> roundTrips(c, CompetitorVoice.class, "competitorVoice"));
  }

  private static void portfolioRoundTrips(PortfolioEvaluation p) {
    roundTrips(p.tiering(), PortfolioTiering.class, "standaloneTiering");
    roundTrips(p.sam(), SamAllocation.class, "standaloneSam");
    p.sam().heldBack().forEach(h -> roundTrips(h, HeldBack.class, "heldBack"));
    roundTrips(p.underServed(), UnderServedReport.class, "standaloneUnderServed");
    roundTrips(p.underServed().policy(), UnderServedPolicy.class, "underServedPolicy");
    p.underServed().accounts().forEach(f -> roundTrips(f, AccountFocus.class, "accountFocus"));
    roundTrips(p.complianceAcrossAccounts(), ComplianceReport.class, "standaloneCompliance");
    roundTrips(p.committee(), CommitteePortfolioResult.class, "standaloneCommitteePortfolio");
    roundTrips(p.shareOfVoice(), ShareOfVoicePortfolioResult.class, "standaloneVoicePortfolio");
  }

  @Test
  void theSeedPortfoliosResultsRoundTripAlone() {
    EVALUATION.accounts().forEach(ResultsAloneTest::accountRoundTrips);
    portfolioRoundTrips(EVALUATION);
  }

  @Test
  void generatedPortfoliosResultsRoundTripAloneAndValidate() {
    qt().withFixedSeed(93L)
        .withExamples(6)
        .forAll(KamGens.portfolios(1, 3))
        .checkAssert(
            portfolio -> {
              PortfolioEvaluation evaluation = Kamkit.withDefaults().evaluate(portfolio, AS_OF);
              evaluation.accounts().forEach(ResultsAloneTest::accountRoundTrips);
              portfolioRoundTrips(evaluation);
            });
  }

  /** {@code written} less the properties its entry and document would say. */
  private static JsonNode body(JsonNode written, String... header) {
    ObjectNode copy = ((ObjectNode) written).deepCopy();
    for (String name : header) {
      assertTrue(copy.has(name), name);
      copy.remove(name);
    }
    return copy;
  }

  @Test
  void eachIsItsAccountAndDayThenWhatTheResultsDocumentHolds() {
    JsonNode document =
        MAPPER.readTree(
            KamJson.defaults().write(ResultsDocument.of(AS_OF, AccountResults.of(ACCOUNT))));
    JsonNode entry = document.at("/accounts/0");
    Map<String, Function<AccountEvaluation, Object>> parts =
        Map.of(
            "whitespace", AccountEvaluation::whitespace,
            "maturity", AccountEvaluation::maturity,
            "engagement", AccountEvaluation::engagement,
            "tier", AccountEvaluation::tier,
            "relationship", AccountEvaluation::relationship,
            "compliance", AccountEvaluation::compliance,
            "pipeline", AccountEvaluation::pipeline,
            "committee", AccountEvaluation::committee,
            "shareOfVoice", AccountEvaluation::shareOfVoice);
    parts.forEach(
        (name, part) -> {
          JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(part.apply(ACCOUNT)));
          if (name.equals("compliance")) {
            assertEquals(List.of("asOf", "packs", "findings"), names(written), name);
            assertEquals(
                ACCOUNT.account().value(), written.at("/findings/0/account").stringValue());
            return;
          }
          assertEquals(List.of("account", "asOf"), names(written).subList(0, 2), name);
          assertEquals(ACCOUNT.account().value(), written.get("account").stringValue(), name);
          assertEquals(AS_OF.toString(), written.get("asOf").stringValue(), name);
          assertEquals(entry.get(name), body(written, "account", "asOf"), name);
        });
    for (Object withPolicy :
        List.of(ACCOUNT.coverage(), ACCOUNT.completeness(), ACCOUNT.health())) {
      JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(withPolicy));
      assertEquals(List.of("account", "asOf", "policyVersion"), names(written).subList(0, 3));
    }
    assertEquals(
        entry.get("coverage"),
        body(
            MAPPER.readTree(MAPPER.writeValueAsString(ACCOUNT.coverage())),
            "account",
            "asOf",
            "policyVersion"));
    assertEquals(
        CoveragePolicy.DEFAULT_VERSION,
        MAPPER
            .readTree(MAPPER.writeValueAsString(ACCOUNT.coverage()))
            .get("policyVersion")
            .stringValue());
    assertFalse(
        MAPPER
            .readTree(MAPPER.writeValueAsString(CoverageView.of(ACCOUNT.coverage())))
            .has("policyVersion"),
        "a view has no policy");
    JsonNode axis = MAPPER.readTree(MAPPER.writeValueAsString(ACCOUNT.engagement().value()));
    assertEquals("VALUE", axis.get("axis").stringValue());
    assertEquals(entry.at("/engagement/value"), body(axis, "axis"));
    JsonNode tiering = MAPPER.readTree(MAPPER.writeValueAsString(EVALUATION.tiering()));
    JsonNode portfolio =
        MAPPER.readTree(KamJson.defaults().write(ResultsDocument.of(EVALUATION))).get("portfolio");
    assertEquals(portfolio.get("tiering"), body(tiering, "asOf"));
    JsonNode committee = MAPPER.readTree(MAPPER.writeValueAsString(EVALUATION.committee()));
    assertEquals(portfolio.get("committee"), body(committee, "asOf"));
    JsonNode voice = MAPPER.readTree(MAPPER.writeValueAsString(EVALUATION.shareOfVoice()));
    assertEquals(portfolio.get("shareOfVoice"), body(voice, "asOf"));
  }

  private static List<String> names(JsonNode node) {
    return List.copyOf(node.propertyNames());
  }

  @Test
  void aResultOfAnotherPolicyReadsBackAsItsViewNotAsTheResult() {
    CoverageResult custom =
        ACCOUNT
            .coverage()
            .withPolicy(
                CoveragePolicy.builder().from(CoveragePolicy.defaults()).version("acme-7").build());
    String json = MAPPER.writeValueAsString(custom);
    KamJsonException other =
        assertThrows(KamJsonException.class, () -> MAPPER.readValue(json, CoverageResult.class));
    assertEquals(ProblemKind.INVALID_VALUE, other.kind());
    assertEquals("/policyVersion", other.pointer());
    assertEquals("text \"acme-7\"", other.found());
    assertTrue(other.expected().contains("\"" + CoveragePolicy.DEFAULT_VERSION + "\""));
    assertTrue(other.expected().contains("CoverageView"));
    assertEquals(CoverageView.of(custom), MAPPER.readValue(json, CoverageView.class));
  }

  @Test
  void aChangedPolicyThatKeepsTheDefaultVersionIsRefusedWhenWritten() {
    CoveragePolicy changed =
        CoveragePolicy.builder()
            .from(CoveragePolicy.defaults())
            .amberFrom(CoveragePolicy.defaults().amberFrom().subtract(BigDecimal.ONE))
            .build();
    CoverageResult result = ACCOUNT.coverage().withPolicy(changed);
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> MAPPER.writeValueAsString(result));
    assertTrue(refused.getMessage().contains(CoveragePolicy.DEFAULT_VERSION), refused.getMessage());
  }

  @Test
  void badInputNamesItsPointerAndValue() {
    String maturity = MAPPER.writeValueAsString(ACCOUNT.maturity());

    KamJsonException noDay =
        assertThrows(
            KamJsonException.class,
            () ->
                MAPPER.readValue(
                    maturity.replace("\"asOf\":\"" + AS_OF + "\",", ""), MaturityResult.class));
    assertEquals(ProblemKind.MISSING_PROPERTY, noDay.kind());
    assertEquals("/asOf", noDay.pointer());

    KamJsonException badDay =
        assertThrows(
            KamJsonException.class,
            () ->
                MAPPER.readValue(
                    maturity.replace("\"" + AS_OF + "\"", "\"2026-02-30\""), MaturityResult.class));
    assertEquals(ProblemKind.INVALID_VALUE, badDay.kind());
    assertEquals("/asOf", badDay.pointer());
    assertEquals("text \"2026-02-30\"", badDay.found());

    KamJsonException badAccount =
        assertThrows(
            KamJsonException.class,
            () ->
                MAPPER.readValue(
                    maturity.replace(
                        "\"account\":\"" + ACCOUNT.account().value() + "\"", "\"account\":\" x\""),
                    MaturityResult.class));
    assertEquals(ProblemKind.INVALID_VALUE, badAccount.kind());
    assertEquals("/account", badAccount.pointer());
    assertEquals("text \" x\", which must not start or end with whitespace", badAccount.found());

    String tier = MAPPER.writeValueAsString(ACCOUNT.tier());
    KamJsonException unknown =
        assertThrows(
            KamJsonException.class,
            () ->
                MAPPER.readValue(
                    tier.replace("\"asOf\":", "\"day\":1,\"asOf\":"), TierResult.class));
    assertEquals(ProblemKind.UNKNOWN_PROPERTY, unknown.kind());
    assertEquals("/day", unknown.pointer());

    String axis = MAPPER.writeValueAsString(ACCOUNT.engagement().value());
    KamJsonException badAxis =
        assertThrows(
            KamJsonException.class,
            () ->
                MAPPER.readValue(
                    axis.replace("\"axis\":\"VALUE\"", "\"axis\":\"WORTH\""), AxisScore.class));
    assertEquals(ProblemKind.UNKNOWN_ENUM_VALUE, badAxis.kind());
    assertEquals("/axis", badAxis.pointer());
    assertEquals("text \"WORTH\"", badAxis.found());

    String coverage = MAPPER.writeValueAsString(ACCOUNT.coverage());
    String value = ACCOUNT.coverage().score().value().toPlainString();
    KamJsonException sum =
        assertThrows(
            KamJsonException.class,
            () ->
                MAPPER.readValue(
                    coverage.replace("\"value\":\"" + value + "\"", "\"value\":\"1000\""),
                    CoverageResult.class));
    assertEquals(ProblemKind.INVALID_VALUE, sum.kind());
    assertEquals("/score/value", sum.pointer());
    assertEquals("text \"1000\"", sum.found());

    KamJsonException noPolicy =
        assertThrows(
            KamJsonException.class,
            () ->
                MAPPER.readValue(
                    coverage.replace(
                        "\"policyVersion\":\"" + CoveragePolicy.DEFAULT_VERSION + "\",", ""),
                    CoverageResult.class));
    assertEquals(ProblemKind.MISSING_PROPERTY, noPolicy.kind());
    assertEquals("/policyVersion", noPolicy.pointer());

    String report = MAPPER.writeValueAsString(EVALUATION.complianceAcrossAccounts());
    KamJsonException notAnObject =
        assertThrows(
            KamJsonException.class,
            () -> MAPPER.readValue("[" + report + "]", ComplianceReport.class));
    assertEquals(ProblemKind.WRONG_TYPE, notAnObject.kind());
    assertEquals("", notAnObject.pointer());
  }

  /** The section of docs/json-format.md on these forms, up to the next section. */
  private static String documented() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "json-format.md"));
    int start = docs.indexOf("\n### A result of a results document on its own\n");
    assertTrue(start >= 0, "docs/json-format.md has no section on results of a document alone");
    return docs.substring(start, docs.indexOf("\n### ", start + 1));
  }

  @Test
  void theDocsNameEachFormWhatItStartsWithAndItsResultsDocumentDefinition() throws IOException {
    String section = documented();
    JsonNode defs = MAPPER.readTree(Schemas.schemaText(DocumentKind.RESULTS)).get("$defs");
    Matcher row =
        Pattern.compile("\n\\| ([^|]+) \\| `(\\w+)` \\| ([^|]+) \\| `(\\w+)`[^\n]*\\|")
            .matcher(section);
    List<String> forms = new ArrayList<>();
    while (row.find()) {
      String def = row.group(2);
      forms.add(def);
      List<String> properties = List.copyOf(defs.get(def).get("properties").propertyNames());
      List<String> body = List.copyOf(defs.get(row.group(4)).get("properties").propertyNames());
      List<String> first = new ArrayList<>();
      Matcher name = Pattern.compile("`(\\w+)`").matcher(row.group(3));
      while (name.find()) {
        if (properties.contains(name.group(1))) {
          first.add(name.group(1));
        }
      }
      List<String> expected = new ArrayList<>(first);
      body.stream().filter(p -> !expected.contains(p)).forEach(expected::add);
      assertEquals(properties, expected, def);
    }
    List<String> standalone = new ArrayList<>();
    defs.propertyNames()
        .forEach(
            n -> {
              if (n.startsWith("standalone")) {
                standalone.add(n);
              }
            });
    standalone.add("accountFinding");
    assertEquals(standalone.stream().sorted().toList(), forms.stream().sorted().toList());

    Matcher example =
        Pattern.compile(
                "\\{\"account\": \"([^\"]+)\", \"asOf\": \"([^\"]+)\", \"accountName\":"
                    + " \"([^\"]+)\",\\s*\"policyVersion\": \"([^\"]+)\", \"stage\":"
                    + " \"(\\w+)\",\\s*\"stages\": \\[\\{\"stage\": \"(\\w+)\"")
            .matcher(section);
    assertTrue(example.find(), "the example");
    MaturityResult maturity = ACCOUNT.maturity();
    assertEquals(
        List.of(
            maturity.account().value(),
            maturity.asOf().toString(),
            maturity.accountName(),
            maturity.policyVersion(),
            maturity.stage().name(),
            maturity.stages().get(0).stage().name()),
        List.of(
            example.group(1),
            example.group(2),
            example.group(3),
            example.group(4),
            example.group(5),
            example.group(6)),
        "the example is what kamkit writes for the seed's first account");
  }
}
