package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.json.format.DocumentKind;
import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.PortfolioResults;
import dev.kamkit.json.format.ResultsDocument;
import dev.kamkit.model.testing.KamGenerator;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.evaluation.Kamkit;
import dev.kamkit.rules.evaluation.PortfolioEvaluation;
import dev.kamkit.rules.tiering.PortfolioTiering;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The portfolio's own results in a results document (format 2.1; committee progression 2.2): the
 * seed portfolio's evaluation validates against the schema and reads back with every portfolio
 * result equal.
 */
class PortfolioResultsTest {
  private static final PortfolioEvaluation EVALUATION =
      Kamkit.withDefaults().evaluate(SeedAccounts.portfolio(), SeedAccounts.AS_OF);
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new KamkitModule()).build();
  private final KamJson json = KamJson.defaults();

  @Test
  void anEvaluationsPortfolioResultsValidateAndReadBackEqual() {
    ResultsDocument written = ResultsDocument.of(EVALUATION);
    String text = json.write(written);
    assertEquals(List.of(), Schemas.errors(DocumentKind.RESULTS, text));
    ResultsDocument read = json.readResults(text);
    assertEquals(Optional.of(PortfolioResults.of(EVALUATION)), read.portfolio());
    assertEquals(written, read);
    assertEquals(text, json.write(read));
  }

  @Test
  void everyPortfolioResultIsInTheSeedDocument() {
    JsonNode portfolio =
        MAPPER.readTree(json.write(ResultsDocument.of(EVALUATION))).get("portfolio");
    for (String name : List.of("tiering", "sam", "underServed", "acrossAccounts", "committee")) {
      assertTrue(portfolio.has(name), name);
    }
    assertFalse(portfolio.at("/tiering/results").isEmpty());
    assertFalse(portfolio.at("/underServed/accounts").isEmpty());
  }

  /** {@code result} written alone, less its day, which the document says. */
  private static JsonNode withoutDay(Object result) {
    ObjectNode written = (ObjectNode) written(result);
    assertEquals(EVALUATION.asOf().toString(), written.get("asOf").stringValue());
    written.remove("asOf");
    return written;
  }

  @Test
  void eachPortfolioResultAloneIsItsDayThenWhatTheDocumentHolds() {
    JsonNode portfolio =
        MAPPER.readTree(json.write(ResultsDocument.of(EVALUATION))).get("portfolio");
    assertEquals(portfolio.get("tiering"), withoutDay(EVALUATION.tiering()));
    assertEquals(portfolio.get("sam"), withoutDay(EVALUATION.sam()));
    assertEquals(portfolio.get("underServed"), withoutDay(EVALUATION.underServed()));
    assertEquals(
        portfolio.get("acrossAccounts"), withoutDay(EVALUATION.complianceAcrossAccounts()));
    assertEquals(portfolio.get("committee"), withoutDay(EVALUATION.committee()));
    assertEquals(portfolio, written(PortfolioResults.of(EVALUATION)));
  }

  @Test
  void aGeneratedPortfoliosCommitteeRollUpReadsBackWithEachAccountsSubmissions() {
    KamGenerator generator = KamGenerator.seeded(2022);
    PortfolioEvaluation evaluation =
        Kamkit.withDefaults().evaluate(generator.portfolio(3), generator.referenceDate());
    assertFalse(
        evaluation.committee().accounts().stream().allMatch(r -> r.submissions().isEmpty()),
        "the generated accounts have submissions");
    String text = json.write(ResultsDocument.of(evaluation));
    assertEquals(List.of(), Schemas.errors(DocumentKind.RESULTS, text));
    ResultsDocument read = json.readResults(text);
    assertEquals(Optional.of(evaluation.committee()), read.portfolio().orElseThrow().committee());
    for (int i = 0; i < evaluation.accounts().size(); i++) {
      assertEquals(
          Optional.of(evaluation.accounts().get(i).pipeline()), read.accounts().get(i).pipeline());
      assertEquals(
          Optional.of(evaluation.accounts().get(i).committee()),
          read.accounts().get(i).committee());
    }
    JsonNode tree = MAPPER.readTree(text);
    assertEquals(
        evaluation.committee().accounts().get(0).account().value(),
        tree.at("/portfolio/committee/accounts/0/account").stringValue());
    assertEquals(tree.at("/portfolio/committee/policy"), tree.at("/accounts/0/committee/policy"));
  }

  @Test
  void aDocumentWithoutPortfolioResultsLeavesThemOut() {
    ResultsDocument accountsOnly = ResultsDocument.of(EVALUATION.asOf(), List.of());
    assertEquals(Optional.empty(), accountsOnly.portfolio());
    assertFalse(json.write(accountsOnly).contains("\"portfolio\""));
  }

  @Test
  void aPortfolioResultForAnotherDayIsRefusedWhenBuilt() {
    PortfolioTiering tiering = EVALUATION.tiering();
    PortfolioResults otherDay =
        new PortfolioResults(
            Optional.of(
                PortfolioTiering.builder()
                    .from(tiering)
                    .asOf(tiering.asOf().plusDays(1))
                    .results(List.of())
                    .build()),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Optional.empty());
    assertThrows(
        IllegalArgumentException.class,
        () -> ResultsDocument.of(EVALUATION.asOf(), List.of(), Optional.of(otherDay)));
  }

  @Test
  void anUnderServedAccountThatIsNotOneOfTheAccountsIsRefused() {
    ObjectNode document = (ObjectNode) MAPPER.readTree(json.write(ResultsDocument.of(EVALUATION)));
    ObjectNode underServed = (ObjectNode) document.at("/portfolio/underServed");
    underServed.putArray("underServed").add("not-an-account");
    KamJsonException e =
        assertThrows(
            KamJsonException.class, () -> json.readResults(MAPPER.writeValueAsString(document)));
    assertEquals("/portfolio/underServed/underServed/0", e.pointer());
  }

  private static JsonNode written(Object value) {
    return MAPPER.readTree(MAPPER.writeValueAsString(value));
  }
}
