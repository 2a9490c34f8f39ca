package dev.kamkit.json.deser;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One JSON value and the model value it stands for: reads it, says what it expects there for the
 * problems it and its callers report, and (for the model's documents) writes it back. Reading
 * returns null after recording a problem in the context; it never throws for bad input (except when
 * the problem limit stops the read, or the input is not JSON).
 *
 * @param <T> the model value
 */
final class Conv<T> implements Sink.Writer<T> {
  private final Supplier<String> expected;
  private final Fn<T> fn;
  private final Sink.@Nullable Writer<T> writer;

  private Conv(Supplier<String> expected, Fn<T> fn, Sink.@Nullable Writer<T> writer) {
    this.expected = expected;
    this.fn = fn;
    this.writer = writer;
  }

  /**
   * A conversion both ways; {@code expected} reads like {@code "text"} or {@code "a site object"}.
   */
  static <T> Conv<T> of(String expected, Fn<T> fn, Sink.Writer<T> writer) {
    return new Conv<>(() -> expected, fn, writer);
  }

  /** A conversion that only reads: results, which their own writer writes. */
  static <T> Conv<T> of(String expected, Fn<T> fn) {
    return new Conv<>(() -> expected, fn, null);
  }

  /**
   * A conversion whose words are known only once the classes that hold its parts have initialised:
   * the readers' tables refer to each other's conversions, in cycles.
   */
  static <T> Conv<T> lazy(Supplier<String> expected, Fn<T> fn, Sink.Writer<T> writer) {
    return new Conv<>(expected, fn, writer);
  }

  /**
   * The objects {@code table} reads, looked up on first use, so that tables may refer to each other
   * whatever order their classes initialise in.
   */
  static <T> Conv<T> table(Supplier<PropertyTable<T, ?>> table) {
    return new Conv<>(
        () -> table.get().what(),
        (cx, in) -> table.get().read(cx, in),
        (out, value) -> table.get().write(out, value));
  }

  /**
   * A conversion of a value read whole into a tree first: for the results document, which is read
   * rarely and whose readers look at several properties at once.
   */
  static <T> Conv<T> tree(String expected, TreeFn<T> fn) {
    return of(expected, (cx, in) -> fn.read(cx, in.tree(), in.pointer()));
  }

  String expected() {
    return expected.get();
  }

  /** Reads the value the cursor is at. */
  @Nullable T read(ReadContext cx, Cursor in) {
    return fn.read(cx, in);
  }

  /** Writes {@code value} at the sink's current position. */
  @Override
  public void write(Sink out, T value) {
    if (writer == null) {
      throw new IllegalStateException("a conversion that only reads: " + expected());
    }
    writer.write(out, value);
  }

  /** Reads a value of a tree, found at {@code pointer}. */
  @Nullable T read(ReadContext cx, JsonNode node, Pointer pointer) {
    return fn.read(cx, Cursor.over(node, pointer));
  }

  /** The reading itself. */
  @FunctionalInterface
  interface Fn<T> {
    @Nullable T read(ReadContext cx, Cursor in);
  }

  /** The reading of a value held as a tree. */
  @FunctionalInterface
  interface TreeFn<T> {
    @Nullable T read(ReadContext cx, JsonNode node, Pointer pointer);
  }
}
