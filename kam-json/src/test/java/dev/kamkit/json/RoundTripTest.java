package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.json.format.AccountDocument;
import dev.kamkit.json.format.PortfolioDocument;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import org.junit.jupiter.api.Test;

/** read(write(x)) equals x, and writing what was read gives the same bytes. */
class RoundTripTest {
  private final KamJson json = KamJson.defaults();

  @Test
  void minimalAccount() {
    assertRoundTrip(Fixtures.minimalAccount());
  }

  @Test
  void fullAccount() {
    assertRoundTrip(Fixtures.fullAccount());
  }

  @Test
  void portfolio() {
    Portfolio portfolio = Fixtures.portfolio();
    String written = json.write(portfolio);
    PortfolioDocument read = json.readPortfolio(written);
    assertEquals(portfolio, read.portfolio());
    assertEquals(written, json.write(read));
  }

  @Test
  void compactOutputRoundTripsToo() {
    KamJson compact = KamJson.builder().prettyPrint(false).build();
    String written = compact.write(Fixtures.fullAccount());
    assertEquals(Fixtures.fullAccount(), compact.readAccount(written).keyAccount());
    assertEquals(written, compact.write(compact.readAccount(written)));
  }

  private void assertRoundTrip(KeyAccount account) {
    String written = json.write(account);
    AccountDocument read = json.readAccount(written);
    assertEquals(account, read.keyAccount());
    assertEquals(written, json.write(read));
  }
}
