package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.json.format.AccountResults;
import dev.kamkit.json.format.DocumentKind;
import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.json.format.ResultsDocument;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.compliance.ComplianceReport;
import dev.kamkit.rules.compliance.ComplianceValidator;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.Severity;
import dev.kamkit.rules.compliance.conduct.ConductPack;
import dev.kamkit.rules.compliance.efpia.EfpiaPack;
import dev.kamkit.rules.compliance.firewall.FirewallPack;
import dev.kamkit.rules.compliance.france.FrancePack;
import dev.kamkit.rules.compliance.offlabel.OffLabelPack;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsPack;
import dev.kamkit.rules.compliance.rationale.RationalePack;
import dev.kamkit.rules.compliance.states.UsStatesPack;
import dev.kamkit.rules.compliance.uk.UkPack;
import dev.kamkit.scoring.Reason;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results document: the seed accounts scored with every default scorer are the golden file,
 * which validates against the schema, reads back to the same results and writes the same bytes.
 */
class ResultsDocumentTest {
  private static final String GOLDEN = "results-seed-accounts.json";
  private final KamJson json = KamJson.defaults();

  /**
   * When the scorers or seeds change on purpose, rewrite the golden file with {@code ./mvnw -B -ntp
   * -pl kam-json -am verify -Dkamkit.writeGolden=true} and review the diff.
   */
  @Test
  void seedResultsAreTheGoldenFile() throws java.io.IOException {
    String written = json.write(SeedResults.document());
    if (Boolean.getBoolean("kamkit.writeGolden")) {
      java.nio.file.Files.writeString(
          java.nio.file.Path.of("src/test/resources/dev/kamkit/json/golden", GOLDEN), written);
      return;
    }
    assertEquals(
        Golden.read(GOLDEN), written, "rewrite with -Dkamkit.writeGolden=true if intended");
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    // scored twice from scratch, with new scorers: issue 10
    assertEquals(json.write(SeedResults.document()), json.write(SeedResults.document()));
    KamJson compact = KamJson.builder().prettyPrint(false).build();
    assertEquals(compact.write(SeedResults.document()), compact.write(SeedResults.document()));
  }

  @Test
  void goldenValidatesAgainstTheSchema() {
    assertEquals(List.of(), Schemas.errors(DocumentKind.RESULTS, Golden.read(GOLDEN)));
  }

  @Test
  void readingGivesBackWhatWasWritten() {
    ResultsDocument written = SeedResults.document();
    ResultsDocument read = json.readResults(json.write(written));
    assertEquals(written, read);
    assertEquals(json.write(written), json.write(read));
    assertEquals(read, json.readResults(new StringReader(Golden.read(GOLDEN))));
  }

  /** Every compliance pack kamkit ships, over the seed portfolio: each finding reads back equal. */
  @Test
  void everyPacksFindingsReadBackEqual() {
    ComplianceReport report =
        ComplianceValidator.of(
                List.of(
                    OpenPaymentsPack.withDefaults(),
                    UsStatesPack.withDefaults(),
                    ConductPack.withDefaults(),
                    FirewallPack.withDefaults(),
                    OffLabelPack.withDefaults(),
                    RationalePack.withDefaults(),
                    EfpiaPack.withDefaults(),
                    UkPack.withDefaults(),
                    FrancePack.withDefaults()))
            .validate(SeedAccounts.portfolio(), SeedAccounts.AS_OF);
    List<AccountResults> accounts =
        SeedAccounts.all().stream()
            .map(k -> AccountResults.builder(k.account().id()).compliance(report).build())
            .toList();
    ResultsDocument written = ResultsDocument.of(SeedAccounts.AS_OF, accounts);
    String json = this.json.write(written);
    assertEquals(written, this.json.readResults(json));
    assertEquals(List.of(), Schemas.errors(DocumentKind.RESULTS, json));
    Set<String> codes =
        report.findings().stream()
            .map(Finding::code)
            .collect(Collectors.toCollection(TreeSet::new));
    // open payments and EFPIA find something in the seeds; the other packs find nothing there
    assertTrue(codes.size() >= 8, codes.toString());
  }

  @Test
  void readOfAnyKindGivesAResultsDocument() {
    ResultsDocument read = assertInstanceOf(ResultsDocument.class, json.read(Golden.read(GOLDEN)));
    assertEquals(DocumentKind.RESULTS, read.kind());
    assertEquals(SeedAccounts.AS_OF, read.asOf());
    assertEquals(SeedAccounts.all().size(), read.accounts().size());
  }

  @Test
  void subjectsKeepTheirIdType() {
    AccountResults riverside = json.readResults(Golden.read(GOLDEN)).accounts().get(0);
    List<Reason> gaps = riverside.coverage().orElseThrow().score().reasons();
    assertTrue(
        gaps.stream()
            .flatMap(r -> r.subjects().stream())
            .anyMatch(id -> id.equals(StakeholderId.of("riverside-cfo"))));
    assertTrue(
        json.readResults(Golden.read(GOLDEN)).accounts().stream()
            .flatMap(a -> a.completeness().stream())
            .flatMap(c -> c.progress().stream())
            .flatMap(p -> p.overdue().stream())
            .allMatch(id -> id instanceof ActionId));
  }

