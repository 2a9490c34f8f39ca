package dev.kamkit.json.deser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The readers know exactly the properties the schema defines, in its order (the order unknown
 * property messages list them in), and require exactly those the schema requires.
 */
class ReaderPropertiesTest {
  private static final Map<String, PropertyTable<?, ?>> READERS =
      Map.ofEntries(
          Map.entry("account", AccountReader.ACCOUNT),
          Map.entry("site", AccountReader.SITE),
          Map.entry("clinicalUnit", AccountReader.CLINICAL_UNIT),
          Map.entry("accountProfile", ProfileReader.PROFILE_PROPERTIES),
          Map.entry("gpoAffiliation", ProfileReader.GPO),
          Map.entry("contract", ProfileReader.CONTRACT),
          Map.entry("annualVolume", ProfileReader.VOLUME),
          Map.entry("stakeholder", StakeholderReader.STAKEHOLDER),
          Map.entry("committeeMembership", StakeholderReader.MEMBERSHIP),
          Map.entry("hcpIdentity", StakeholderReader.HCP),
          Map.entry("stakeholderInfluence", StakeholderReader.INFLUENCE),
          Map.entry("decisionBody", TeamReader.DECISION_BODY),
          Map.entry("teamMember", TeamReader.TEAM_MEMBER),
          Map.entry("relationship", TeamReader.RELATIONSHIP),
          Map.entry("product", ProductReader.PRODUCT),
          Map.entry("indication", ProductReader.INDICATION),
          Map.entry("indicationApproval", ProductReader.APPROVAL),
          Map.entry("whitespaceCell", GridReader.WHITESPACE),
          Map.entry("formularyEntry", GridReader.FORMULARY),
          Map.entry("accountPlan", PlanReader.PLAN),
          Map.entry("accountNeed", PlanItemReader.NEED),
          Map.entry("objective", PlanItemReader.OBJECTIVE),
          Map.entry("action", PlanItemReader.ACTION),
          Map.entry("kpi", PlanItemReader.KPI),
          Map.entry("valueProposition", PlanContextReader.VALUE_PROPOSITION),
          Map.entry("competitorPosition", PlanContextReader.COMPETITOR),
          Map.entry("swotAnalysis", PlanContextReader.SWOT),
          Map.entry("sharedValueInitiative", PlanContextReader.INITIATIVE),
          Map.entry("jointBusinessPlan", PlanContextReader.JOINT_PLAN),
          Map.entry("patientPathway", PathwayReader.PATHWAY),
          Map.entry("pathwayStage", PathwayReader.STAGE),
          Map.entry("customerFeedback", PathwayReader.FEEDBACK),
          Map.entry("interaction", EngagementReader.INTERACTION),
          Map.entry("productDiscussion", EngagementReader.DISCUSSION),
          Map.entry("transferOfValue", EngagementReader.TRANSFER),
          Map.entry("travelDestination", EngagementReader.DESTINATION),
          Map.entry("opportunity", PipelineReader.OPPORTUNITY),
          Map.entry("committeeSubmission", CommitteeReader.SUBMISSION),
          Map.entry("submissionStep", CommitteeReader.STEP),
          Map.entry("competitorActivity", CompetitorReader.ACTIVITY),
          Map.entry("portfolioAccount", KeyAccountReader.PORTFOLIO_ACCOUNT));

  @Test
  void readersKnowTheSchemasPropertiesInItsOrder() throws IOException {
    JsonNode defs =
        JsonMapper.builder()
            .build()
            .readTree(
                Files.readString(
                    Path.of(
                        "src",
                        "main",
                        "resources",
                        "dev",
                        "kamkit",
                        "json",
                        "schema",
                        "account-1.4.schema.json")))
            .get("$defs");
    List<String> objects = new ArrayList<>();
    for (Map.Entry<String, JsonNode> def : defs.properties()) {
      if (def.getValue().has("properties") && READERS.containsKey(def.getKey())) {
        objects.add(def.getKey());
        PropertyTable<?, ?> table = READERS.get(def.getKey());
        assertEquals(
            List.copyOf(def.getValue().get("properties").propertyNames()),
            table.names(),
            def.getKey());
        List<String> required = new ArrayList<>();
        def.getValue().path("required").forEach(name -> required.add(name.stringValue()));
        required.sort(null);
        List<String> tableRequired = new ArrayList<>(table.requiredNames());
        tableRequired.sort(null);
        assertEquals(required, tableRequired, def.getKey() + " required");
      }
    }
    assertEquals(READERS.size(), objects.size());
  }

