package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.kamkit.json.format.DocumentKind;
import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.testing.KamGens;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.compliance.openpayments.AggregateSpend;
import dev.kamkit.rules.compliance.openpayments.Coverage;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsPack;
import dev.kamkit.rules.compliance.openpayments.RecipientYear;
import dev.kamkit.rules.compliance.openpayments.ReportabilityReason;
import dev.kamkit.rules.compliance.openpayments.StatutoryExclusion;
import dev.kamkit.rules.compliance.openpayments.ThresholdRow;
import dev.kamkit.rules.compliance.openpayments.TransferAssessment;
import dev.kamkit.rules.engagement.EngagementAssessment;
import dev.kamkit.rules.engagement.EngagementAssessor;
import dev.kamkit.rules.engagement.InvestmentCheck;
import dev.kamkit.rules.engagement.InvestmentResult;
import dev.kamkit.rules.engagement.SamPractice;
import dev.kamkit.rules.engagement.SamReadiness;
import dev.kamkit.rules.engagement.SamReadinessCheck;
import dev.kamkit.rules.maturity.MaturityClassifier;
import dev.kamkit.rules.maturity.MaturityComparison;
import dev.kamkit.rules.maturity.MaturityResult;
import dev.kamkit.rules.maturity.MaturityRollup;
import dev.kamkit.rules.maturity.PortfolioMaturity;
import dev.kamkit.rules.maturity.StageChange;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results a results document does not hold have a form of their own on a host's mapper: each
 * names its account and day, is written as its schema definition says, and reads back equal.
 */
