package dev.kamkit.model.explain;

/**
 * How {@link Messages} words an amount of money: in full, to the currency's minor unit, or in the
 * short form a report or a chart label wants.
 */
public enum MoneyStyle {
  /**
   * Every digit, with the currency's decimals and code and the language's separators: {@code
   * 1,800,000.00 USD}, {@code 1.800.000,00 USD}. The default: an explanation states exact amounts.
   */
  FULL,
  /**
   * Abbreviated in the language's way, at most one decimal, with the currency's symbol: {@code
   * $1.8M}, {@code 1,8 Mio. $}, {@code 1,8 M $US}; amounts under a thousand exact: {@code $155.50}.
   */
  COMPACT
}