  private static final Map<String, List<String>> RESULTS_READERS =
      Map.ofEntries(
          Map.entry("accountResults", ResultsReader.ACCOUNT),
          Map.entry("portfolio", ResultsReader.PORTFOLIO),
          Map.entry("acrossAccounts", ResultsReader.COMPLIANCE),
          Map.entry("tiering", ResultsReader.TIERING),
          Map.entry("sam", ResultsReader.SAM),
          Map.entry("underServed", ResultsReader.UNDER_SERVED),
          Map.entry("coverage", ResultsReader.COVERAGE),
          Map.entry("completeness", ResultsReader.COMPLETENESS),
          Map.entry("planProgress", ResultsReader.PLAN_PROGRESS),
          Map.entry("progress", ResultsReader.PROGRESS),
          Map.entry("whitespace", ResultsReader.WHITESPACE),
          Map.entry("opportunity", ResultsReader.OPPORTUNITY),
          Map.entry("health", ResultsReader.HEALTH),
          Map.entry("maturity", ResultsReader.MATURITY),
          Map.entry("stage", ResultsReader.STAGE),
          Map.entry("criterion", ResultsReader.CRITERION),
          Map.entry("engagement", ResultsReader.ENGAGEMENT),
          Map.entry("axis", ResultsReader.AXIS),
          Map.entry("factor", ResultsReader.FACTOR),
          Map.entry("recommendation", ResultsReader.RECOMMENDATION),
          Map.entry("tier", ResultsReader.TIER),
          Map.entry("compliance", ResultsReader.COMPLIANCE),
          Map.entry("relationship", ResultsReader.RELATIONSHIP),
          Map.entry("nextStakeholder", ResultsReader.NEXT_STAKEHOLDER),
          Map.entry("turnoverImpact", ResultsReader.TURNOVER_IMPACT),
          Map.entry("pipeline", ResultsReader.PIPELINE),
          Map.entry("targetCoverage", ResultsReader.TARGET_COVERAGE),
          Map.entry("cellRef", ResultsReader.CELL),
          Map.entry("committee", ResultsReader.COMMITTEE),
          Map.entry("committeePolicy", ResultsReader.COMMITTEE_POLICY),
          Map.entry("submissionProgress", ResultsReader.SUBMISSION_PROGRESS),
          Map.entry("stageTime", ResultsReader.STAGE_TIME),
          Map.entry("nextMeeting", ResultsReader.NEXT_MEETING),
          Map.entry("committeePortfolio", ResultsReader.COMMITTEE_PORTFOLIO),
          Map.entry("portfolioCommittee", ResultsReader.PORTFOLIO_COMMITTEE),
          Map.entry("shareOfVoice", ResultsReader.SHARE_OF_VOICE),
          Map.entry("voicePolicy", ResultsReader.VOICE_POLICY),
          Map.entry("competitorVoice", ResultsReader.COMPETITOR_VOICE),
          Map.entry("voicePortfolio", ResultsReader.VOICE_PORTFOLIO),
          Map.entry("peerVoice", ResultsReader.PEER_VOICE),
          Map.entry("finding", ResultsReader.FINDING),
          Map.entry("score", ResultsReader.SCORE),
          Map.entry("scoreComponent", ResultsReader.COMPONENT),
          Map.entry("reason", ResultsReader.REASON),
          Map.entry("subject", ResultsReader.SUBJECT),
          Map.entry("message", MessageReader.PROPERTIES),
          Map.entry("samReadiness", StandaloneResultsReader.SAM_READINESS),
          Map.entry("investment", StandaloneResultsReader.INVESTMENT),
          Map.entry("portfolioMaturity", StandaloneResultsReader.PORTFOLIO_MATURITY),
          Map.entry("portfolioMaturityResult", StandaloneResultsReader.PORTFOLIO_MATURITY_RESULT),
          Map.entry("stageChange", StandaloneResultsReader.STAGE_CHANGE),
          Map.entry("maturityComparison", StandaloneResultsReader.COMPARISON),
          Map.entry("aggregateSpend", StandaloneResultsReader.AGGREGATE_SPEND),
          Map.entry("recipientYear", StandaloneResultsReader.RECIPIENT_YEAR),
          Map.entry("recipientCoverage", StandaloneResultsReader.RECIPIENT_COVERAGE),
          Map.entry("thresholdRow", StandaloneResultsReader.THRESHOLD),
          Map.entry("transferAssessment", StandaloneResultsReader.ASSESSMENT));

