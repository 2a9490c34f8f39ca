package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.kamkit.json.deser.PartDeserializer;
import dev.kamkit.json.format.AccountResults;
import dev.kamkit.json.format.JsonLimits;
import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.PortfolioResults;
import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.json.format.ResultsDocument;
import dev.kamkit.json.ser.PartSerializer;
import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.explain.Explainable;
import dev.kamkit.model.explain.PortfolioResult;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.evaluation.AccountEvaluation;
import dev.kamkit.rules.evaluation.Kamkit;
import dev.kamkit.rules.evaluation.PortfolioEvaluation;
import dev.kamkit.scoring.ScoreComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link KamkitModule} as a datatype module: every value and result a host may hand to its own
 * mapper is written in the form the format documents (never Jackson's bean guess, {@code {}} or
 * {@code {"value":..}}), and the values read back.
 */
class DatatypeModuleTest {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new KamkitModule()).build();
  private static final PortfolioEvaluation EVALUATION =
      Kamkit.withDefaults().evaluate(SeedAccounts.portfolio(), SeedAccounts.AS_OF);
  private static final AccountEvaluation ACCOUNT = EVALUATION.accounts().get(0);

  /** The results document KamJson writes for {@link #ACCOUNT}, as a tree. */
  private static JsonNode documented() {
    ResultsDocument document = ResultsDocument.of(ACCOUNT.asOf(), AccountResults.of(ACCOUNT));
    return MAPPER.readTree(KamJson.defaults().write(document));
  }

  private static JsonNode written(Object value) {
    return MAPPER.readTree(MAPPER.writeValueAsString(value));
  }

  @Test
  void moneyIsItsMoneyObjectAndReadsBack() {
    Money money = Money.of("1800000.00", "USD");
    String json = MAPPER.writeValueAsString(money);
    assertEquals("{\"amount\":\"1800000.00\",\"currency\":\"USD\"}", json);
    assertEquals(money, MAPPER.readValue(json, Money.class));
  }

  @Test
  void idsAreTheirTextAndReadBackAsTheirOwnType() {
    assertEquals("\"a-1\"", MAPPER.writeValueAsString(AccountId.of("a-1")));
    assertEquals(StakeholderId.of("s-1"), MAPPER.readValue("\"s-1\"", StakeholderId.class));
    assertEquals(IndicationId.of("onc-1l"), MAPPER.readValue("\"onc-1l\"", IndicationId.class));
  }

  @Test
  void attributeValuesAreTheirAttributeObjects() {
    AttributeValue date = AttributeValue.date(LocalDate.of(2026, 3, 1));
    String json = MAPPER.writeValueAsString(date);
    assertEquals("{\"date\":\"2026-03-01\"}", json);
    assertEquals(date, MAPPER.readValue(json, AttributeValue.class));
  }

  @Test
  void idsAsMapKeysRoundTrip() {
    Map<AccountId, Money> spend = new LinkedHashMap<>();
    spend.put(AccountId.of("a-1"), Money.of("10.00", "EUR"));
    spend.put(AccountId.of("a-2"), Money.of("20.00", "EUR"));
    String json = MAPPER.writeValueAsString(spend);
    assertEquals(
        "{\"a-1\":{\"amount\":\"10.00\",\"currency\":\"EUR\"},"
            + "\"a-2\":{\"amount\":\"20.00\",\"currency\":\"EUR\"}}",
        json);
    assertEquals(spend, MAPPER.readValue(json, new TypeReference<Map<AccountId, Money>>() {}));
  }

  /** A host's own type that holds kamkit values. */
  record Deal(AccountId account, Money value, List<StakeholderId> sponsors) {}

  @Test
  void aHostTypeHoldingKamkitValuesRoundTrips() {
    Deal deal =
        new Deal(
            AccountId.of("a-1"),
            Money.of("99.50", "GBP"),
            List.of(StakeholderId.of("s-1"), StakeholderId.of("s-2")));
    assertEquals(deal, MAPPER.readValue(MAPPER.writeValueAsString(deal), Deal.class));
  }

  @Test
  void badValuesFailAsKamJsonExceptionsWithTheHostsPath() {
    KamJsonException money =
        assertThrows(
            KamJsonException.class,
            () ->
                MAPPER.readValue(
                    "{\"account\":\"a-1\",\"value\":{\"amount\":\"1\",\"currency\":\"XYZ\"},"
                        + "\"sponsors\":[]}",
                    Deal.class));
    assertEquals(ProblemKind.INVALID_VALUE, money.kind());
    assertEquals("/currency", money.pointer());
    assertEquals("dev.kamkit.json.DatatypeModuleTest$Deal[\"value\"]", money.getPathReference());

    KamJsonException id =
        assertThrows(KamJsonException.class, () -> MAPPER.readValue("\" a-1\"", AccountId.class));
    assertEquals(ProblemKind.INVALID_VALUE, id.kind());

    KamJsonException key =
        assertThrows(
            KamJsonException.class,
            () -> MAPPER.readValue("{\"\":1}", new TypeReference<Map<AccountId, Integer>>() {}));
    assertEquals(ProblemKind.INVALID_VALUE, key.kind());
    assertEquals("/", key.pointer());
    assertEquals("a property name that is a valid account id", key.expected());
    assertInstanceOf(JacksonException.class, key);
  }

  /**
   * {@code written} less the properties a result on its own starts with: its account, its day and,
   * for coverage, completeness and health, the version of its policy.
   */
  private static JsonNode body(JsonNode written, String result) {
    ObjectNode copy = ((ObjectNode) written).deepCopy();
    copy.remove(List.of("account", "asOf"));
    if (List.of("coverage", "completeness", "health").contains(result)) {
      copy.remove("policyVersion");
    }
    return copy;
  }

  @Test
  void everyResultIsWrittenAsTheResultsDocumentHoldsItAfterItsAccountAndDay() {
    JsonNode entry = documented().at("/accounts/0");
    Map<String, Function<AccountEvaluation, Object>> parts = new LinkedHashMap<>();
    parts.put("coverage", AccountEvaluation::coverage);
    parts.put("completeness", AccountEvaluation::completeness);
    parts.put("whitespace", AccountEvaluation::whitespace);
    parts.put("health", AccountEvaluation::health);
    parts.put("maturity", AccountEvaluation::maturity);
    parts.put("engagement", AccountEvaluation::engagement);
    parts.put("tier", AccountEvaluation::tier);
    parts.put("relationship", AccountEvaluation::relationship);
    parts.put("pipeline", AccountEvaluation::pipeline);
    parts.put("committee", AccountEvaluation::committee);
    parts.forEach(
        (name, part) -> {
          JsonNode expected = entry.get(name);
          assertFalse(expected.isMissingNode() || expected.isEmpty(), name);
          JsonNode written = written(part.apply(ACCOUNT));
          assertEquals(ACCOUNT.account().value(), written.get("account").stringValue(), name);
          assertEquals(ACCOUNT.asOf().toString(), written.get("asOf").stringValue(), name);
          assertEquals(expected, body(written, name), name);
        });
    JsonNode next = entry.get("nextStakeholders");
    assertFalse(next.isEmpty());
    assertEquals(next, written(ACCOUNT.nextStakeholders()), "parts that need no entry");
    JsonNode exposure = entry.get("turnoverExposure");
    assertFalse(exposure.isEmpty());
    assertEquals(exposure.get(0), body(written(ACCOUNT.turnoverExposure().get(0)), "turnover"));
  }

  @Test
  void findingsScoresAndReasonsAreWrittenAsTheDocumentHoldsThem() {
    JsonNode entry = documented().at("/accounts/0");
    List<Finding> findings = ACCOUNT.compliance().findings();
    assertFalse(findings.isEmpty());
    JsonNode finding = written(findings.get(0));
    assertEquals(ACCOUNT.account().value(), finding.get("account").stringValue());
    assertEquals(entry.at("/compliance/findings/0"), body(finding, "finding"));
    assertEquals(entry.at("/coverage/score"), written(ACCOUNT.coverage().score()));
    List<ScoreComponent> components = ACCOUNT.coverage().score().components();
    int withReasons = 0;
    while (components.get(withReasons).reasons().isEmpty()) {
      withReasons++;
    }
    assertEquals(
        entry.at("/coverage/score/components/" + withReasons),
        written(components.get(withReasons)));
    assertEquals(
        entry.at("/coverage/score/components/" + withReasons + "/reasons/0"),
        written(components.get(withReasons).reasons().get(0)));
  }

  @Test
  void evaluationsAreWrittenAsResultsDocumentsThatReadBack() {
    String account = MAPPER.writeValueAsString(ACCOUNT);
    assertEquals(documented(), MAPPER.readTree(account));
    ResultsDocument back = KamJson.defaults().readResults(account);
    assertEquals(ACCOUNT.account(), back.accounts().get(0).account());
    assertEquals(AccountResults.of(ACCOUNT), back.accounts().get(0), "nothing lost");

    ResultsDocument portfolio =
        MAPPER.readValue(MAPPER.writeValueAsString(EVALUATION), ResultsDocument.class);
    assertEquals(EVALUATION.accounts().size(), portfolio.accounts().size());
    assertEquals(EVALUATION.asOf(), portfolio.asOf());
  }

  @Test
  void withoutTheModuleJacksonWouldGuessTheseValuesWrong() {
    // Guards the tests above: they pass only because the module is registered.
    JsonMapper plain = JsonMapper.builder().build();
    assertNotEquals(
        MAPPER.writeValueAsString(AccountId.of("a-1")),
        plain.writeValueAsString(AccountId.of("a-1")));
  }

  @Test
  void everyResultTheLibraryDefinesHasItsSerializer() {
    List<Class<?>> handled = new ArrayList<>();
    PartSerializer.all().forEach(part -> handled.add(part.handledType()));
    handled.addAll(List.of(AccountEvaluation.class, PortfolioEvaluation.class));
    List<String> missing =
        publicResults().stream()
            .filter(type -> handled.stream().noneMatch(h -> h.isAssignableFrom(type)))
            .map(Class::getName)
            .toList();
    assertEquals(List.of(), missing, "results a host cannot serialize with KamkitModule");
  }

  /** The public results of the library: what {@code AccountResult}, ... a host may hold. */
  private static List<Class<?>> publicResults() {
    return new ClassFileImporter()
        .importPackages("dev.kamkit.model", "dev.kamkit.scoring", "dev.kamkit.rules").stream()
            .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
            .filter(c -> !c.getModifiers().contains(JavaModifier.ABSTRACT) && !c.isInterface())
            .filter(
                c ->
                    c.isAssignableTo(AccountResult.class)
                        || c.isAssignableTo(PortfolioResult.class)
                        || c.isAssignableTo(Explainable.class))
            .map(JavaClass::reflect)
            .<Class<?>>map(type -> type)
            .sorted(Comparator.comparing(Class::getName))
            .toList();
  }

  @Test
  void everyResultAndEveryValueWrittenAloneReadsBack() {
    List<Class<?>> read = new ArrayList<>();
    PartDeserializer.all(JsonLimits.defaults()).forEach(part -> read.add(part.handledType()));
    List<Class<?>> written = new ArrayList<>(publicResults());
    PartSerializer.all().forEach(part -> written.add(part.handledType()));
    // Written as results documents, which read back as ResultsDocument: the evaluations hold
    // their policies and the document does not. Ids are read as their own kind of id; the two
    // containers of a results document are read within it.
    List<Class<?>> asDocuments =
        List.of(
            AccountEvaluation.class,
            PortfolioEvaluation.class,
            KamId.class,
            AccountResults.class,
            PortfolioResults.class);
    List<String> missing =
        written.stream()
            .filter(type -> !asDocuments.contains(type))
            .filter(type -> !read.contains(type))
            .map(Class::getName)
            .distinct()
            .sorted()
            .toList();
    assertEquals(List.of(), missing, "results a host cannot deserialize with KamkitModule");
  }
}