class StandaloneResultsTest {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new KamkitModule()).build();
  private static final Portfolio PORTFOLIO = SeedAccounts.portfolio();
  private static final LocalDate AS_OF = SeedAccounts.AS_OF;
  private static final MaturityClassifier MATURITY = MaturityClassifier.withDefaults();

  /**
   * Writes {@code value}, checks the JSON against the results schema's definition {@code def},
   * reads it back equal and writes the same again; returns the JSON as a tree.
   */
  static <T> JsonNode roundTrips(T value, Class<T> type, String def) {
    String json = MAPPER.writeValueAsString(value);
    assertEquals(List.of(), Schemas.errors("results-2.3.schema.json#/$defs/" + def, json), def);
    T back = MAPPER.readValue(json, type);
    assertEquals(value, back, def);
    assertEquals(json, MAPPER.writeValueAsString(back), def + " written again");
    return MAPPER.readTree(json);
  }

  private static List<EngagementAssessment> assessments(Portfolio portfolio, LocalDate asOf) {
    return portfolio.accounts().stream()
        .map(a -> EngagementAssessor.withDefaults().assess(a, asOf))
        .toList();
  }

  @Test
  void theAggregateSpendViewRoundTripsWithEachRecipientYearAndAssessment() {
    AggregateSpend spend = OpenPaymentsPack.withDefaults().aggregateSpend(PORTFOLIO, AS_OF);
    JsonNode tree = roundTrips(spend, AggregateSpend.class, "aggregateSpend");
    assertEquals(AS_OF.toString(), tree.get("asOf").stringValue());
    assertEquals(spend.policyVersion(), tree.get("policyVersion").stringValue());

    RecipientYear year = spend.recipientYears().get(0);
    JsonNode y = tree.at("/recipientYears/0");
    assertEquals(y, roundTrips(year, RecipientYear.class, "recipientYear"), "one form");
    assertEquals("stakeholder", y.at("/recipient/type").stringValue());
    assertEquals(year.recipient().value(), y.at("/recipient/id").stringValue());
    assertEquals("PHYSICIAN", y.at("/coverage/type").stringValue());
    assertEquals(year.programYear(), y.at("/threshold/programYear").intValue());
    assertEquals("USD", y.at("/threshold/minimum/currency").stringValue());
    assertEquals("ALL_PAYMENTS", y.get("basis").stringValue());
    assertTrue(y.get("aggregateExceeded").booleanValue());
    assertEquals(
        year.totalsByNature().keySet().stream().map(Enum::name).toList(),
        List.copyOf(y.get("totalsByNature").propertyNames()),
        "natures in the enum's order");

    TransferAssessment assessment = year.assessments().get(0);
    JsonNode a = y.at("/assessments/0");
    assertEquals(a, roundTrips(assessment, TransferAssessment.class, "transferAssessment"));
    assertEquals(assessment.transfer().value(), a.get("transfer").stringValue());
    assertEquals("AT_OR_ABOVE_MINIMUM", a.get("reason").stringValue());
    assertEquals("openpayments.assessment.at-or-above-minimum", a.at("/why/code").stringValue());
    assertEquals(year.programYear(), a.at("/why/args/year/year").intValue());
    assertEquals(y.at("/threshold/minimum"), a.at("/why/args/minimum/money"));
    assertEquals(1, a.get("partakers").intValue());
    assertFalse(a.has("status"), "derived from the reason, not written");

    ThresholdRow row = year.threshold().orElseThrow();
    assertEquals(y.get("threshold"), roundTrips(row, ThresholdRow.class, "thresholdRow"));
  }

  @Test
  void whatIsAbsentIsLeftOutAndAnUncoveredRecipientNamesItsReason() {
    RecipientYear year =
        OpenPaymentsPack.withDefaults().aggregateSpend(PORTFOLIO, AS_OF).recipientYears().get(0);
    TransferAssessment noRate =
        year.assessments()
            .get(0)
            .withUsdValue(Optional.empty())
            .withExclusion(StatutoryExclusion.PRODUCT_SAMPLE)
            .withReason(ReportabilityReason.NO_USD_RATE);
    RecipientYear uncovered =
        year.withCoverage(Coverage.not(ReportabilityReason.RESIDENT))
            .withThreshold(Optional.empty())
            .withManufacturer("Cardiva")
            .withAssessments(noRate);
    JsonNode y = roundTrips(uncovered, RecipientYear.class, "recipientYear");
    assertEquals("Cardiva", y.get("manufacturer").stringValue());
    assertEquals("RESIDENT", y.at("/coverage/reason").stringValue());
    assertFalse(y.get("coverage").has("type"));
    assertFalse(y.has("threshold"));
    JsonNode a = y.at("/assessments/0");
    assertFalse(a.has("usdValue"));
    assertEquals("PRODUCT_SAMPLE", a.get("exclusion").stringValue());
    assertEquals("NO_USD_RATE", a.get("reason").stringValue());
  }

  @Test
  void samReadinessNamesItsAccountAndDayAndEachPractice() {
    SamReadiness readiness =
        SamReadinessCheck.withDefaults()
            .check(PORTFOLIO.accounts().get(0), assessments(PORTFOLIO, AS_OF).get(0), AS_OF);
    JsonNode tree = roundTrips(readiness, SamReadiness.class, "samReadiness");
    assertEquals(readiness.account().value(), tree.get("account").stringValue());
    assertEquals(AS_OF.toString(), tree.get("asOf").stringValue());
    JsonNode practices = tree.get("practices");
    assertEquals(SamPractice.values().length, practices.size());
    for (int i = 0; i < practices.size(); i++) {
      assertEquals(SamPractice.values()[i].id(), practices.get(i).get("id").stringValue());
      assertEquals("criterion.title", practices.get(i).at("/title/code").stringValue());
      assertEquals(
          readiness.practices().get(i).outcome().name(),
          practices.get(i).get("outcome").stringValue());
    }
  }

  @Test
  void theInvestmentCheckWritesEffortByAccountAndItsMeasureAsAMessage() {
    InvestmentResult investment =
        InvestmentCheck.withDefaults().check(PORTFOLIO, assessments(PORTFOLIO, AS_OF), AS_OF);
    JsonNode tree = roundTrips(investment, InvestmentResult.class, "investment");
    assertEquals("engagement.effort.interactions", tree.at("/effortMeasure/code").stringValue());
    assertEquals(365, tree.at("/effortMeasure/args/days/count").intValue());
    List<String> ids = List.copyOf(tree.get("effort").propertyNames());
    assertEquals(ids.stream().sorted().toList(), ids, "sorted by account id");
    assertEquals(PORTFOLIO.accounts().size(), ids.size());
    assertEquals(
        investment.reasons().get(0).message().code().code(),
        tree.at("/reasons/0/code").stringValue());
    assertEquals(
        investment.concentration().orElseThrow().toPlainString(),
        tree.get("concentration").stringValue());

    Map<AccountId, BigDecimal> fte =
        Map.of(AccountId.of("riverside-health"), new BigDecimal("1.50"));
    InvestmentResult host =
        InvestmentCheck.withDefaults().check(assessments(PORTFOLIO, AS_OF), fte, "FTEs", AS_OF);
    JsonNode hostTree = roundTrips(host, InvestmentResult.class, "investment");
    assertEquals("engagement.effort.host", hostTree.at("/effortMeasure/code").stringValue());
    assertEquals("FTEs", hostTree.at("/effortMeasure/args/measure/text").stringValue());
    assertEquals("1.50", hostTree.at("/effort/riverside-health").stringValue(), "scale kept");
  }

  @Test
  void thePortfolioRollUpNamesEachResultsAccountAndRefusesAResultOfAnotherDay() {
    PortfolioMaturity all = MATURITY.classifyAll(PORTFOLIO, AS_OF);
    JsonNode tree = roundTrips(all, PortfolioMaturity.class, "portfolioMaturity");
    MaturityResult first = all.results().get(0);
    assertEquals(first.account().value(), tree.at("/results/0/account").stringValue());
    assertEquals(first.stage().name(), tree.at("/results/0/stage").stringValue());
    assertEquals(5, tree.at("/results/0/stages").size());
    assertFalse(tree.at("/results/0").has("asOf"), "the roll-up's day");
    assertFalse(tree.has("counts"), "derived from the results");

    PortfolioMaturity mixed =
        PortfolioMaturity.builder()
            .from(all)
            .results(List.of(first.withAsOf(AS_OF.minusDays(1))))
            .build();
    assertThrows(IllegalArgumentException.class, () -> MAPPER.writeValueAsString(mixed));
  }

  @Test
  void aComparisonWritesEachRegressionWithTheCriteriaItLost() {
    PortfolioMaturity now = MATURITY.classifyAll(PORTFOLIO, AS_OF);
    // A what-if on the same day: the accounts as they were two years ago, one account gone.
    List<MaturityResult> before =
        MATURITY.classifyAll(PORTFOLIO, AS_OF.minusYears(2)).results().stream()
            .skip(1)
            .map(r -> r.withAsOf(AS_OF))
            .toList();
    MaturityComparison comparison = MaturityRollup.compare(now, MATURITY.summarise(before, AS_OF));
    assertFalse(comparison.regressed().isEmpty());
    JsonNode tree = roundTrips(comparison, MaturityComparison.class, "maturityComparison");
    assertEquals(AS_OF.toString(), tree.get("since").stringValue());
    assertEquals(now.results().get(0).account().value(), tree.at("/removed/0").stringValue());

    StageChange regression = comparison.regressed().get(0);
    JsonNode r = tree.at("/regressed/0");
    assertEquals(r, roundTrips(regression, StageChange.class, "stageChange"), "one form");
    assertEquals(regression.fromStage().name(), r.get("fromStage").stringValue());
    assertEquals(regression.toStage().name(), r.get("toStage").stringValue());
    assertFalse(regression.lost().isEmpty());
    assertEquals(regression.lost().get(0).id(), r.at("/lost/0/id").stringValue());
    assertEquals("criterion.title", r.at("/lost/0/title/code").stringValue());
  }

  @Test
  void badInputFailsWithItsProblemAndPointer() {
    String uncovered =
        MAPPER
            .writeValueAsString(
                OpenPaymentsPack.withDefaults()
                    .aggregateSpend(PORTFOLIO, AS_OF)
                    .recipientYears()
                    .get(0))
            .replace(
                "{\"type\":\"PHYSICIAN\"}", "{\"type\":\"PHYSICIAN\",\"reason\":\"RESIDENT\"}");
    KamJsonException both =
        assertThrows(
            KamJsonException.class, () -> MAPPER.readValue(uncovered, RecipientYear.class));
    assertEquals(ProblemKind.INVALID_VALUE, both.kind());
    assertEquals("/coverage", both.pointer());
    assertFalse(
        Schemas.errors("results-2.3.schema.json#/$defs/recipientYear", uncovered).isEmpty());

    String nobody =
        uncovered
            .replace(",\"reason\":\"RESIDENT\"}", "}")
            .replaceFirst("\"partakers\":1", "\"partakers\":0");
    KamJsonException partakers =
        assertThrows(KamJsonException.class, () -> MAPPER.readValue(nobody, RecipientYear.class));
    assertEquals(ProblemKind.INVALID_VALUE, partakers.kind());
    assertEquals("/assessments/0/partakers", partakers.pointer());
    assertFalse(Schemas.errors("results-2.3.schema.json#/$defs/recipientYear", nobody).isEmpty());

    InvestmentResult investment =
        InvestmentCheck.withDefaults().check(PORTFOLIO, assessments(PORTFOLIO, AS_OF), AS_OF);
    String badKey =
        MAPPER.writeValueAsString(investment).replace("\"uk-rheinaue\":", "\" uk-rheinaue\":");
    KamJsonException key =
        assertThrows(
            KamJsonException.class, () -> MAPPER.readValue(badKey, InvestmentResult.class));
    assertEquals(ProblemKind.INVALID_VALUE, key.kind());
    assertEquals("/effort/ uk-rheinaue", key.pointer());

    String unknown =
        MAPPER
            .writeValueAsString(MATURITY.classifyAll(PORTFOLIO, AS_OF))
            .replace("\"policyVersion\":", "\"counts\":{},\"policyVersion\":");
    KamJsonException extra =
        assertThrows(
            KamJsonException.class, () -> MAPPER.readValue(unknown, PortfolioMaturity.class));
    assertEquals(ProblemKind.UNKNOWN_PROPERTY, extra.kind());
    assertEquals("/counts", extra.pointer());
  }

  @Test
  void generatedPortfoliosResultsRoundTripAndValidate() {
    qt().withFixedSeed(91L)
        .withExamples(8)
        .forAll(KamGens.portfolios(1, 4))
        .checkAssert(
            portfolio -> {
              roundTrips(
                  OpenPaymentsPack.withDefaults().aggregateSpend(portfolio, AS_OF),
                  AggregateSpend.class,
                  "aggregateSpend");
              PortfolioMaturity now = MATURITY.classifyAll(portfolio, AS_OF);
              roundTrips(now, PortfolioMaturity.class, "portfolioMaturity");
              roundTrips(
                  MaturityRollup.compare(MATURITY.classifyAll(portfolio, AS_OF.minusYears(1)), now),
                  MaturityComparison.class,
                  "maturityComparison");
              List<EngagementAssessment> assessed = assessments(portfolio, AS_OF);
              roundTrips(
                  InvestmentCheck.withDefaults().check(portfolio, assessed, AS_OF),
                  InvestmentResult.class,
                  "investment");
              roundTrips(
                  SamReadinessCheck.withDefaults()
                      .check(portfolio.accounts().get(0), assessed.get(0), AS_OF),
                  SamReadiness.class,
                  "samReadiness");
            });
  }

  /** The section of docs/json-format.md on these forms, up to the next section. */
  private static String documented() throws IOException {
    return FormatDoc.section("Results on their own");
  }

  @Test
  void theDocsNameEachFormsSchemaPropertiesInOrderAndTheirExampleReads() throws IOException {
    String section = documented();
    JsonNode defs = MAPPER.readTree(Schemas.schemaText(DocumentKind.RESULTS)).get("$defs");
    List<String> types = FormatDoc.typesNamingTheirProperties(section, defs);
    assertEquals(
        Stream.of(
                AggregateSpend.class,
                RecipientYear.class,
                TransferAssessment.class,
                ThresholdRow.class,
                SamReadiness.class,
                InvestmentResult.class,
                PortfolioMaturity.class,
                MaturityComparison.class,
                StageChange.class)
            .map(Class::getSimpleName)
            .toList(),
        types,
        "one row per form of its own");

    Matcher example = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(section);
    assertTrue(example.find());
    TransferAssessment read = MAPPER.readValue(example.group(1), TransferAssessment.class);
    assertEquals(ReportabilityReason.AT_OR_ABOVE_MINIMUM, read.reason());
    assertEquals(
        OpenPaymentsPack.withDefaults()
            .aggregateSpend(PORTFOLIO, AS_OF)
            .assessment(read.transfer(), read.recipient())
            .orElseThrow(),
        read,
        "the example is what kamkit writes for the seed");
  }
}
