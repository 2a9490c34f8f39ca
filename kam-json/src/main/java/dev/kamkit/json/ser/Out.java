package dev.kamkit.json.ser;

import dev.kamkit.json.format.UnknownProperties;
import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.KamId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * A JSON generator that knows the pointer it writes at, so that each object ends with the unknown
 * properties a lenient read found there. Absent optionals and empty collections are left out;
 * everything else is written in the order the writers call it.
 */
final class Out {
  private final JsonGenerator g;
  private final UnknownProperties unknowns;
  private final List<String> path = new ArrayList<>();

  /** Names written per open object, kept only when there are unknown properties to check. */
  private final Deque<Set<String>> written = new ArrayDeque<>();

  Out(JsonGenerator g, UnknownProperties unknowns) {
    this.g = g;
    this.unknowns = unknowns;
  }

  /** Writes an object at the current position; {@code body} writes its known properties. */
  void object(Runnable body) {
    g.writeStartObject();
    boolean track = !unknowns.isEmpty();
    if (track) {
      written.push(new HashSet<>());
    }
    body.run();
    if (track) {
      for (Map.Entry<String, JsonNode> extra : unknowns.in(pointer()).entrySet()) {
        if (written.peek().contains(extra.getKey())) {
          throw new IllegalArgumentException(
              "unknown property "
                  + pointer()
                  + "/"
                  + UnknownProperties.escape(extra.getKey())
                  + " has the name of a known property");
        }
        g.writeName(extra.getKey());
        g.writeTree(extra.getValue());
      }
      written.pop();
    }
    g.writeEndObject();
  }

  /** True if a lenient read kept unknown properties inside property {@code name} of here. */
  boolean hasUnknownWithin(String name) {
    return unknowns.anyWithin(pointer() + "/" + UnknownProperties.escape(name));
  }

  void text(String name, String value) {
    name(name);
    g.writeString(value);
  }

  void text(String name, Optional<String> value) {
    value.ifPresent(v -> text(name, v));
  }

  void flag(String name, boolean value) {
    name(name);
    g.writeBoolean(value);
  }

  void flag(String name, Optional<Boolean> value) {
    value.ifPresent(v -> flag(name, v));
  }

  void integer(String name, int value) {
    name(name);
    g.writeNumber(value);
  }

  void integer(String name, long value) {
    name(name);
    g.writeNumber(value);
  }

  void integer(String name, Optional<Integer> value) {
    value.ifPresent(v -> integer(name, v));
  }

  /** Exact decimals are strings, so that no consumer reads them into binary floating point. */
  void decimal(String name, Optional<BigDecimal> value) {
    value.ifPresent(v -> text(name, v.toPlainString()));
  }

  void date(String name, LocalDate value) {
    text(name, value.toString());
  }

  void date(String name, Optional<LocalDate> value) {
    value.ifPresent(v -> date(name, v));
  }

  void monthDay(String name, Optional<MonthDay> value) {
    value.ifPresent(v -> text(name, v.toString()));
  }

  void id(String name, KamId value) {
    text(name, value.value());
  }

  void id(String name, Optional<? extends KamId> value) {
    value.ifPresent(v -> id(name, v));
  }

  void enumValue(String name, Enum<?> value) {
    text(name, value.name());
  }

  void enumValue(String name, Optional<? extends Enum<?>> value) {
    value.ifPresent(v -> enumValue(name, v));
  }

  void texts(String name, Collection<String> values) {
    array(name, values, g::writeString);
  }

  void ids(String name, Collection<? extends KamId> values) {
    array(name, values, v -> g.writeString(v.value()));
  }

  void enums(String name, Collection<? extends Enum<?>> values) {
    array(name, values, v -> g.writeString(v.name()));
  }

  void dates(String name, Collection<LocalDate> values) {
    array(name, values, v -> g.writeString(v.toString()));
  }

  /** A nested object, written by {@code writer}. */
  <T> void object(String name, T value, BiConsumer<Out, T> writer) {
    name(name);
    path.add(UnknownProperties.escape(name));
    writer.accept(this, value);
    path.remove(path.size() - 1);
  }

  <T> void object(String name, Optional<T> value, BiConsumer<Out, T> writer) {
    value.ifPresent(v -> object(name, v, writer));
  }

  /** An array of objects, each written by {@code writer}; left out when empty. */
  <T> void objects(String name, Collection<T> values, BiConsumer<Out, T> writer) {
    if (!values.isEmpty()) {
      objectArray(name, values, writer);
    }
  }

  /** An array of objects, each written by {@code writer}; {@code []} when empty. */
  <T> void objectArray(String name, Collection<T> values, BiConsumer<Out, T> writer) {
    name(name);
    path.add(UnknownProperties.escape(name));
    g.writeStartArray();
    int index = 0;
    for (T value : values) {
      path.add(String.valueOf(index++));
      writer.accept(this, value);
      path.remove(path.size() - 1);
    }
    g.writeEndArray();
    path.remove(path.size() - 1);
  }

  /** {@code {"amount": "125.00", "currency": "USD"}}, the amount at the currency's scale. */
  void money(String name, Money value) {
    object(name, value, Out::money);
  }

  /** A money object at the current position. */
  static void money(Out out, Money m) {
    out.object(
        () -> {
          out.text("amount", m.amount().toPlainString());
          out.text("currency", m.currency().getCurrencyCode());
        });
  }

  /** An id, as its text, at the current position. */
  static void id(Out out, KamId id) {
    out.g.writeString(id.value());
  }

  void money(String name, Optional<Money> value) {
    value.ifPresent(v -> money(name, v));
  }

  /** Custom fields, each an object with exactly one of text, number, flag or date. */
  void attributes(Map<String, AttributeValue> attributes) {
    if (attributes.isEmpty()) {
      return;
    }
    object(
        "attributes",
        attributes,
        (out, all) ->
            out.object(() -> all.forEach((key, value) -> out.object(key, value, Out::attribute))));
  }

  /** An attribute value object at the current position. */
  static void attribute(Out out, AttributeValue value) {
    out.object(
        () -> {
          if (value instanceof AttributeValue.Text t) {
            out.text("text", t.value());
          } else if (value instanceof AttributeValue.Number n) {
            out.text("number", n.value().toPlainString());
          } else if (value instanceof AttributeValue.Flag f) {
            out.flag("flag", f.value());
          } else if (value instanceof AttributeValue.Date d) {
            out.date("date", d.value());
          }
        });
  }

  private <T> void array(String name, Collection<T> values, java.util.function.Consumer<T> each) {
    if (values.isEmpty()) {
      return;
    }
    name(name);
    g.writeStartArray();
    values.forEach(each);
    g.writeEndArray();
  }

  private void name(String name) {
    g.writeName(name);
    if (!written.isEmpty()) {
      written.peek().add(name);
    }
  }

  private String pointer() {
    return path.isEmpty() ? "" : "/" + String.join("/", path);
  }
}
