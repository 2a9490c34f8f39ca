package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.json.format.AccountDocument;
import dev.kamkit.json.format.JsonLimits;
import dev.kamkit.json.format.KamDocument;
import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.PortfolioDocument;
import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.json.format.ReadMode;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The module on a host's own mapper: every type, any mapper settings, found by ServiceLoader. */
class KamkitModuleTest {
  private final JsonMapper mapper =
      JsonMapper.builder()
          .addModule(new KamkitModule())
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .build();

  @Test
  void readsAndWritesEveryTypeInTheFormatsOrderWhateverTheMapperSays() {
    String written = mapper.writeValueAsString(Fixtures.fullAccount());
    assertTrue(
        written.startsWith("{\"kamkit\":\"account\",\"version\":\"1.4\",\"account\":{\"id\""),
        written);
    assertEquals(Fixtures.fullAccount(), mapper.readValue(written, KeyAccount.class));
    assertEquals(
        Fixtures.fullAccount(), mapper.readValue(written, AccountDocument.class).keyAccount());
    assertInstanceOf(AccountDocument.class, mapper.readValue(written, KamDocument.class));

    String portfolio = mapper.writeValueAsString(Fixtures.portfolio());
    assertEquals(Fixtures.portfolio(), mapper.readValue(portfolio, Portfolio.class));
    assertEquals(
        Fixtures.portfolio(), mapper.readValue(portfolio, PortfolioDocument.class).portfolio());
    assertEquals(portfolio, mapper.writeValueAsString(PortfolioDocument.of(Fixtures.portfolio())));
  }

  @Test
  void theFacadeAndTheModuleWriteTheSameDocument() {
    String pretty = KamJson.defaults().write(Fixtures.fullAccount());
    String compact = mapper.writeValueAsString(Fixtures.fullAccount());
    assertEquals(mapper.readTree(pretty), mapper.readTree(compact));
  }

  @Test
  void isFoundThroughServiceLoader() {
    List<JacksonModule> found = MapperBuilder.findModules();
    assertTrue(found.stream().anyMatch(m -> m instanceof KamkitModule), found.toString());
    JsonMapper discovered = JsonMapper.builder().findAndAddModules().build();
    String written = discovered.writeValueAsString(Fixtures.minimalAccount());
    assertEquals(Fixtures.minimalAccount(), discovered.readValue(written, KeyAccount.class));
  }

  @Test
  void aLaterModuleWithOtherSettingsTakesPrecedenceOverTheDiscoveredOne() {
    JsonMapper lenient =
        JsonMapper.builder()
            .findAndAddModules()
            .addModule(new KamkitModule(ReadMode.LENIENT, JsonLimits.defaults()))
            .build();
    String withExtra =
        KamJson.defaults()
            .write(Fixtures.minimalAccount())
            .replace("\"kamkit\"", "\"x-source\": \"crm\", \"kamkit\"");
    assertEquals(1, lenient.readValue(withExtra, AccountDocument.class).unknownProperties().size());
  }

  @Test
  void bareModelValuesHaveNowhereToKeepUnknownPropertiesSoTheyStayErrors() {
    JsonMapper lenient =
        JsonMapper.builder()
            .addModule(new KamkitModule(ReadMode.LENIENT, JsonLimits.defaults()))
            .build();
    String withExtra =
        KamJson.defaults()
            .write(Fixtures.minimalAccount())
            .replace("\"kamkit\"", "\"x-source\": \"crm\", \"kamkit\"");
    KamJsonException e =
        assertThrows(KamJsonException.class, () -> lenient.readValue(withExtra, KeyAccount.class));
    assertEquals(ProblemKind.UNKNOWN_PROPERTY, e.kind());
  }

  /** A host type holding a kamkit value. */
  record Envelope(String source, KeyAccount account) {}

  @Test
  void nestedInsideAHostTypePointersAreRelativeToTheKamkitValue() {
    String host =
        "{\"source\":\"crm\",\"account\":{\"kamkit\":\"account\",\"version\":\"1.0\","
            + "\"account\":{\"id\":\"a\",\"name\":\"A\",\"kind\":\"IDN\",\"country\":\"US\"}}}";
    KamJsonException kamkit =
        assertThrows(KamJsonException.class, () -> mapper.readValue(host, Envelope.class));
    assertEquals("/account/kind", kamkit.pointer());
    // Jackson adds the host's path, as for its own read errors
    assertEquals(
        "dev.kamkit.json.KamkitModuleTest$Envelope[\"account\"]", kamkit.getPathReference());
    assertTrue(
        kamkit
            .getMessage()
            .endsWith("(through reference chain: " + kamkit.getPathReference() + ")"));
  }

  @Test
  void badInputIsAJacksonReadExceptionSoFrameworksAnswerBadRequest() {
    JacksonException e =
        assertThrows(
            JacksonException.class, () -> mapper.readValue("{\"kamkit\":7}", KamDocument.class));
    assertInstanceOf(StreamReadException.class, e);
    assertEquals(ProblemKind.DOCUMENT_KIND, assertInstanceOf(KamJsonException.class, e).kind());
  }
}
