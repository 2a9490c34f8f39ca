package dev.kamkit.json.deser;

import dev.kamkit.model.base.InvalidModelException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One JSON object being read into a model builder. It hands each known property, converted, to a
 * builder method; records a problem for anything missing, mistyped, duplicated or unknown; and
 * builds the model value only if everything inside read cleanly.
 */
final class In {
  private final ReadContext cx;
  private final JsonNode node;
  private final Pointer pointer;
  private final int mark;

  private In(ReadContext cx, JsonNode node, Pointer pointer) {
    this.cx = cx;
    this.node = node;
    this.pointer = pointer;
    this.mark = cx.mark();
  }

  /**
   * Starts reading the object at {@code pointer}, or records a problem and returns null if it is
   * not an object. Properties not in {@code known} are reported, or kept in lenient mode.
   */
  static @Nullable In object(
      ReadContext cx, JsonNode node, Pointer pointer, String what, List<String> known) {
    if (!node.isObject()) {
      cx.wrongType(pointer, what, node);
      return null;
    }
    In in = new In(cx, node, pointer);
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      if (!known.contains(property.getKey())) {
        cx.unknown(in.at(property.getKey()), property.getKey(), property.getValue(), known);
      }
    }
    return in;
  }

  ReadContext context() {
    return cx;
  }

  JsonNode node() {
    return node;
  }

  Pointer pointer() {
    return pointer;
  }

  /** The pointer of property {@code name} of this object. */
  Pointer at(String name) {
    return pointer.at(name);
  }

  /** True if the property is present (null counts as present: it is then a wrong type). */
  boolean has(String name) {
    return node.has(name);
  }

  /** Reads a required property. */
  <T> void req(String name, Conv<T> conv, Consumer<? super T> sink) {
    JsonNode value = node.get(name);
    if (value == null) {
      cx.missing(at(name), conv.expected());
      return;
    }
    T converted = conv.read(cx, value, at(name));
    if (converted != null) {
      sink.accept(converted);
    }
  }

  /** Reads an optional property; absent is fine. */
  <T> void opt(String name, Conv<T> conv, Consumer<? super T> sink) {
    if (node.has(name)) {
      req(name, conv, sink);
    }
  }

  /** Reads an optional array property; absent means empty. */
  <T> void list(String name, Conv<T> conv, Consumer<? super List<T>> sink) {
    List<T> items = items(name, conv, false);
    if (items != null) {
      sink.accept(items);
    }
  }

  /** Like {@link #list} for a set: a value given twice is a problem, not silently merged. */
  <T> void set(String name, Conv<T> conv, Consumer<? super List<T>> sink) {
    List<T> items = items(name, conv, true);
    if (items != null) {
      sink.accept(items);
    }
  }

  private <T> @Nullable List<T> items(String name, Conv<T> conv, boolean unique) {
    JsonNode array = node.get(name);
    if (array == null) {
      return null;
    }
    Pointer at = at(name);
    if (!array.isArray()) {
      cx.wrongType(at, "an array of " + conv.expected(), array);
      return null;
    }
    List<T> items = new ArrayList<>(array.size());
    Set<T> seen = unique ? new HashSet<>() : Set.of();
    for (int i = 0; i < array.size(); i++) {
      T item = conv.read(cx, array.get(i), at.at(i));
      if (item == null) {
        continue;
      }
      if (unique && !seen.add(item)) {
        cx.invalid(at.at(i), "each value at most once in this set", array.get(i));
      }
      items.add(item);
    }
    return items;
  }

  /**
   * Builds the model value if nothing inside this object had a problem; otherwise, or if the model
   * rejects it, records the problems and returns null. A result value whose parts disagree (its
   * check throws {@link IllegalArgumentException}, e.g. a portfolio review holding an account's
   * review of other days) is an invalid value at this object.
   */
  <T> @Nullable T build(Supplier<T> builder) {
    if (!cx.cleanSince(mark)) {
      return null;
    }
    try {
      return builder.get();
    } catch (InvalidModelException e) {
      ModelProblems.report(cx, node, pointer, e);
      return null;
    } catch (IllegalArgumentException e) {
      cx.invalid(pointer, "values that agree: " + e.getMessage(), node);
      return null;
    }
  }
}