  @Test
  void everyKindOfResultIsInTheGoldenFile() {
    ResultsDocument read = json.readResults(Golden.read(GOLDEN));
    for (AccountResults a : read.accounts()) {
      assertTrue(a.coverage().isPresent() && a.completeness().isPresent(), a.account().value());
      assertTrue(a.whitespace().isPresent() && a.health().isPresent(), a.account().value());
      assertTrue(a.maturity().isPresent() && a.engagement().isPresent(), a.account().value());
      assertTrue(a.tier().isPresent() && a.compliance().isPresent(), a.account().value());
      assertTrue(a.relationship().isPresent(), a.account().value());
    }
    assertTrue(read.accounts().stream().anyMatch(a -> !a.nextStakeholders().isEmpty()));
    assertTrue(read.accounts().stream().anyMatch(a -> !a.turnoverExposure().isEmpty()));
    assertTrue(
        read.accounts().stream()
            .flatMap(a -> a.compliance().orElseThrow().findings().stream())
            .anyMatch(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING));
  }

  @Test
  void aScoreWhoseValueIsNotItsComponentsSumIsRefused() {
    String golden = Golden.read(GOLDEN);
    String bad = golden.replaceFirst("\"value\": \"93.07\"", "\"value\": \"99.00\"");
    KamJsonException e = assertThrows(KamJsonException.class, () -> json.readResults(bad));
    assertEquals(ProblemKind.INVALID_VALUE, e.kind());
    assertEquals("/accounts/0/coverage/score/value", e.pointer());
  }

  @Test
  void resultsAboutAnotherAccountAreRefusedWhenBuilt() {
    ResultsDocument seed = SeedResults.document();
    AccountResults first = seed.accounts().get(0);
    AccountResults second = seed.accounts().get(1);
    AccountResults.Builder b = AccountResults.builder(first.account());
    b.relationship(second.relationship().orElseThrow());
    assertThrows(IllegalArgumentException.class, b::build);
    AccountResults.Builder t = AccountResults.builder(first.account());
    t.turnoverExposure(second.turnoverExposure());
    assertThrows(IllegalArgumentException.class, t::build);
  }

  @Test
  void anAccountWithResultsForAnotherDayIsRefusedWhenBuilt() {
    ResultsDocument seed = SeedResults.document();
    assertThrows(
        IllegalArgumentException.class,
        () -> ResultsDocument.of(SeedAccounts.AS_OF.plusDays(1), seed.accounts()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ResultsDocument.of(SeedAccounts.AS_OF, seed.accounts().get(0), seed.accounts().get(0)));
  }

  @Test
  void schemaEnumsAreTheJavaEnums() {
    JsonNode defs =
        JsonMapper.builder()
            .build()
            .readTree(Schemas.schemaText(DocumentKind.RESULTS))
            .get("$defs");
    Map<String, Class<? extends Enum<?>>> enums =
        Map.ofEntries(
            Map.entry("Effect", dev.kamkit.scoring.Effect.class),
            Map.entry("RagStatus", dev.kamkit.scoring.RagStatus.class),
            Map.entry("AccountScale", dev.kamkit.scoring.coverage.AccountScale.class),
            Map.entry("MaturityStage", dev.kamkit.rules.maturity.MaturityStage.class),
            Map.entry("RelationshipStage", dev.kamkit.rules.maturity.RelationshipStage.class),
            Map.entry("ContactStructure", dev.kamkit.rules.maturity.ContactStructure.class),
            Map.entry("Outcome", dev.kamkit.rules.criteria.Outcome.class),
            Map.entry("Factor", dev.kamkit.rules.engagement.Factor.class),
            Map.entry("Rating", dev.kamkit.rules.engagement.Rating.class),
            Map.entry("InputSource", dev.kamkit.rules.engagement.InputSource.class),
            Map.entry("EngagementModel", dev.kamkit.rules.engagement.EngagementModel.class),
            Map.entry("RecommendationRole", dev.kamkit.rules.engagement.RecommendationRole.class),
            Map.entry("Severity", Severity.class),
            Map.entry("IdType", dev.kamkit.json.format.IdType.class),
            Map.entry(
                "CoveredRecipientType",
                dev.kamkit.rules.compliance.openpayments.CoveredRecipientType.class),
            Map.entry(
                "ReportabilityReason",
                dev.kamkit.rules.compliance.openpayments.ReportabilityReason.class),
            Map.entry(
                "StatutoryExclusion",
                dev.kamkit.rules.compliance.openpayments.StatutoryExclusion.class),
            Map.entry(
                "AggregateBasis", dev.kamkit.rules.compliance.openpayments.AggregateBasis.class));
    enums.forEach(
        (name, type) -> {
          List<String> expected =
              Stream.of(type.getEnumConstants())
                  .map(v -> v instanceof dev.kamkit.json.format.IdType t ? t.wireName() : v.name())
                  .toList();
          List<String> inSchema =
              defs.get(name).get("enum").valueStream().map(JsonNode::stringValue).toList();
          assertEquals(expected, inSchema, name);
        });
  }
}
