package dev.kamkit.json.deser;

import dev.kamkit.json.format.IdType;
import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.stakeholder.Npi;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/** Conversions of JSON scalars into model values, each reporting what it expected. */
final class Scalars {
  private static final Pattern MONTH_DAY = Pattern.compile("--[0-9]{2}-[0-9]{2}");
  private static final String DATE_TEXT = "a date as text, YYYY-MM-DD";
  private static final String MONTH_DAY_TEXT = "a day of the year as text, --MM-DD";
  private static final String DECIMAL_TEXT =
      "a decimal number written as a string, such as \"12.50\"";
  private static final String NPI_TEXT = "a ten-digit NPI as text";
  private static final String ID_TEXT = "an id as text";

  static final Conv<String> TEXT =
      Conv.of("text", (cx, in) -> text(cx, in, "text"), Scalars::writeText);
  static final Conv<Boolean> FLAG =
      Conv.of("true or false", Scalars::flag, (out, v) -> out.generator().writeBoolean(v));
  static final Conv<Integer> INTEGER =
      Conv.of("an integer", Scalars::integer, (out, v) -> out.generator().writeNumber(v));
  static final Conv<Long> LONG =
      Conv.of("an integer", Scalars::longInteger, (out, v) -> out.generator().writeNumber(v));
  static final Conv<LocalDate> DATE_VALUE = Conv.of(DATE_TEXT, Scalars::date, Scalars::writeString);
  static final Conv<MonthDay> MONTH_DAY_VALUE =
      Conv.of(MONTH_DAY_TEXT, Scalars::monthDay, Scalars::writeString);
  static final Conv<BigDecimal> DECIMAL_VALUE =
      Conv.of(DECIMAL_TEXT, Scalars::decimal, Scalars::writeDecimal);
  static final Conv<Npi> NPI =
      Conv.of(NPI_TEXT, Scalars::npi, (out, v) -> writeText(out, v.value()));

  private static final String ID_TYPES =
      "one of "
          + Arrays.stream(IdType.values()).map(IdType::wireName).collect(Collectors.joining(", "));

  /** An id type by its wire name, as a subject's {@code "type"} or a reference's {@code "ref"}. */
  static final Conv<IdType> ID_TYPE =
      Conv.of(
          ID_TYPES,
          (cx, in) -> {
            String text = text(cx, in, ID_TYPES);
            if (text == null) {
              return null;
            }
            Optional<IdType> type = IdType.fromWireName(text);
            if (type.isEmpty()) {
              cx.problem(
                  ProblemKind.UNKNOWN_ENUM_VALUE, in.pointer(), ID_TYPES, Describe.found(in));
              return null;
            }
            return type.get();
          },
          (out, v) -> writeText(out, v.wireName()));

  private Scalars() {}

  static void writeText(Sink out, String value) {
    out.generator().writeString(value);
  }

  /** Dates and days of the year in their ISO form, which is their {@code toString()}. */
  private static void writeString(Sink out, Object value) {
    out.generator().writeString(value.toString());
  }

  /** Exact decimals are strings, so that no consumer reads them into binary floating point. */
  static void writeDecimal(Sink out, BigDecimal value) {
    out.generator().writeString(value.toPlainString());
  }

  /** The text the cursor is at, or null after reporting that {@code expected} was wanted. */
  static @Nullable String text(ReadContext cx, Cursor in, String expected) {
    if (!in.isString()) {
      cx.wrongType(in, expected);
      return null;
    }
    return in.string();
  }

  /** The node's text, or null after reporting that {@code expected} was wanted instead. */
  static @Nullable String text(ReadContext cx, JsonNode node, Pointer at, String expected) {
    if (!node.isString()) {
      cx.wrongType(at, expected, node);
      return null;
    }
    return node.stringValue();
  }

  /** An id of one type, built by its factory, such as {@code SiteId::of}. */
  static <I extends KamId> Conv<I> id(Function<String, I> factory) {
    return Conv.of(
        ID_TEXT,
        (cx, in) -> {
          String text = text(cx, in, ID_TEXT);
          if (text == null) {
            return null;
          }
          try {
            return factory.apply(text);
          } catch (InvalidModelException e) {
            cx.problem(
                ProblemKind.INVALID_VALUE,
                in.pointer(),
                "an id of 1 to 255 characters without control"
                    + " characters or leading or trailing whitespace",
                Describe.found(in) + ", which " + e.violations().get(0).message());
            return null;
          }
        },
        (out, v) -> writeText(out, v.value()));
  }

  /** One of an enum's values, spelt exactly as its constant. */
  static <E extends Enum<E>> Conv<E> enumOf(Class<E> type) {
    E[] values = type.getEnumConstants();
    String allowed =
        "one of " + Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    return Conv.of(
        allowed,
        (cx, in) -> {
          if (!in.isString()) {
            cx.wrongType(in, allowed);
            return null;
          }
          for (E value : values) {
            if (in.stringIs(value.name())) {
              return value; // compared in the parser's buffer: no String is made
            }
          }
          String text = in.string();
          String found = Describe.found(in);
          String normalised = text.strip().replace('-', '_').replace(' ', '_');
          for (E value : values) {
            if (value.name().equalsIgnoreCase(normalised)) {
              found += " (did you mean " + value.name() + "?)";
            }
          }
          cx.problem(ProblemKind.UNKNOWN_ENUM_VALUE, in.pointer(), allowed, found);
          return null;
        },
        (out, v) -> writeText(out, v.name()));
  }

