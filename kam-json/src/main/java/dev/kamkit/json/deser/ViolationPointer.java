package dev.kamkit.json.deser;

import dev.kamkit.json.format.UnknownProperties;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelViolation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Finds the JSON Pointer a model violation is about. The model names fields by path, such as {@code
 * hcp.npi}, {@code sites.clinicalUnits.id} or {@code relationships[tm-1->s-9].stakeholder}; because
 * the format mirrors the model's attribute names, the path can be followed through the JSON tree.
 * Keys in brackets are matched against each element's natural keys (its id, or the composite keys
 * the model uses); a path that ends on an array is narrowed to the element holding the violation's
 * value, the second such element for a duplicate.
 */
final class ViolationPointer {
  private static final String DUPLICATE = "is used by more than one element";

  private ViolationPointer() {}

  /**
   * Where the violation points.
   *
   * @param pointer the pointer found
   * @param exact false if the path could be followed only part of the way
   */
  record Located(String pointer, boolean exact) {}

  /** A path step: a property name and, for a keyed list element, its key. */
  private record Step(String name, @Nullable String key) {}

  static Located resolve(JsonNode base, String basePointer, ModelViolation violation) {
    List<Step> steps = parse(violation.field());
    String value = unquote(violation.value());
    JsonNode node = base;
    String pointer = basePointer;
    for (int s = 0; s < steps.size(); s++) {
      Step step = steps.get(s);
      boolean last = s == steps.size() - 1;
      JsonNode child = node.isObject() ? node.get(step.name()) : null;
      if (child == null) {
        boolean exact = last && step.key() == null && node.isObject();
        return new Located(exact ? pointer + "/" + esc(step.name()) : pointer, exact);
      }
      pointer += "/" + esc(step.name());
      node = child;
      if (step.key() != null) {
        int index = node.isArray() ? indexByKey(node, step.key()) : -1;
        if (index < 0) {
          return new Located(pointer, false);
        }
        pointer += "/" + index;
        node = node.get(index);
      } else if (node.isArray() && value != null) {
        List<String> rest = new ArrayList<>();
        steps.subList(s + 1, steps.size()).forEach(r -> rest.add(r.name()));
        List<String> matches = new ArrayList<>();
        search(node, "", rest, value, matches);
        if (matches.isEmpty()) {
          return new Located(pointer, false);
        }
        boolean duplicate = violation.problem().startsWith(DUPLICATE) && matches.size() > 1;
        return new Located(pointer + matches.get(duplicate ? 1 : 0), true);
      } else if (last && node.isObject() && value != null && node.has(value)) {
        return new Located(pointer + "/" + esc(value), true); // a key of a map: attributes
      }
    }
    return new Located(pointer, true);
  }

  private static void search(
      JsonNode array, String prefix, List<String> rest, String value, List<String> matches) {
    for (int i = 0; i < array.size(); i++) {
      JsonNode element = array.get(i);
      String at = prefix + "/" + i;
      if (rest.isEmpty()) {
        matchElement(element, at, value, matches);
        continue;
      }
      if (element.isValueNode() && rest.equals(List.of("id")) && value.equals(text(element))) {
        matches.add(at); // an id reference standing for the element, as in portfolio accounts
        continue;
      }
      String name = rest.get(0);
      JsonNode child = element.isObject() ? element.get(name) : null;
      if (child == null && name.equals("id") && element.path("account").isObject()) {
        child = element.get("account").get("id"); // a portfolio account's id is its account's
        at += "/account";
      }
      if (child == null) {
        continue;
      }
      String childAt = at + "/" + esc(name);
      if (child.isArray()) {
        search(child, childAt, rest.subList(1, rest.size()), value, matches);
      } else if (rest.size() == 1 && value.equals(text(child))) {
        matches.add(childAt);
      }
    }
  }

  private static void matchElement(JsonNode element, String at, String value, List<String> out) {
    if (element.isValueNode()) {
      if (value.equals(text(element))) {
        out.add(at);
      }
    } else if (element.isObject()) {
      if (keys(element).contains(value)) {
        out.add(at);
        return;
      }
      for (Map.Entry<String, JsonNode> property : element.properties()) {
        if (property.getValue().isValueNode() && value.equals(text(property.getValue()))) {
          out.add(at + "/" + esc(property.getKey()));
          return;
        }
      }
    }
  }

  private static int indexByKey(JsonNode array, String key) {
    for (int i = 0; i < array.size(); i++) {
      if (keys(array.get(i)).contains(key)) {
        return i;
      }
    }
    return -1;
  }

  /** The keys the model uses for list elements in its violation paths. */
  private static Set<String> keys(JsonNode element) {
    Set<String> keys = new HashSet<>();
    for (String name : List.of("id", "competitor", "condition", "name", "fiscalYear")) {
      add(keys, text(element.get(name)));
    }
    add(keys, text(element.path("account").get("id")));
    add(keys, pair(element, "teamMember", "->", "stakeholder"));
    add(keys, pair(element, "influencer", "->", "influenced"));
    add(keys, pair(element, "product", " x ", "clinicalUnit"));
    add(keys, pair(element, "product", "@", "effectiveFrom"));
    String year = text(element.get("fiscalYear"));
    if (year != null) {
      String product = text(element.get("product"));
      keys.add(year + "/" + (product == null ? "total" : product));
    }
    return keys;
  }

  private static @Nullable String pair(JsonNode element, String a, String sep, String b) {
    String left = text(element.get(a));
    String right = text(element.get(b));
    return left == null || right == null ? null : left + sep + right;
  }

  private static void add(Set<String> keys, @Nullable String key) {
    if (key != null) {
      keys.add(key);
    }
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    if (node == null || !node.isValueNode() || node.isNull()) {
      return null;
    }
    return node.isString() ? node.stringValue() : node.asString();
  }

  /** Splits {@code a[k1].b.c[k2]} into steps; a key ends at a ']' before a '.' or the end. */
  private static List<Step> parse(String field) {
    List<Step> steps = new ArrayList<>();
    int i = 0;
    while (i < field.length()) {
      int j = i;
      while (j < field.length() && field.charAt(j) != '.' && field.charAt(j) != '[') {
        j++;
      }
      String name = field.substring(i, j);
      String key = null;
      if (j < field.length() && field.charAt(j) == '[') {
        int end = -1;
        for (int k = j + 1; k < field.length(); k++) {
          if (field.charAt(k) == ']' && (k + 1 == field.length() || field.charAt(k + 1) == '.')) {
            end = k;
            break;
          }
        }
        if (end < 0) {
          steps.add(new Step(name, null));
          return steps;
        }
        key = field.substring(j + 1, end);
        j = end + 1;
      }
      steps.add(new Step(name, key));
      i = j < field.length() && field.charAt(j) == '.' ? j + 1 : j;
    }
    return steps;
  }

  /** The violation's value as the JSON holds it: without the quotes the model adds to text. */
  private static @Nullable String unquote(String shown) {
    if (shown.equals(ModelCheck.MISSING)) {
      return null;
    }
    boolean quoted = shown.length() >= 2 && shown.startsWith("\"") && shown.endsWith("\"");
    return quoted ? shown.substring(1, shown.length() - 1) : shown;
  }

  private static String esc(String name) {
    return UnknownProperties.escape(name);
  }
}
