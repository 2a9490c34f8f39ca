package dev.kamkit.json.deser;

import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/** Reads the value objects shared by every part of the model: money and custom attributes. */
final class ValueReader {

  static final Conv<Currency> CURRENCY =
      Conv.of(
          "an ISO 4217 currency code",
          (cx, in) -> {
            String code = Scalars.text(cx, in, "an ISO 4217 currency code as text");
            if (code == null) {
              return null;
            }
            try {
              if (isCurrencyCode(code)) {
                return Money.currency(code);
              }
            } catch (InvalidModelException e) {
              // falls through: three letters, but not a currency
            }
            cx.invalid(in, "an ISO 4217 currency code such as \"USD\" or \"EUR\"");
            return null;
          },
          (out, c) -> Scalars.writeText(out, c.getCurrencyCode()));

  /** {@code {"amount": "125.00", "currency": "USD"}}. */
  private static final PropertyTable<Money, MoneyParts> MONEY_TABLE =
      PropertyTable.of("a money object", MoneyParts::new, MoneyParts::build)
          .req("amount", Scalars.DECIMAL_VALUE, Money::amount, MoneyParts::amount)
          .req("currency", CURRENCY, Money::currency, MoneyParts::currency);

  static final Conv<Money> MONEY = Conv.table(() -> MONEY_TABLE);

  /** Exactly one of {@code text}, {@code number}, {@code flag} or {@code date}. */
  private static final PropertyTable<AttributeValue, AttributeParts> ATTRIBUTE_TABLE =
      PropertyTable.of("an attribute value object", AttributeParts::new, AttributeParts::build)
          .opt("text", Scalars.TEXT, ValueReader::text, (p, t) -> p.value(AttributeValue.text(t)))
          .opt(
              "number",
              Scalars.DECIMAL_VALUE,
              ValueReader::number,
              (p, n) -> p.value(AttributeValue.number(n)))
          .opt("flag", Scalars.FLAG, ValueReader::flag, (p, f) -> p.value(AttributeValue.flag(f)))
          .opt(
              "date",
              Scalars.DATE_VALUE,
              ValueReader::date,
              (p, d) -> p.value(AttributeValue.date(d)));

  private static final long ATTRIBUTE_KINDS =
      ATTRIBUTE_TABLE.bits("text", "number", "flag", "date");

  static final Conv<AttributeValue> ATTRIBUTE =
      Conv.of(ATTRIBUTE_TABLE.what(), ValueReader::attribute, ValueReader::writeAttribute);

  /** The {@code attributes} property: custom fields by name. */
  static final Conv<Map<String, AttributeValue>> ATTRIBUTES =
      Conv.of(
          "an object of attribute values by name",
          ValueReader::attributes,
          ValueReader::writeAttributes);

  private ValueReader() {}

  /** Three letters A to Z: by hand, as a pattern's matcher was an allocation per amount. */
  private static boolean isCurrencyCode(String code) {
    if (code.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = code.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  private static @Nullable AttributeValue attribute(ReadContext cx, Cursor in) {
    if (in.token() != JsonToken.START_OBJECT) {
      cx.wrongType(in, ATTRIBUTE_TABLE.what());
      return null;
    }
    int mark = cx.mark();
    AttributeParts parts = ATTRIBUTE_TABLE.builder();
    long seen = ATTRIBUTE_TABLE.properties(cx, in, in.depth(), parts, 0L);
    int given = Long.bitCount(seen & ATTRIBUTE_KINDS);
    if (given != 1) {
      String expected = "exactly one of \"text\", \"number\", \"flag\" and \"date\"";
      if (given == 0) {
        cx.missing(in.pointer().at("text"), expected);
      } else {
        cx.problem(ProblemKind.INVALID_VALUE, in.pointer(), expected, "an object");
      }
      return null;
    }
    return ATTRIBUTE_TABLE.finish(cx, in, parts, seen, mark);
  }

  private static void writeAttribute(Sink out, AttributeValue value) {
    ATTRIBUTE_TABLE.write(out, value);
  }

  private static Optional<String> text(AttributeValue v) {
    return v instanceof AttributeValue.Text t ? Optional.of(t.value()) : Optional.empty();
  }

  private static Optional<BigDecimal> number(AttributeValue v) {
    return v instanceof AttributeValue.Number n ? Optional.of(n.value()) : Optional.empty();
  }

  private static Optional<Boolean> flag(AttributeValue v) {
    return v instanceof AttributeValue.Flag f ? Optional.of(f.value()) : Optional.empty();
  }

  private static Optional<LocalDate> date(AttributeValue v) {
    return v instanceof AttributeValue.Date d ? Optional.of(d.value()) : Optional.empty();
  }

  /** Custom fields by name, each an attribute value object. */
  private static void writeAttributes(Sink out, Map<String, AttributeValue> attributes) {
    out.startObject();
    attributes.forEach((key, value) -> out.property(key, value, ATTRIBUTE));
    out.endObject();
  }

  private static @Nullable Map<String, AttributeValue> attributes(ReadContext cx, Cursor in) {
    if (in.token() != JsonToken.START_OBJECT) {
      cx.wrongType(in, "an object of attribute values by name");
      return null;
    }
    Map<String, AttributeValue> attributes = new LinkedHashMap<>();
    Set<String> failed = Set.of();
    int level = in.depth();
    while (in.nextProperty(level)) {
      String key = in.name();
      if (attributes.containsKey(key) || failed.contains(key)) {
        throw in.duplicate(key);
      }
      AttributeValue value = ATTRIBUTE.read(cx, in);
      if (value != null) {
        attributes.put(key, value);
      } else {
        failed = failed.isEmpty() ? new HashSet<>() : failed;
        failed.add(key);
      }
    }
    return attributes;
  }

  /** What a money object holds until both parts are read. */
  private static final class MoneyParts {
    private @Nullable BigDecimal amount;
    private @Nullable Currency currency;

    void amount(BigDecimal value) {
      amount = value;
    }

    void currency(Currency value) {
      currency = value;
    }

    Money build() {
      if (amount == null || currency == null) {
        throw new IllegalStateException("built before both parts were read");
      }
      return Money.of(amount, currency);
    }
  }

  /** The one value of an attribute object. */
  private static final class AttributeParts {
    private @Nullable AttributeValue value;

    void value(AttributeValue v) {
      value = v;
    }

    AttributeValue build() {
      if (value == null) {
        throw new IllegalStateException("built before the value was read");
      }
      return value;
    }
  }

  /** The names of an attribute object's properties, for messages. */
  static List<String> attributeProperties() {
    return ATTRIBUTE_TABLE.names();
  }
}
