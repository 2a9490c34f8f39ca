package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.json.format.AccountDocument;
import dev.kamkit.json.format.AccountResults;
import dev.kamkit.json.format.DocumentKind;
import dev.kamkit.json.format.FormatVersion;
import dev.kamkit.json.format.PortfolioDocument;
import dev.kamkit.json.format.ResultsDocument;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Account and portfolio 1.1 to 1.4, and results 2.1 to 2.3, only added optional properties:
 * documents written as 1.0 to 1.3 (results: 2.0 to 2.2), kept as they were under {@code compat/},
 * still validate against their schemas, read strictly, and are written again as 1.4 (2.3) documents
 * of the same model.
 */
class FormatVersionsTest {
  private final KamJson json = KamJson.defaults();

  /** What 1.3 added: a product's device identifier and coverage, submissions, revenue targets. */
  private static final List<String> ONE_THREE_ADDED =
      List.of("deviceIdentifier", "coverage", "committeeSubmissions", "revenueTarget");

  /** What 1.4 added: the typed facts of accounts, stakeholders and transfers of value. */
  private static final List<String> ONE_FOUR_ADDED = List.of("facts");

  /** The version in a compat document's name: {@code account-1.2-every-property.json} is 1.2. */
  private static FormatVersion versionOf(String name) {
    String rest = name.substring(name.indexOf('-') + 1);
    return FormatVersion.parse(rest.substring(0, rest.indexOf('-'))).orElseThrow();
  }

