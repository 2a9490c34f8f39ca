package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.json.format.AccountDocument;
import dev.kamkit.json.format.DocumentKind;
import dev.kamkit.json.format.FormatVersion;
import dev.kamkit.json.format.PortfolioDocument;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Account and portfolio 1.1 only added optional properties: documents written as 1.0, kept as they
 * were under {@code compat/}, still validate against the 1.0 schemas, read strictly, and are
 * written again as 1.1 documents of the same model.
 */
class FormatVersionsTest {
  private static final FormatVersion ONE_ZERO = new FormatVersion(1, 0);
  private final KamJson json = KamJson.defaults();

  @Test
  void accountAndPortfolioDocumentsAreWrittenAsOneOne() {
    assertEquals(new FormatVersion(1, 1), DocumentKind.ACCOUNT.currentVersion());
    assertEquals(new FormatVersion(1, 1), DocumentKind.PORTFOLIO.currentVersion());
    assertEquals(new FormatVersion(2, 0), DocumentKind.RESULTS.currentVersion());
  }

  @ParameterizedTest
  @ValueSource(strings = {"account-1.0-every-property.json", "account-1.0-idn-lakeshore.json"})
  void anAccountOneZeroDocumentReadsAndIsWrittenAsOneOne(String name) {
    String old = Golden.compat(name);
    assertEquals(List.of(), Schemas.errors("account-1.0.schema.json", old));
    AccountDocument read = json.readAccount(old);
    assertEquals(ONE_ZERO, read.version());

    String written = json.write(read.keyAccount());
    assertTrue(written.contains("\"version\": \"1.1\""), written);
    assertEquals(List.of(), Schemas.errors("account-1.1.schema.json", written));
    assertEquals(read.keyAccount(), json.readAccount(written).keyAccount());
  }

  @Test
  void aPortfolioOneZeroDocumentReadsAndIsWrittenAsOneOne() {
    String old = Golden.compat("portfolio-1.0-st-brendan-heartland.json");
    assertEquals(List.of(), Schemas.errors("portfolio-1.0.schema.json", old));
    PortfolioDocument read = json.readPortfolio(old);
    assertEquals(ONE_ZERO, read.version());

    String written = json.write(read.portfolio());
    assertTrue(written.contains("\"version\": \"1.1\""), written);
    assertEquals(List.of(), Schemas.errors("portfolio-1.1.schema.json", written));
    assertEquals(read.portfolio(), json.readPortfolio(written).portfolio());
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
