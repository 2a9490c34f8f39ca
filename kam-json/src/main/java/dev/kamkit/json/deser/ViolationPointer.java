package dev.kamkit.json.deser;

import dev.kamkit.json.format.UnknownProperties;
import dev.kamkit.model.base.FieldPath;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Finds the JSON Pointer (RFC 6901) a model violation is about, by following the violation's {@link
 * FieldPath} through the JSON tree: the format mirrors the model's attribute names, so a field is a
 * property, a list element is the array element at the index the model gives (or, where the model
 * knows only its id or key, the element with that id or key), and a map entry is the property of
 * that name. No text is parsed: an id may hold any character, {@code ]}, {@code .}, {@code ->},
 * {@code /} or {@code ~} included, and still lead to its own element.
 */
final class ViolationPointer {
  /** The properties that hold an element's own id or natural key, for a lookup by key. */
  private static final List<String> KEY_PROPERTIES =
      List.of("id", "competitor", "condition", "name", "fiscalYear", "date");

  private ViolationPointer() {}

  /**
   * Where the violation points.
   *
   * @param pointer the pointer found
   * @param exact false if the path could be followed only part of the way
   */
  record Located(String pointer, boolean exact) {}

  static Located resolve(JsonNode base, String basePointer, ModelViolation violation) {
    List<FieldPath.Segment> segments = violation.path().segments();
    JsonNode node = base;
    String pointer = basePointer;
    for (int s = 0; s < segments.size(); s++) {
      FieldPath.Segment segment = segments.get(s);
      boolean last = s == segments.size() - 1;
      if (segment instanceof FieldPath.Field field) {
        String name = field.name();
        JsonNode child = node.isObject() ? node.get(name) : null;
        if (child == null) {
          if (last && node.isValueNode() && name.equals("id")) {
            return new Located(pointer, true); // an id reference standing for its element
          }
          // an absent property is where the value belongs: "site" of a site-level body
          boolean exact = last && node.isObject();
          return new Located(exact ? pointer + "/" + esc(name) : pointer, exact);
        }
        pointer += "/" + esc(name);
        node = child;
      } else if (segment instanceof FieldPath.Element element) {
        int index = node.isArray() ? index(node, element) : -1;
        if (index < 0) {
          return new Located(pointer, false);
        }
        pointer += "/" + index;
        node = node.get(index);
      } else {
        String key = ((FieldPath.Entry) segment).key();
        JsonNode child = node.isObject() ? node.get(key) : null;
        if (child == null) {
          return new Located(pointer, false);
        }
        pointer += "/" + esc(key);
        node = child;
      }
    }
    return new Located(pointer, true);
  }

  /** The element's index: the model's where it gives one, else the element with its key. */
  private static int index(JsonNode array, FieldPath.Element element) {
    if (element.index().isPresent()) {
      int index = element.index().getAsInt();
      return index < array.size() ? index : -1;
    }
    List<String> key = new ArrayList<>();
    for (Arg part : element.key()) {
      String text = text(part);
      if (text == null) {
        return -1;
      }
      key.add(text);
    }
    for (int i = 0; i < array.size(); i++) {
      if (hasKey(array.get(i), key)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * True if {@code element} is the one with {@code key}: a value equal to a one-part key, an object
   * whose id (or natural key property) is it, or an object holding every part of a composite key.
   */
  private static boolean hasKey(JsonNode element, List<String> key) {
    if (element.isValueNode()) {
      return key.size() == 1 && key.get(0).equals(text(element));
    }
    if (!element.isObject()) {
      return false;
    }
    if (key.size() == 1) {
      for (String name : KEY_PROPERTIES) {
        if (key.get(0).equals(text(element.get(name)))) {
          return true;
        }
      }
      return key.get(0).equals(text(element.path("account").get("id")));
    }
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, JsonNode> property : element.properties()) {
      String value = text(property.getValue());
      if (value != null) {
        values.add(value);
      }
    }
    return values.containsAll(key);
  }

  /** A key part as the JSON writes it: ids and text as they are, numbers and dates as text. */
  private static @Nullable String text(Arg part) {
    if (part instanceof Arg.Ref ref) {
      return ref.id().value();
    } else if (part instanceof Arg.Text text) {
      return text.text();
    } else if (part instanceof Arg.Count count) {
      return Long.toString(count.value());
    } else if (part instanceof Arg.Year year) {
      return Integer.toString(year.value());
    } else if (part instanceof Arg.Number number) {
      return number.value().toPlainString();
    } else if (part instanceof Arg.Day day) {
      return day.value().toString();
    } else if (part instanceof Arg.Choice choice) {
      return choice.value().name();
    }
    return null;
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    if (node == null || !node.isValueNode() || node.isNull()) {
      return null;
    }
    return node.isString() ? node.stringValue() : node.asString();
  }

  private static String esc(String name) {
    return UnknownProperties.escape(name);
  }
}