  @Test
  void accountAndPortfolioDocumentsAreWrittenAsOneFour() {
    assertEquals(new FormatVersion(1, 4), DocumentKind.ACCOUNT.currentVersion());
    assertEquals(new FormatVersion(1, 4), DocumentKind.PORTFOLIO.currentVersion());
    assertEquals(FormatVersion.CURRENT, DocumentKind.ACCOUNT.currentVersion());
    assertEquals(new FormatVersion(2, 3), DocumentKind.RESULTS.currentVersion());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "account-1.0-every-property.json",
        "account-1.0-idn-lakeshore.json",
        "account-1.1-every-property.json",
        "account-1.2-every-property.json",
        "account-1.3-every-property.json"
      })
  void anOlderAccountDocumentReadsAndIsWrittenAsOneFour(String name) {
    String old = Golden.compat(name);
    FormatVersion version = versionOf(name);
    assertEquals(List.of(), Schemas.errors("account-" + version + ".schema.json", old));
    AccountDocument read = json.readAccount(old);
    assertEquals(version, read.version());

    String written = json.write(read.keyAccount());
    assertTrue(written.contains("\"version\": \"1.4\""), written);
    assertEquals(List.of(), Schemas.errors("account-1.4.schema.json", written));
    assertEquals(read.keyAccount(), json.readAccount(written).keyAccount());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "portfolio-1.0-st-brendan-heartland.json",
        "portfolio-1.1-st-brendan-heartland.json",
        "portfolio-1.2-st-brendan-heartland.json",
        "portfolio-1.3-st-brendan-heartland.json"
      })
  void anOlderPortfolioDocumentReadsAndIsWrittenAsOneFour(String name) {
    String old = Golden.compat(name);
    FormatVersion version = versionOf(name);
    assertEquals(List.of(), Schemas.errors("portfolio-" + version + ".schema.json", old));
    PortfolioDocument read = json.readPortfolio(old);
    assertEquals(version, read.version());

    String written = json.write(read.portfolio());
    assertTrue(written.contains("\"version\": \"1.4\""), written);
    assertEquals(List.of(), Schemas.errors("portfolio-1.4.schema.json", written));
    assertEquals(read.portfolio(), json.readPortfolio(written).portfolio());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "account-1.1-every-property.json",
        "portfolio-1.1-st-brendan-heartland.json",
        "account-1.2-every-property.json",
        "portfolio-1.2-st-brendan-heartland.json",
        "account-1.3-every-property.json",
        "portfolio-1.3-st-brendan-heartland.json"
      })
  void aOneOneToOneThreeDocumentIsWrittenAsOneFourChangingOnlyItsVersion(String name) {
    String old = Golden.compat(name);
    FormatVersion version = versionOf(name);
    assertTrue(old.contains("\"version\": \"" + version + "\""), name);
    String kind = name.substring(0, name.indexOf('-'));
    assertEquals(List.of(), Schemas.errors(kind + "-" + version + ".schema.json", old));
    String written =
        kind.equals("account")
            ? json.write(json.readAccount(old).keyAccount())
            : json.write(json.readPortfolio(old).portfolio());
    assertTrue(written.contains("\"version\": \"1.4\""), written);
    assertEquals(List.of(), Schemas.errors(kind + "-1.4.schema.json", written));
    assertEquals(old.replace("\"version\": \"" + version + "\"", "\"version\": \"1.4\""), written);
  }

  @Test
  void theCurrentAccountSchemaRefusesWhatOneThreeRefused() {
    // 1.4 only adds: the every-property golden is 1.4 with facts on its account, a stakeholder
    // and transfers of value
    assertTheOlderSchemaRefusesWhatWasAdded(
        Golden.read("account-every-property.json"), "1.4", "1.3", ONE_FOUR_ADDED);
  }

  @Test
  void theOneThreeSchemaRefusesWhatOneTwoRefused() {
    // 1.3 only added a product's device identifier and coverage, committee submissions and an
    // objective's revenue target
    assertTheOlderSchemaRefusesWhatWasAdded(
        Golden.compat("account-1.3-every-property.json"), "1.3", "1.2", ONE_THREE_ADDED);
  }

  /**
   * The account document {@code doc} of {@code version} is valid, and relabelled as {@code older}
   * its schema refuses each property that {@code added} names.
   */
  private static void assertTheOlderSchemaRefusesWhatWasAdded(
      String doc, String version, String older, List<String> added) {
    assertEquals(List.of(), Schemas.errors("account-" + version + ".schema.json", doc));
    String relabelled =
        doc.replace("\"version\": \"" + version + "\"", "\"version\": \"" + older + "\"");
    List<String> errors = Schemas.errors("account-" + older + ".schema.json", relabelled);
    for (String a : added) {
      assertTrue(errors.stream().anyMatch(e -> e.contains(a)), a + ": " + errors);
    }
  }

  @Test
  void theOneOneSchemaRefusesWhatOneTwoAdded() {
    String current = Golden.compat("account-1.3-every-property.json");
    String asOneOne = current.replace("\"version\": \"1.3\"", "\"version\": \"1.1\"");
    List<String> errors = Schemas.errors("account-1.1.schema.json", asOneOne);
    assertTrue(
        errors.stream()
            .anyMatch(e -> e.contains("speakerProgram") && e.contains("therapeuticArea")),
        errors::toString);
    assertTrue(
        errors.stream().anyMatch(e -> e.contains("speakerProgram") && e.contains("indications")),
        errors::toString);
    assertTrue(errors.stream().anyMatch(e -> e.contains("clinicalUnits")), errors::toString);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"account-1.3-every-property.json", "portfolio-1.3-st-brendan-heartland.json"})
  void theOneThreeCompatDocumentsUseNothingOneFourAdded(String name) {
    // Guards the tests above: they must read documents a 1.3 writer could have written.
    String old = Golden.compat(name);
    for (String added : ONE_FOUR_ADDED) {
      assertFalse(old.contains("\"" + added + "\""), "the 1.3 document uses " + added);
    }
    assertTrue(old.contains("\"version\": \"1.3\""), name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"account-1.2-every-property.json", "portfolio-1.2-st-brendan-heartland.json"})
  void theOneTwoCompatDocumentsUseNothingOneThreeAdded(String name) {
    // Guards the tests above: they must read documents a 1.2 writer could have written.
    String old = Golden.compat(name);
    for (String added : ONE_THREE_ADDED) {
      assertFalse(old.contains("\"" + added + "\""), "the 1.2 document uses " + added);
    }
    assertTrue(old.contains("\"version\": \"1.2\""), name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"account-1.1-every-property.json", "portfolio-1.1-st-brendan-heartland.json"})
  void theOneOneCompatDocumentsUseNothingOneTwoAdded(String name) {
    // Guards the tests above: they must read documents a 1.1 writer could have written. 1.2 added
    // only a speaker programme's therapeutic area and indications, an objective's units, a
    // transfer's third party and employment compensation, and a stakeholder's employment.
    String old = Golden.compat(name);
    assertFalse(old.contains("\"speakerProgram\""), name);
    assertFalse(old.contains("\"clinicalUnits\": [\n          \"cu-"), "uses objective units");
    for (String added : List.of("thirdParty", "manufacturerEmployment", "employmentCompensation")) {
      assertFalse(old.contains("\"" + added + "\""), "the 1.1 document uses " + added);
    }
    assertTrue(old.contains("\"version\": \"1.1\""), name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "results-2.0-seed-accounts.json",
        "results-2.1-seed-accounts.json",
        "results-2.2-seed-accounts.json"
      })
  void anOlderResultsDocumentReadsAndIsWrittenAsTwoThree(String name) {
    String old = Golden.compat(name);
    FormatVersion version = versionOf(name);
    assertEquals(List.of(), Schemas.errors("results-" + version + ".schema.json", old));
    ResultsDocument read = json.readResults(old);
    assertEquals(version, read.version());
    for (AccountResults account : read.accounts()) {
      assertEquals(version.minor() == 0, account.relationship().isEmpty());
      assertEquals(version.minor() < 2, account.pipeline().isEmpty());
      assertEquals(version.minor() < 2, account.committee().isEmpty());
      assertTrue(account.shareOfVoice().isEmpty(), account.account().value());
    }

    String written = json.write(ResultsDocument.of(read.asOf(), read.accounts()));
    assertTrue(written.contains("\"version\": \"2.3\""), written);
    assertEquals(List.of(), Schemas.errors("results-2.3.schema.json", written));
    assertEquals(read.accounts(), json.readResults(written).accounts());
    if (version.minor() >= 1) {
      assertEquals(
          old.replace("\"version\": \"" + version + "\"", "\"version\": \"2.3\""), written);
    }
  }

  @Test
  void theResultsCompatDocumentsUseNothingTheirNextVersionAdded() {
    String old = Golden.compat("results-2.0-seed-accounts.json");
    for (String added : List.of("relationship", "nextStakeholders", "turnoverExposure")) {
      assertFalse(old.contains("\"" + added + "\""), "uses " + added);
    }
    assertTrue(old.contains("\"version\": \"2.0\""));
    String twoOne = Golden.compat("results-2.1-seed-accounts.json");
    // "committee" is also an argument's name in messages: look at the entries' properties
    JsonNode entries = JsonMapper.builder().build().readTree(twoOne).get("accounts");
    assertFalse(entries.isEmpty());
    for (JsonNode entry : entries) {
      for (String added : List.of("pipeline", "committee")) {
        assertFalse(entry.has(added), "uses " + added);
      }
    }
    assertTrue(twoOne.contains("\"version\": \"2.1\""));
    String twoTwo = Golden.compat("results-2.2-seed-accounts.json");
    JsonNode twoTwoEntries = JsonMapper.builder().build().readTree(twoTwo).get("accounts");
    assertFalse(twoTwoEntries.isEmpty());
    for (JsonNode entry : twoTwoEntries) {
      assertFalse(entry.has("shareOfVoice"), "uses shareOfVoice");
    }
    assertTrue(twoTwo.contains("\"version\": \"2.2\""));
  }

  @Test
  void theCurrentResultsSchemaRefusesWhatEarlierVersionsRefused() {
    // 2.1 to 2.3 only add: the seed results written today are 2.3, which earlier ones do not know.
    String current = Golden.read("results-seed-accounts.json");
    assertEquals(List.of(), Schemas.errors("results-2.3.schema.json", current));
    String asTwoTwo = current.replace("\"version\": \"2.3\"", "\"version\": \"2.2\"");
    List<String> twoTwoErrors = Schemas.errors("results-2.2.schema.json", asTwoTwo);
    assertTrue(
        twoTwoErrors.stream().anyMatch(e -> e.contains("shareOfVoice")), twoTwoErrors.toString());
    String asTwoOne = current.replace("\"version\": \"2.3\"", "\"version\": \"2.1\"");
    List<String> errors = Schemas.errors("results-2.1.schema.json", asTwoOne);
    for (String added : List.of("pipeline", "committee")) {
      assertTrue(errors.stream().anyMatch(e -> e.contains(added)), added + ": " + errors);
    }
    assertFalse(Schemas.errors("results-2.0.schema.json", current).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "account-1.0-every-property.json",
        "account-1.0-idn-lakeshore.json",
        "portfolio-1.0-st-brendan-heartland.json"
      })
  void theCompatDocumentsUseNothingOneOneAdded(String name) {
    // Guards the tests above: they must read documents a 1.0 writer could have written.
    String old = Golden.compat(name);
    for (String added :
        List.of("targetLists", "promotionalMaterials", "serviceAgreements", "incentives")) {
      assertFalse(old.contains("\"" + added + "\""), name + " uses " + added);
    }
    assertTrue(old.contains("\"version\": \"1.0\""), name);
  }
}
