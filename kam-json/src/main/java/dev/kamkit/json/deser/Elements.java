package dev.kamkit.json.deser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonToken;

/** Conversions of JSON arrays, element by element. */
final class Elements {
  private Elements() {}

  /**
   * An array whose elements {@code element} reads. With {@code unique}, a value given twice is a
   * problem (the array stands for a set), not silently merged. Elements that fail are left out
   * after their problem is recorded.
   */
  static <T> Conv<List<T>> of(Conv<T> element, boolean unique) {
    return Conv.lazy(
        () -> "an array of " + element.expected(),
        (cx, in) -> {
          if (in.token() != JsonToken.START_ARRAY) {
            cx.wrongType(in, "an array of " + element.expected());
            return null;
          }
          List<T> items = new ArrayList<>();
          Set<T> seen = unique ? new HashSet<>() : Set.of();
          int level = in.depth();
          while (in.nextElement(level)) {
            T item = element.read(cx, in);
            if (item == null) {
              continue;
            }
            if (unique && !seen.add(item)) {
              cx.invalid(in, "each value at most once in this set");
            }
            items.add(item);
          }
          return items;
        });
  }
}
