package dev.kamkit.json.ser;

import dev.kamkit.json.deser.Sink;
import dev.kamkit.json.deser.TableWriters;
import dev.kamkit.json.format.UnknownProperties;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.KamId;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * A JSON generator that knows the pointer it writes at, so that each object ends with the unknown
 * properties a lenient read found there. The property tables write the model through it as a {@link
 * Sink}; the results writer uses its named helpers, which leave out absent optionals and empty
 * collections and write everything else in the order they are called.
 */
final class Out implements Sink {
  private final JsonGenerator g;
  private final UnknownProperties unknowns;

  /** Only a lenient read's unknown properties need the pointer: without them, none is kept. */
  private final boolean track;

  private final List<String> path = new ArrayList<>();

  /** Names written per open object, kept only when there are unknown properties to check. */
  private final Deque<Set<String>> written = new ArrayDeque<>();

  Out(JsonGenerator g, UnknownProperties unknowns) {
    this.g = g;
    this.unknowns = unknowns;
    this.track = !unknowns.isEmpty();
  }

  @Override
  public JsonGenerator generator() {
    return g;
  }

  @Override
  public void startObject() {
    g.writeStartObject();
    if (track) {
      written.push(new HashSet<>());
    }
  }

  @Override
  public void endObject() {
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

  @Override
  public <V> void property(String name, V value, Writer<V> writer) {
    name(name);
    enter(name);
    writer.write(this, value);
    leave();
  }

  @Override
  public <V> void element(int index, V value, Writer<V> writer) {
    if (track) {
      path.add(String.valueOf(index));
    }
    writer.write(this, value);
    leave();
  }

  @Override
  public boolean hasUnknownWithin(String name) {
    return track && unknowns.anyWithin(pointer() + "/" + UnknownProperties.escape(name));
  }

  /** Writes an object at the current position; {@code body} writes its known properties. */
  void object(Runnable body) {
    startObject();
    body.run();
    endObject();
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

  /** A nested object, written by {@code writer}. */
  <T> void object(String name, T value, BiConsumer<Out, T> writer) {
    property(name, value, (out, v) -> writer.accept(this, v));
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
    Writer<T> each = (out, v) -> writer.accept(this, v);
    property(name, values, (out, all) -> out.array(all, each));
  }

  /** {@code {"amount": "125.00", "currency": "USD"}}, the amount at the currency's scale. */
  void money(String name, Money value) {
    property(name, value, TableWriters.MONEY);
  }

  void money(String name, Optional<Money> value) {
    value.ifPresent(v -> money(name, v));
  }

  private <T> void array(String name, Collection<T> values, Consumer<T> each) {
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
    if (track && !written.isEmpty()) {
      written.peek().add(name);
    }
  }

  private void enter(String segment) {
    if (track) {
      path.add(UnknownProperties.escape(segment));
    }
  }

  private void leave() {
    if (track) {
      path.remove(path.size() - 1);
    }
  }

  private String pointer() {
    return path.isEmpty() ? "" : "/" + String.join("/", path);
  }
}
