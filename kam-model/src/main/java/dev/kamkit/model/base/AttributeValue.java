package dev.kamkit.model.base;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.explain.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The value of a host-defined custom field: text, a number, a flag or a date. Custom fields let a
 * CRM's own fields (a Veeva {@code Segment__c}, a Salesforce custom picklist) travel through kamkit
 * untouched, in the {@code attributes} map that every aggregate root carries.
 *
 * <p>Numbers are exact {@link BigDecimal}s; equality of two numbers ignores trailing zeros, so
 * {@code number("1.50")} equals {@code number("1.5")}.
 */
public sealed interface AttributeValue
    permits AttributeValue.Text, AttributeValue.Number, AttributeValue.Flag, AttributeValue.Date {

  /** A text value, for example a picklist entry a CRM stores as a string. */
  static Text text(String value) {
    return new Text(value);
  }

  /** An exact number. */
  static Number number(BigDecimal value) {
    return new Number(value);
  }

  /** An exact number parsed from its decimal text, for example {@code "12.5"}. */
  static Number number(String decimal) {
    try {
      return new Number(new BigDecimal(decimal));
    } catch (NumberFormatException e) {
      throw new InvalidModelException(
          List.of(
              ModelViolation.of(
                  ModelSubject.of("AttributeValue"),
                  FieldPath.of("number"),
                  decimal,
                  Message.of(ModelCode.NOT_A_DECIMAL))));
    }
  }

  /** A yes/no value. */
  static Flag flag(boolean value) {
    return new Flag(value);
  }

  /** A calendar date. */
  static Date date(LocalDate value) {
    return new Date(value);
  }

  /** Text; never null. @param value the text */
  record Text(String value) implements AttributeValue {
    public Text {
      requireNonNull(value, "value");
    }
  }

  /**
   * An exact number, kept with trailing zeros stripped so equal numbers are equal values.
   *
   * @param value the number
   */
  record Number(BigDecimal value) implements AttributeValue {
    public Number {
      value = requireNonNull(value, "value").stripTrailingZeros();
    }
  }

  /** A flag. @param value the flag */
  record Flag(boolean value) implements AttributeValue {}

  /** A date. @param value the date */
  record Date(LocalDate value) implements AttributeValue {
    public Date {
      requireNonNull(value, "value");
    }
  }
}
