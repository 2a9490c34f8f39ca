package dev.kamkit.examples.report;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explainable;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.explain.MoneyStyle;
import dev.kamkit.rules.compliance.RulePack;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The words of one report in one language: the report's own ({@link ReportCode}), the results'
 * explanations and the display names of enum values, all through one {@link Messages}.
 *
 * <p>Not thread-safe, like {@link Messages}: make one per report.
 */
final class ReportWords {
  private final Messages messages;

  /** The same words with every amount in full, for what a disclosure or an audit reads. */
  private final Messages exact;

  private ReportWords(Messages exact) {
    this.messages = exact.withMoneyStyle(MoneyStyle.COMPACT);
    this.exact = exact;
  }

  /**
   * Words in {@code locale}'s language where kamkit has it (English, German, French): amounts
   * abbreviated ({@code $1.8M}), except in {@link #exact}.
   */
  static ReportWords in(Locale locale) {
    return new ReportWords(Messages.in(locale));
  }

  /** Words as {@link #in(Locale)} that name the records of the analysed accounts by their names. */
  static ReportWords in(Locale locale, PortfolioAnalysis analysis) {
    return new ReportWords(
        Messages.in(locale)
            .withNames(
                RecordNames.of(
                    analysis.accounts().stream().map(AccountAnalysis::account).toList())));
  }

  /** Words as {@link #in(Locale)} that name the account's records by their names. */
  static ReportWords in(Locale locale, AccountAnalysis account) {
    return new ReportWords(
        Messages.in(locale).withNames(RecordNames.of(List.of(account.account()))));
  }

  /** The locale the words are in: the requested one, or English. */
  Locale locale() {
    return messages.locale();
  }

  /** The language tag for HTML's {@code lang} attribute: {@code en}, {@code de} or {@code fr}. */
  String language() {
    return messages.locale().getLanguage();
  }

  /** The report's own words for {@code code}. */
  String say(ReportCode code, Arg... args) {
    return messages.format(Message.of(code, args));
  }

  /** The words of {@code message}. */
  String format(Message message) {
    return messages.format(message);
  }

  /**
   * The words of {@code message} with every amount in full ({@code 2,050.00 USD}, not {@code $2K}):
   * for compliance findings, whose amounts are compared with thresholds to the cent and reported.
   */
  String exact(Message message) {
    return exact.format(message);
  }

  /** The display name of an enum value. */
  String name(Enum<?> value) {
    return messages.name(value);
  }

  /** A result's explanation, as indented lines. */
  String explain(Explainable result) {
    return exact.explain(result.explanation());
  }

  /** The name of a compliance pack, in the report's language. */
  String pack(RulePack pack) {
    return messages.format(pack.name());
  }

  /**
   * A value as the report shows it, to one decimal, rounded half up: what {@code {x,number,0.0}}
   * then prints without rounding again.
   */
  static Arg tenths(BigDecimal value) {
    return Arg.of(value.setScale(1, RoundingMode.HALF_UP));
  }
}
