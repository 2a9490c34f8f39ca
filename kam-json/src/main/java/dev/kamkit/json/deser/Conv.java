package dev.kamkit.json.deser;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads one JSON value at a pointer into a model value, and says what it expects there for the
 * problems it and its callers report. Reading returns null after recording a problem in the
 * context; it never throws for bad input (except when the problem limit stops the read).
 *
 * @param <T> the model value
 */
final class Conv<T> {
  private final String expected;
  private final Fn<T> fn;

  private Conv(String expected, Fn<T> fn) {
    this.expected = expected;
    this.fn = fn;
  }

  /** A conversion; {@code expected} reads like {@code "text"} or {@code "a site object"}. */
  static <T> Conv<T> of(String expected, Fn<T> fn) {
    return new Conv<>(expected, fn);
  }

  String expected() {
    return expected;
  }

  @Nullable T read(ReadContext cx, JsonNode node, Pointer pointer) {
    return fn.read(cx, node, pointer);
  }

  /** The reading itself. */
  @FunctionalInterface
  interface Fn<T> {
    @Nullable T read(ReadContext cx, JsonNode node, Pointer pointer);
  }
}
