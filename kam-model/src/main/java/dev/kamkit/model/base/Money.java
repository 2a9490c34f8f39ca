package dev.kamkit.model.base;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * An exact amount of money in one ISO 4217 currency: a contract value, a transfer of value, the
 * estimated value of a whitespace cell.
 *
 * <p>The amount always has the currency's own number of decimal places ({@code 12.5 USD} is kept as
 * {@code 12.50 USD}), so equal amounts are equal values. An amount with finer precision than the
 * currency allows is rejected rather than rounded: money is never silently changed. Arithmetic
 * across currencies throws; converting is the host's job, at a rate it supplies.
 *
 * <p>Instances are immutable and thread-safe. No method accepts or returns null.
 */
public final class Money implements Comparable<Money>, Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The most digits an amount may have before its decimal point: far beyond any real amount in any
   * currency, and a bound on the work that reading untrusted text may cause.
   */
  private static final int MAX_INTEGER_DIGITS = 30;

  /**
   * @serial the amount, at the currency's scale
   */
  private final BigDecimal amount;

  /**
   * @serial the ISO 4217 currency
   */
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * Obtains an amount in a currency.
   *
   * @param amount the amount; its scale may be smaller than the currency's, not larger
   * @param currency the currency
   * @return the money
   * @throws InvalidModelException if the amount is finer than the currency allows or has more than
   *     30 digits before the decimal point
   */
  public static Money of(BigDecimal amount, Currency currency) {
    requireNonNull(amount, "amount");
    requireNonNull(currency, "currency");
    int scale = Math.max(currency.getDefaultFractionDigits(), 0);
    // Checked on the exact value first: text such as "1E+999999999" or "1E-999999999" would
    // otherwise make setScale and toPlainString build numbers of a billion digits.
    BigDecimal exact = amount.stripTrailingZeros();
    if ((long) exact.precision() - exact.scale() > MAX_INTEGER_DIGITS) {
      throw invalid(
          "amount",
          Arg.of(amount),
          show(amount) + " " + currency.getCurrencyCode(),
          Message.of(ModelCode.AMOUNT_TOO_LARGE, Arg.of(MAX_INTEGER_DIGITS)));
    }
    if (exact.scale() > scale) {
      throw invalid(
          "amount",
          Arg.of(amount),
          show(amount) + " " + currency.getCurrencyCode(),
          Message.of(
              ModelCode.AMOUNT_TOO_PRECISE, Arg.text(currency.getCurrencyCode()), Arg.of(scale)));
    }
    return new Money(exact.setScale(scale, RoundingMode.UNNECESSARY), currency);
  }

  /**
   * Obtains an amount from its decimal text and an ISO 4217 code, for example {@code
   * Money.of("125.00", "USD")}.
   *
   * @throws InvalidModelException if the text is not a decimal number, the code is not an ISO 4217
   *     currency, or the amount is finer than the currency allows or has more than 30 digits before
   *     the decimal point
   */
  public static Money of(String amount, String currencyCode) {
    requireNonNull(amount, "amount");
    return of(parseAmount(amount), currency(currencyCode));
  }

  /** Zero in a currency. */
  public static Money zero(Currency currency) {
    return of(BigDecimal.ZERO, currency);
  }

  /**
   * Looks up an ISO 4217 currency by its three-letter code.
   *
   * @throws InvalidModelException naming the code if it is not a known currency
   */
  public static Currency currency(String currencyCode) {
    requireNonNull(currencyCode, "currencyCode");
    try {
      return Currency.getInstance(currencyCode);
    } catch (IllegalArgumentException e) {
      throw invalid("currency", currencyCode, ModelCode.NOT_A_CURRENCY);
    }
  }

  /** The exact amount, at the currency's scale. */
  public BigDecimal amount() {
    return amount;
  }

  /** The currency. */
  public Currency currency() {
    return currency;
  }

  /** Returns this plus {@code other}. @throws CurrencyMismatchException if the currencies differ */
  public Money plus(Money other) {
    return new Money(amount.add(sameCurrency(other).amount), currency);
  }

  /**
   * Returns this minus {@code other}. @throws CurrencyMismatchException if the currencies differ
   */
  public Money minus(Money other) {
    return new Money(amount.subtract(sameCurrency(other).amount), currency);
  }

  /** Returns this times a whole number, exactly. */
  public Money multipliedBy(long factor) {
    return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
  }

  /**
   * Returns this divided by a positive whole number, rounded to the currency's scale: the
   * per-person share of a group meal, for example.
   *
   * @throws IllegalArgumentException if {@code divisor} is not positive
   */
  public Money dividedBy(long divisor, RoundingMode rounding) {
    if (divisor <= 0) {
      throw new IllegalArgumentException("divisor must be positive, was " + divisor);
    }
    return new Money(
        amount.divide(BigDecimal.valueOf(divisor), amount.scale(), requireNonNull(rounding)),
        currency);
  }

  /** True if the amount is below zero. */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** True if the amount is zero. */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** True if the amount is above zero. */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /**
   * True if this is more than {@code other}. @throws CurrencyMismatchException if the currencies
   * differ
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * True if this is less than {@code other}. @throws CurrencyMismatchException if the currencies
   * differ
   */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /**
   * Orders amounts of the same currency.
   *
   * @throws CurrencyMismatchException if the currencies differ: amounts in different currencies
   *     have no order without a rate
   */
  @Override
  public int compareTo(Money other) {
    return amount.compareTo(sameCurrency(other).amount);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Money money
        && amount.equals(money.amount)
        && currency.equals(money.currency);
  }

  @Override
  public int hashCode() {
    return amount.hashCode() * 31 + currency.hashCode();
  }

  /** Renders as {@code "125.00 USD"}; {@link #parse(String)} reads it back. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }

  /**
   * Reads the text {@link #toString()} writes, for example {@code "125.00 USD"}.
   *
   * @throws InvalidModelException if the text is not an amount, a space and a currency code
   */
  public static Money parse(String text) {
    requireNonNull(text, "text");
    int space = text.indexOf(' ');
    if (space < 0 || space != text.lastIndexOf(' ')) {
      throw invalid("text", text, ModelCode.NOT_MONEY_TEXT);
    }
    return of(text.substring(0, space), text.substring(space + 1));
  }

  private Money sameCurrency(Money other) {
    requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(this, other);
    }
    return other;
  }

  private static BigDecimal parseAmount(String amount) {
    try {
      return new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw invalid("amount", amount, ModelCode.NOT_A_DECIMAL);
    }
  }

  /** Plain text for amounts of ordinary scale, scientific notation for absurd ones. */
  private static String show(BigDecimal amount) {
    return Math.abs(amount.scale()) <= 2 * MAX_INTEGER_DIGITS
        ? amount.toPlainString()
        : amount.toString();
  }

  private static InvalidModelException invalid(String field, String text, ModelCode code) {
    return invalid(field, Arg.text(text), ModelCheck.show(text), Message.of(code));
  }

  private static InvalidModelException invalid(
      String field, Arg value, String shown, Message message) {
    return new InvalidModelException(
        List.of(
            new ModelViolation(
                ModelSubject.of("Money"),
                FieldPath.of(field),
                Optional.of(value),
                shown,
                message)));
  }
}