  /**
   * Each result a results document holds, on its own: the schema definition of that form, what it
   * starts with, and the definition of the result in a results document.
   */
  private static final List<List<Object>> ALONE =
      List.of(
          alone("standaloneCoverage", StandaloneResultsReader.ACCOUNT_DAY_AND_POLICY, "coverage"),
          alone(
              "standaloneCompleteness",
              StandaloneResultsReader.ACCOUNT_DAY_AND_POLICY,
              "completeness"),
          alone("standaloneHealth", StandaloneResultsReader.ACCOUNT_DAY_AND_POLICY, "health"),
          alone("standaloneWhitespace", StandaloneResultsReader.ACCOUNT_AND_DAY, "whitespace"),
          alone("standaloneMaturity", StandaloneResultsReader.ACCOUNT_AND_DAY, "maturity"),
          alone("standaloneEngagement", StandaloneResultsReader.ACCOUNT_AND_DAY, "engagement"),
          alone("standaloneAxis", StandaloneResultsReader.AXIS_NAMED, "axis"),
          alone("standaloneTier", StandaloneResultsReader.ACCOUNT_AND_DAY, "tier"),
          alone("standaloneCompliance", StandaloneResultsReader.DAY, "acrossAccounts"),
          alone("standaloneRelationship", StandaloneResultsReader.ACCOUNT_AND_DAY, "relationship"),
          alone(
              "standaloneTurnoverImpact",
              StandaloneResultsReader.ACCOUNT_AND_DAY,
              "turnoverImpact"),
          alone("standaloneTiering", StandaloneResultsReader.DAY, "tiering"),
          alone("standaloneSam", StandaloneResultsReader.DAY, "sam"),
          alone("standaloneUnderServed", StandaloneResultsReader.DAY, "underServed"),
          alone("standalonePipeline", StandaloneResultsReader.ACCOUNT_AND_DAY, "pipeline"),
          alone("standaloneCommittee", StandaloneResultsReader.ACCOUNT_AND_DAY, "committee"),
          alone("standaloneCommitteePortfolio", StandaloneResultsReader.DAY, "committeePortfolio"),
          alone("standaloneShareOfVoice", StandaloneResultsReader.ACCOUNT_AND_DAY, "shareOfVoice"),
          alone("standaloneVoicePortfolio", StandaloneResultsReader.DAY, "voicePortfolio"));

  private static List<Object> alone(String def, List<String> header, String body) {
    return List.of(def, header, body);
  }

  private static JsonNode resultsDefs() throws IOException {
    return JsonMapper.builder()
        .build()
        .readTree(
            Files.readString(
                Path.of("src/main/resources/dev/kamkit/json/schema/results-2.3.schema.json")))
        .get("$defs");
  }

  /**
   * A result on its own is spelt once: its definition is what it starts with, then the properties
   * of its definition in a results document, each the same schema there and here, required as
   * there; and the reader knows exactly those properties in that order.
   */
  @Test
  void aResultOnItsOwnIsItsHeaderThenItsResultsDocumentDefinition() throws IOException {
    JsonNode defs = resultsDefs();
    for (List<Object> form : ALONE) {
      String name = (String) form.get(0);
      @SuppressWarnings("unchecked")
      List<String> header = (List<String>) form.get(1);
      JsonNode def = defs.get(name);
      JsonNode body = defs.get((String) form.get(2));
      List<String> names = List.copyOf(def.get("properties").propertyNames());
      List<String> bodyNames = List.copyOf(body.get("properties").propertyNames());
      assertEquals(
          StandaloneResultsReader.standalone(header, bodyNames), names, name + " properties");
      for (String property : bodyNames) {
        assertEquals(
            body.get("properties").get(property),
            def.get("properties").get(property),
            name + "/" + property + " as in " + form.get(2));
      }
      List<String> required = texts(def.get("required"));
      List<String> bodyRequired = texts(body.get("required"));
      assertEquals(
          bodyRequired, required.subList(required.size() - bodyRequired.size(), required.size()));
      assertEquals(false, def.get("additionalProperties").booleanValue(), name);
    }
  }

  @Test
  void theResultsReaderKnowsTheResultsSchemasPropertiesInItsOrder() throws IOException {
    JsonNode defs = resultsDefs();
    for (Map.Entry<String, List<String>> reader : RESULTS_READERS.entrySet()) {
      assertEquals(
          List.copyOf(defs.get(reader.getKey()).get("properties").propertyNames()),
          reader.getValue(),
          reader.getKey());
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(text -> texts.add(text.stringValue()));
    return texts;
  }
}
