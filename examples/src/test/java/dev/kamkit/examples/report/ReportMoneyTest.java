package dev.kamkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Short amounts in the report's language, as the issue asked: "$1.8M", not "1800000.00 USD". */
class ReportMoneyTest {
  private static Money usd(String amount) {
    return Money.of(new BigDecimal(amount), Currency.getInstance("USD"));
  }

  @Test
  void englishPutsTheSymbolFirstAndKeepsOneDecimal() {
    ReportMoney en = new ReportMoney(Locale.ENGLISH);
    assertEquals("$1.8M", en.compact(usd("1800000.00")));
    assertEquals("$95K", en.compact(usd("95000.00")));
    assertEquals("$850.00", en.compact(usd("850.00")));
  }

  @Test
  void germanAndFrenchPutItAfterWithTheirOwnAbbreviations() {
    assertEquals("1,8\u00a0Mio.\u00a0$", new ReportMoney(Locale.GERMAN).compact(usd("1800000")));
    assertEquals("1,8\u00a0M\u00a0$US", new ReportMoney(Locale.FRENCH).compact(usd("1800000")));
    assertEquals(
        "2,5\u00a0Mio.\u00a0€",
        new ReportMoney(Locale.GERMAN)
            .compact(Money.of(new BigDecimal("2450000"), Currency.getInstance("EUR"))));
  }
}
