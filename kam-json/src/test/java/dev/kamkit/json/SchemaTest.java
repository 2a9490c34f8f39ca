package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kamkit.json.format.DocumentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the writer produces validates against the shipped schemas; what they forbid, fails. */
class SchemaTest {
  private final KamJson json = KamJson.defaults();

  @Test
  void writtenAccountsValidate() {
    assertEquals(
        List.of(), Schemas.errors(DocumentKind.ACCOUNT, json.write(Fixtures.minimalAccount())));
    assertEquals(
        List.of(), Schemas.errors(DocumentKind.ACCOUNT, json.write(Fixtures.fullAccount())));
  }

  @Test
  void writtenPortfolioValidates() {
    assertEquals(
        List.of(), Schemas.errors(DocumentKind.PORTFOLIO, json.write(Fixtures.portfolio())));
  }

  @Test
  void schemaRejectsWhatTheReaderRejects() {
    String unknownProperty =
        "{\"kamkit\": \"account\", \"version\": \"1.0\", \"account\": {\"id\":"
            + " \"a\", \"name\": \"A\", \"kind\": \"HOSPITAL\", \"country\": \"US\", \"bedz\": 3}}";
    String numberAmount =
        json.write(Fixtures.fullAccount())
            .replace("\"amount\": \"1840.50\"", "\"amount\": 1840.50");
    String lowerCaseEnum = json.write(Fixtures.minimalAccount()).replace("CLINIC", "clinic");
    assertFalse(Schemas.errors(DocumentKind.ACCOUNT, unknownProperty).isEmpty());
    assertFalse(Schemas.errors(DocumentKind.ACCOUNT, numberAmount).isEmpty());
    assertFalse(Schemas.errors(DocumentKind.ACCOUNT, lowerCaseEnum).isEmpty());
  }
}
