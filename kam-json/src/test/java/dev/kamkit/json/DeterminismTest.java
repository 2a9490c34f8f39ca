package dev.kamkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.kamkit.json.format.KamDocument;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.testing.KamGenerator;
import dev.kamkit.model.testing.SeedAccounts;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same input gives byte-identical JSON: writing one value twice, writing two separately built
 * equal values, writing through each output (string, stream), compact and pretty, and writing what
 * was read back. Together with the golden files (same bytes as committed, on every JDK and run)
 * this is the determinism promise of docs/reliability.md.
 */
class DeterminismTest {
  private static final List<KamJson> WRITERS =
      List.of(KamJson.defaults(), KamJson.builder().prettyPrint(true).build());

  @Test
  void oneAccountWrittenTwiceGivesTheSameBytes() {
    for (KamJson json : WRITERS) {
      for (KeyAccount account : SeedAccounts.all()) {
        assertArrayEquals(bytes(json, account), bytes(json, account), account.account().name());
      }
    }
  }

  @Test
  void separatelyBuiltEqualAccountsGiveTheSameBytes() {
    for (KamJson json : WRITERS) {
      assertSameBytes(json, Fixtures.fullAccount(), Fixtures.fullAccount());
      assertSameBytes(json, Fixtures.minimalAccount(), Fixtures.minimalAccount());
      assertSameBytes(json, SeedAccounts.riversideHealth(), SeedAccounts.riversideHealth());
      for (long seed = 0; seed < 20; seed++) {
        assertSameBytes(
            json, KamGenerator.seeded(seed).keyAccount(), KamGenerator.seeded(seed).keyAccount());
      }
    }
  }

  @Test
  void separatelyBuiltEqualPortfoliosGiveTheSameBytes() {
    for (KamJson json : WRITERS) {
      assertSameBytes(json, SeedAccounts.portfolio(), SeedAccounts.portfolio());
      assertSameBytes(json, Fixtures.portfolio(), Fixtures.portfolio());
      for (long seed = 0; seed < 5; seed++) {
        assertSameBytes(
            json, KamGenerator.seeded(seed).portfolio(3), KamGenerator.seeded(seed).portfolio(3));
      }
    }
  }

  @Test
  void whatIsReadBackWritesTheSameBytes() {
    KamJson json = KamJson.defaults();
    for (KeyAccount account : SeedAccounts.all()) {
      String written = json.write(account);
      KamDocument again = json.read(written);
      assertEquals(written, json.write(again));
    }
    String portfolio = json.write(SeedAccounts.portfolio());
    assertEquals(portfolio, json.write(json.read(portfolio)));
  }

  @Test
  void everyOutputGivesTheSameBytes() {
    KamJson json = KamJson.defaults();
    KeyAccount account = SeedAccounts.academicMedicalCentre();
    KamDocument document = json.read(json.write(account));
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    json.write(document, stream);
    assertArrayEquals(json.write(account).getBytes(UTF_8), stream.toByteArray());
  }

  private static void assertSameBytes(KamJson json, KeyAccount first, KeyAccount second) {
    assertNotSame(first, second);
    assertEquals(first, second);
    assertArrayEquals(bytes(json, first), bytes(json, second), first.account().name());
  }

  private static void assertSameBytes(KamJson json, Portfolio first, Portfolio second) {
    assertNotSame(first, second);
    assertEquals(first, second);
    assertArrayEquals(json.write(first).getBytes(UTF_8), json.write(second).getBytes(UTF_8));
  }

  private static byte[] bytes(KamJson json, KeyAccount account) {
    return json.write(account).getBytes(UTF_8);
  }
}