  private static @Nullable Boolean flag(ReadContext cx, Cursor in) {
    JsonToken t = in.token();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      cx.wrongType(in, "true or false");
      return null;
    }
    return t == JsonToken.VALUE_TRUE;
  }

  private static @Nullable Integer integer(ReadContext cx, Cursor in) {
    if (in.token() != JsonToken.VALUE_NUMBER_INT) {
      cx.wrongType(in, "an integer");
      return null;
    }
    JsonParser p = in.parser();
    if (p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    BigInteger value = p.getBigIntegerValue(); // a tree holds every integer as a BigInteger
    if (value.bitLength() >= Integer.SIZE) {
      cx.invalid(in, "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
      return null;
    }
    return value.intValue();
  }

  private static @Nullable Long longInteger(ReadContext cx, Cursor in) {
    if (in.token() != JsonToken.VALUE_NUMBER_INT) {
      cx.wrongType(in, "an integer");
      return null;
    }
    JsonParser p = in.parser();
    JsonParser.NumberType type = p.getNumberType();
    if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
      return p.getLongValue();
    }
    BigInteger value = p.getBigIntegerValue();
    if (value.bitLength() >= Long.SIZE) {
      cx.invalid(in, "an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
      return null;
    }
    return value.longValue();
  }

  private static @Nullable LocalDate date(ReadContext cx, Cursor in) {
    if (!in.isString()) {
      cx.wrongType(in, DATE_TEXT);
      return null;
    }
    // read in the parser's buffer: every dated element has one, and no String is needed
    JsonParser p = in.parser();
    LocalDate date = isoDate(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
    if (date != null) {
      return date;
    }
    cx.invalid(in, "a calendar date as YYYY-MM-DD (ISO 8601), such as \"2027-03-31\"");
    return null;
  }

  private static @Nullable MonthDay monthDay(ReadContext cx, Cursor in) {
    String text = text(cx, in, MONTH_DAY_TEXT);
    if (text == null) {
      return null;
    }
    try {
      if (MONTH_DAY.matcher(text).matches()) {
        return MonthDay.parse(text);
      }
    } catch (DateTimeParseException e) {
      // falls through: --02-30 is not a day of the year
    }
    cx.invalid(in, "a day of the year as --MM-DD (ISO 8601), such as \"--07-01\"");
    return null;
  }

  /** A JSON number is refused here so that no producer or consumer goes through a double. */
  private static @Nullable BigDecimal decimal(ReadContext cx, Cursor in) {
    String text = text(cx, in, DECIMAL_TEXT);
    if (text == null) {
      return null;
    }
    int max = cx.limits().maxNumberLength();
    if (text.length() > max) {
      cx.problem(
          ProblemKind.LIMIT_EXCEEDED,
          in.pointer(),
          Limit.NUMBER_LENGTH.expected(max),
          Limit.NUMBER_LENGTH.found(text.length()));
      return null;
    }
    if (!isPlainDecimal(text)) {
      cx.invalid(in, "plain decimal text: digits, optionally a '-' and a '.' (no exponent)");
      return null;
    }
    return new BigDecimal(text);
  }

  /**
   * {@code YYYY-MM-DD} with a four-digit year, or null: by hand rather than a pattern and {@code
   * LocalDate.parse}, as every dated element of an account has one and the parser's machinery cost
   * about 7 % of a read in a profile.
   */
  static @Nullable LocalDate isoDate(String text) {
    return isoDate(text.toCharArray(), 0, text.length());
  }

  /** Like {@link #isoDate(String)} for {@code length} characters of {@code c} from {@code off}. */
  static @Nullable LocalDate isoDate(char[] c, int off, int length) {
    if (length != 10 || c[off + 4] != '-' || c[off + 7] != '-') {
      return null;
    }
    int year = digits(c, off, off + 4);
    int month = digits(c, off + 5, off + 7);
    int day = digits(c, off + 8, off + 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null; // 2027-02-30 is not a date
    }
  }

  /** The number the ASCII digits from {@code from} to {@code to} spell, or -1 if any is not one. */
  private static int digits(char[] c, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (!isDigit(c[i])) {
        return -1;
      }
      n = n * 10 + (c[i] - '0');
    }
    return n;
  }

  /** Plain decimal text: {@code -?[0-9]+(\.[0-9]+)?}, no exponent, no plus sign, no blanks. */
  static boolean isPlainDecimal(String text) {
    int i = text.startsWith("-") ? 1 : 0;
    int integer = i;
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    if (i == integer) {
      return false;
    }
    if (i == text.length()) {
      return true;
    }
    if (text.charAt(i) != '.') {
      return false;
    }
    int fraction = ++i;
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    return i > fraction && i == text.length();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static @Nullable Npi npi(ReadContext cx, Cursor in) {
    String text = text(cx, in, NPI_TEXT);
    if (text == null) {
      return null;
    }
    try {
      return Npi.of(text);
    } catch (InvalidModelException e) {
      cx.problem(
          ProblemKind.INVALID_VALUE,
          in.pointer(),
          "a ten-digit NPI whose last digit is its check digit",
          Describe.found(in) + ", which " + e.violations().get(0).message());
      return null;
    }
  }
}
