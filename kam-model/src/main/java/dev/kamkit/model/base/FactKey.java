package dev.kamkit.model.base;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The name and value type of a typed fact a rule pack reads from the model, in the manner of
 * OpenTelemetry's {@code AttributeKey<T>}: {@code FactKey<FrenchKind>} named {@code fr.kind}, or
 * {@code FactKey<Long>} of whole days named {@code openpayments.deviceLoanDays}. A pack declares
 * its keys as public constants; a host records a fact with {@link Fact#of(FactKey, Object)}, so a
 * value of the wrong type does not compile and a value outside the key's range (a blank text, zero
 * days) is rejected when the fact is made.
 *
 * <p>Two keys are equal when their names, kinds and value types are. Keys are immutable and
 * thread-safe.
 *
 * @param <T> the type of the fact's value
 */
public final class FactKey<T> {

  /** What a fact's value is, and how it is written outside Java. */
  public enum Kind {
    /** One value of an enum implementing {@link FactCode}, written as its code. */
    CODE,
    /** Non-blank text. */
    TEXT,
    /** A flag, true or false. */
    FLAG,
    /** A whole number of days, at least 1. */
    DAYS,
    /** A whole number, at least 1 (a count of nights, meals, units). */
    COUNT,
    /** A number above zero (hours of service). */
    POSITIVE_NUMBER,
    /** An amount of {@link Money}, above zero. */
    MONEY,
    /** A calendar date. */
    DATE
  }

  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*([.-][A-Za-z0-9]+)*");

  private final String name;
  private final Kind kind;
  private final Class<T> valueType;
  private final List<T> values;

  private FactKey(String name, Kind kind, Class<T> valueType, List<T> values) {
    if (!NAME.matcher(requireNonNull(name, "name")).matches()) {
      throw new InvalidModelException(
          List.of(
              ModelViolation.of(
                  ModelSubject.of("FactKey"),
                  FieldPath.of("name"),
                  name,
                  Message.of(ModelCode.NOT_DOTTED))));
    }
    this.name = name;
    this.kind = kind;
    this.valueType = valueType;
    this.values = List.copyOf(values);
  }

  /** A key whose value is one constant of {@code type}, written as its {@link FactCode#code()}. */
  public static <E extends Enum<E> & FactCode> FactKey<E> code(String name, Class<E> type) {
    return new FactKey<>(name, Kind.CODE, type, List.of(type.getEnumConstants()));
  }

  /** A key whose value is non-blank text. */
  public static FactKey<String> text(String name) {
    return new FactKey<>(name, Kind.TEXT, String.class, List.of());
  }

  /** A key whose value is a flag. */
  public static FactKey<Boolean> flag(String name) {
    return new FactKey<>(name, Kind.FLAG, Boolean.class, List.of());
  }

  /** A key whose value is a whole number of days, at least 1. */
  public static FactKey<Long> days(String name) {
    return new FactKey<>(name, Kind.DAYS, Long.class, List.of());
  }

  /** A key whose value is a whole number, at least 1. */
  public static FactKey<Long> count(String name) {
    return new FactKey<>(name, Kind.COUNT, Long.class, List.of());
  }

  /** A key whose value is a number above zero. */
  public static FactKey<BigDecimal> positiveNumber(String name) {
    return new FactKey<>(name, Kind.POSITIVE_NUMBER, BigDecimal.class, List.of());
  }

  /** A key whose value is an amount of money above zero. */
  public static FactKey<Money> money(String name) {
    return new FactKey<>(name, Kind.MONEY, Money.class, List.of());
  }

  /** A key whose value is a calendar date. */
  public static FactKey<LocalDate> date(String name) {
    return new FactKey<>(name, Kind.DATE, LocalDate.class, List.of());
  }

  /** The key's name, for example {@code fr.kind}. */
  public String name() {
    return name;
  }

  /** What its value is. */
  public Kind kind() {
    return kind;
  }

  /** The Java type of its value. */
  public Class<T> valueType() {
    return valueType;
  }

  /** For a {@link Kind#CODE} key, every value in declaration order; otherwise empty. */
  public List<T> values() {
    return values;
  }

  /** For a {@link Kind#CODE} key, the code of every value in declaration order. */
  public List<String> codes() {
    List<String> codes = new ArrayList<>(values.size());
    for (T v : values) {
      codes.add(((FactCode) v).code());
    }
    return codes;
  }

  /** For a {@link Kind#CODE} key, the value whose code is {@code code}, if any. */
  public Optional<T> valueOf(String code) {
    for (T v : values) {
      if (((FactCode) v).code().equals(code)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * Checks that {@code value} may be this key's value.
   *
   * @throws InvalidModelException naming {@code facts.<name>}, the value and what is wrong
   */
  T check(@Nullable Object value) {
    FieldPath path = FieldPath.of("facts").entry(name);
    if (value == null) {
      throw violation(path, ModelCheck.MISSING, Message.of(ModelCode.NULL));
    }
    if (!valueType.isInstance(value)) {
      throw violation(path, value, Message.of(ModelCode.FACT_WRONG_TYPE, Arg.text(kind.name())));
    }
    T typed = valueType.cast(value);
    boolean ok =
        switch (kind) {
          case TEXT -> !((String) typed).isBlank();
          case DAYS, COUNT -> (Long) typed >= 1;
          case POSITIVE_NUMBER -> ((BigDecimal) typed).signum() > 0;
          case MONEY -> ((Money) typed).isPositive();
          case CODE, FLAG, DATE -> true;
        };
    if (!ok) {
      throw violation(
          path, value, Message.of(kind == Kind.TEXT ? ModelCode.BLANK : ModelCode.NOT_POSITIVE));
    }
    return typed;
  }

  private static InvalidModelException violation(FieldPath path, Object value, Message message) {
    return new InvalidModelException(
        List.of(ModelViolation.of(ModelSubject.of("Fact"), path, value, message)));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FactKey<?> k
        && k.name.equals(name)
        && k.kind == kind
        && k.valueType.equals(valueType);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** The key's name. */
  @Override
  public String toString() {
    return name;
  }
}
