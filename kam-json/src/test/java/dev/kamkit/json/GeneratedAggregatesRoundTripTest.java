package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.kamkit.json.format.DocumentKind;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.KamGens;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every generated aggregate, from a clinic to a 40-hospital IDN, survives the trip through JSON:
 * {@code read(write(x))} equals {@code x}, writing is stable, and the written document validates
 * against its schema.
 */
class GeneratedAggregatesRoundTripTest {
  private final KamJson json = KamJson.defaults();

  @Test
  void generatedKeyAccountsRoundTripAndValidate() {
    qt().withFixedSeed(71L)
        .withExamples(40)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE))
        .checkAssert(this::roundTrips);
  }

  @Test
  void aLargeIdnRoundTripsAndValidates() {
    qt().withFixedSeed(72L)
        .withExamples(2)
        .forAll(KamGens.keyAccounts(AccountSize.LARGE_IDN))
        .checkAssert(this::roundTrips);
  }

  @Test
  void generatedPortfoliosRoundTripAndValidate() {
    qt().withFixedSeed(73L)
        .withExamples(10)
        .forAll(KamGens.portfolios(1, 4))
        .checkAssert(
            portfolio -> {
              String written = json.write(portfolio);
              Portfolio read = json.readPortfolio(written).portfolio();
              assertEquals(portfolio, read);
              assertEquals(written, json.write(read));
              assertEquals(List.of(), Schemas.errors(DocumentKind.PORTFOLIO, written));
            });
  }

  private void roundTrips(KeyAccount account) {
    String written = json.write(account);
    KeyAccount read = json.readAccount(written).keyAccount();
    assertEquals(account, read);
    assertEquals(written, json.write(read));
    assertEquals(List.of(), Schemas.errors(DocumentKind.ACCOUNT, written));
  }
}
