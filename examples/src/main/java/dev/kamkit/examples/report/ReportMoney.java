package dev.kamkit.examples.report;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.explain.MoneyStyle;
import java.util.Locale;

/**
 * Amounts as a reader of the report wants them: short, in the report's language, with the
 * currency's symbol where the language puts it: {@code $1.8M} in English, {@code 1,8 Mio. $} in
 * German, {@code 1,8 M $US} in French. The digits and abbreviations are the JDK's compact number
 * format for the language (CLDR); nothing is worded here.
 */
final class ReportMoney {
  private final Messages messages;

  ReportMoney(Locale locale) {
    this.messages = Messages.in(locale).withMoneyStyle(MoneyStyle.COMPACT);
  }

  /** {@code money} in the short form: at most one decimal, thousands and millions abbreviated. */
  String compact(Money money) {
    return messages.format(Arg.of(money));
  }
}
