package dev.kamkit.json.deser;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads the value objects shared by every part of the model: money and custom attributes. */
final class ValueReader {
  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
  private static final List<String> MONEY_PROPERTIES = List.of("amount", "currency");
  private static final List<String> ATTRIBUTE_PROPERTIES =
      List.of("text", "number", "flag", "date");

  static final Conv<Currency> CURRENCY =
      Conv.of(
          "an ISO 4217 currency code",
          (cx, node, at) -> {
            String code = Scalars.text(cx, node, at, "an ISO 4217 currency code as text");
            if (code == null) {
              return null;
            }
            try {
              if (CURRENCY_CODE.matcher(code).matches()) {
                return Money.currency(code);
              }
            } catch (InvalidModelException e) {
              // falls through: three letters, but not a currency
            }
            cx.invalid(at, "an ISO 4217 currency code such as \"USD\" or \"EUR\"", node);
            return null;
          });

  static final Conv<Money> MONEY = Conv.of("a money object", ValueReader::money);

  static final Conv<AttributeValue> ATTRIBUTE =
      Conv.of("an attribute value object", ValueReader::attribute);

  private ValueReader() {}

  /** {@code {"amount": "125.00", "currency": "USD"}}. */
  private static @Nullable Money money(ReadContext cx, JsonNode node, Pointer pointer) {
    In in = In.object(cx, node, pointer, "a money object", MONEY_PROPERTIES);
    if (in == null) {
      return null;
    }
    BigDecimal[] amount = new BigDecimal[1];
    Currency[] currency = new Currency[1];
    in.req("amount", Scalars.DECIMAL_VALUE, a -> amount[0] = a);
    in.req("currency", CURRENCY, c -> currency[0] = c);
    return in.build(() -> Money.of(amount[0], currency[0]));
  }

  /** Exactly one of {@code text}, {@code number}, {@code flag} or {@code date}. */
  private static @Nullable AttributeValue attribute(
      ReadContext cx, JsonNode node, Pointer pointer) {
    In in = In.object(cx, node, pointer, "an attribute value object", ATTRIBUTE_PROPERTIES);
    if (in == null) {
      return null;
    }
    long given = ATTRIBUTE_PROPERTIES.stream().filter(in::has).count();
    if (given != 1) {
      String expected = "exactly one of \"text\", \"number\", \"flag\" and \"date\"";
      if (given == 0) {
        cx.missing(pointer.at("text"), expected);
      } else {
        cx.invalid(pointer, expected, node);
      }
      return null;
    }
    AttributeValue[] value = new AttributeValue[1];
    in.opt("text", Scalars.TEXT, t -> value[0] = AttributeValue.text(t));
    in.opt("number", Scalars.DECIMAL_VALUE, n -> value[0] = AttributeValue.number(n));
    in.opt("flag", Scalars.FLAG, f -> value[0] = AttributeValue.flag(f));
    in.opt("date", Scalars.DATE_VALUE, d -> value[0] = AttributeValue.date(d));
    return in.build(() -> value[0]);
  }

  /** The {@code attributes} property: custom fields by name, absent meaning none. */
  static void attributes(In in, Consumer<Map<String, AttributeValue>> sink) {
    JsonNode node = in.node().get("attributes");
    if (node == null) {
      return;
    }
    Pointer at = in.at("attributes");
    if (!node.isObject()) {
      in.context().wrongType(at, "an object of attribute values by name", node);
      return;
    }
    Map<String, AttributeValue> attributes = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String key = entry.getKey();
      AttributeValue value = ATTRIBUTE.read(in.context(), entry.getValue(), at.at(key));
      if (value != null) {
        attributes.put(key, value);
      }
    }
    sink.accept(attributes);
  }
}
