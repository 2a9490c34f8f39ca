package dev.kamkit.examples.report;

import dev.kamkit.model.base.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Amounts as a reader of the report wants them: short, in the report's language, with the
 * currency's symbol where the language puts it: {@code $1.8M} in English, {@code 1,8 Mio. $} in
 * German, {@code 1,8 M $US} in French. The digits and abbreviations are the JDK's compact number
 * format for the language (CLDR); nothing is worded here.
 */
final class ReportMoney {
  private final Locale locale;

  ReportMoney(Locale locale) {
    this.locale = locale;
  }

  /** {@code money} in the short form: at most one decimal, thousands and millions abbreviated. */
  String compact(Money money) {
    NumberFormat digits = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
    digits.setMaximumFractionDigits(
        money.amount().abs().compareTo(BigDecimal.valueOf(1000)) < 0 ? 0 : 1);
    // a double, not the BigDecimal: the JDK's compact format rounds a BigDecimal to whole units
    // (1.8 million becomes "2M"), whatever its fraction digits say
    String number = digits.format(money.amount().doubleValue());
    String symbol = money.currency().getSymbol(locale);
    return symbolFirst() ? symbol + number : number + "\u00a0" + symbol;
  }

  /** Whether the language writes the currency before the amount, as English does. */
  private boolean symbolFirst() {
    NumberFormat currency = NumberFormat.getCurrencyInstance(locale);
    return currency instanceof DecimalFormat d && d.toPattern().startsWith("\u00a4");
  }
}
