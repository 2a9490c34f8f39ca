package dev.kamkit.json.format;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The properties a {@link ReadMode#LENIENT lenient} read did not know, each under the JSON Pointer
 * it was read at (for example {@code "/stakeholders/3/veevaSegment"}), with its value as a JSON
 * tree. Writing the document puts each back into the object at its pointer, after that object's
 * known properties, in the order they were read.
 *
 * <p>Pointers are positions: if you reorder or remove list elements of the model before writing, an
 * unknown property follows the position, not the element. Properties whose object is no longer
 * written are dropped.
 *
 * <p>Immutable: values are copied in and out, so the trees handed out may be changed freely.
 */
public final class UnknownProperties {
  private static final UnknownProperties NONE = new UnknownProperties(Map.of());

  /** Object pointer to (property name to value), both in insertion order. */
  private final Map<String, Map<String, JsonNode>> byObject;

  private final int size;

  private UnknownProperties(Map<String, JsonNode> byPointer) {
    Map<String, Map<String, JsonNode>> objects = new LinkedHashMap<>();
    byPointer.forEach(
        (pointer, value) -> {
          int slash = pointer.lastIndexOf('/');
          if (slash < 0) {
            throw new IllegalArgumentException(
                "not a JSON Pointer to a property: \"" + pointer + "\"");
          }
          String name = unescape(pointer.substring(slash + 1));
          objects
              .computeIfAbsent(pointer.substring(0, slash), k -> new LinkedHashMap<>())
              .put(name, requireNonNull(value, pointer).deepCopy());
        });
    objects.replaceAll((k, v) -> Collections.unmodifiableMap(v));
    byObject = Collections.unmodifiableMap(objects);
    size = byPointer.size();
  }

  /** No unknown properties. */
  public static UnknownProperties none() {
    return NONE;
  }

  /**
   * The given unknown properties.
   *
   * @param byPointer property pointer to value, in the order to write them; each pointer names a
   *     property, such as {@code "/account/crmId"} or {@code "/x-source"}
   * @throws IllegalArgumentException if a key is not a pointer to a property
   */
  public static UnknownProperties of(Map<String, JsonNode> byPointer) {
    return byPointer.isEmpty() ? NONE : new UnknownProperties(byPointer);
  }

  /** True if there are none. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** How many there are. */
  public int size() {
    return size;
  }

  /**
   * Every unknown property, pointer to a copy of its value: grouped by object, objects in the order
   * they were read (an object before the objects inside it), properties in input order.
   */
  public Map<String, JsonNode> asMap() {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    byObject.forEach(
        (object, props) ->
            props.forEach((name, value) -> out.put(object + "/" + escape(name), value.deepCopy())));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The unknown properties of the object at {@code objectPointer} ({@code ""} for the document
   * itself), name to a copy of the value, in the order they were read.
   */
  public Map<String, JsonNode> in(String objectPointer) {
    Map<String, JsonNode> props = byObject.get(objectPointer);
    if (props == null) {
      return Map.of();
    }
    Map<String, JsonNode> out = new LinkedHashMap<>();
    props.forEach((name, value) -> out.put(name, value.deepCopy()));
    return Collections.unmodifiableMap(out);
  }

  /** True if any unknown property sits in the object at {@code pointer} or anywhere inside it. */
  public boolean anyWithin(String pointer) {
    return byObject.keySet().stream()
        .anyMatch(object -> object.equals(pointer) || object.startsWith(pointer + "/"));
  }

  /** Escapes a property name as one JSON Pointer segment: {@code ~} to {@code ~0}, / to ~1. */
  public static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static String unescape(String segment) {
    return segment.replace("~1", "/").replace("~0", "~");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UnknownProperties u && byObject.equals(u.byObject);
  }

  @Override
  public int hashCode() {
    return byObject.hashCode();
  }

  @Override
  public String toString() {
    return "UnknownProperties" + asMap();
  }
}
