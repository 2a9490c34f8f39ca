package dev.kamkit.json.deser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonToken;

/** Conversions of JSON arrays, element by element. */
final class Elements {
  private Elements() {}

  /** Below this many elements, a set checks each value against the others, not a hash set. */
  private static final int SMALL = 16;

  /** What an array of {@code element} is called in problems. */
  static String expected(Conv<?> element) {
    return "an array of " + element.expected();
  }

  /**
   * An array whose elements {@code element} reads. With {@code unique}, a value given twice is a
   * problem (the array stands for a set), not silently merged. Elements that fail are left out
   * after their problem is recorded.
   */
  static <T> Conv<List<T>> of(Conv<T> element, boolean unique) {
    return Conv.lazy(
        () -> expected(element),
        (cx, in) -> {
          if (in.token() != JsonToken.START_ARRAY) {
            cx.wrongType(in, expected(element));
            return null;
          }
          List<T> items = new ArrayList<>(4);
          Set<T> seen = null;
          int level = in.depth();
          while (in.nextElement(level)) {
            T item = element.read(cx, in);
            if (item == null) {
              continue;
            }
            if (unique) {
              if (seen == null && items.size() >= SMALL) {
                seen = new HashSet<>(items);
              }
              if (seen == null ? items.contains(item) : !seen.add(item)) {
                cx.invalid(in, "each value at most once in this set");
              }
            }
            items.add(item);
          }
          return items;
        },
        (out, items) -> out.array(items, element));
  }

  /**
   * Reads the array the cursor is at element by element, handing each that reads cleanly to {@code
   * add} with {@code target}.
   */
  static <B, T> void each(
      ReadContext cx, Cursor in, Conv<T> element, B target, BiConsumer<B, ? super T> add) {
    if (in.token() != JsonToken.START_ARRAY) {
      cx.wrongType(in, expected(element));
      return;
    }
    int level = in.depth();
    while (in.nextElement(level)) {
      T item = element.read(cx, in);
      if (item != null) {
        add.accept(target, item);
      }
    }
  }
}
