package dev.kamkit.json.deser;

import java.util.Collection;
import tools.jackson.core.JsonGenerator;

/**
 * Where the property tables write a value: a JSON generator that also knows the pointer it writes
 * at, so that a lenient read's unknown properties go back where they were found. The writing
 * package implements it; the tables, which also read, need only this much of it.
 */
public interface Sink {
  /** The generator, for scalars. */
  JsonGenerator generator();

  /** Opens an object at the current position. */
  void startObject();

  /** Writes the unknown properties a lenient read kept at the current pointer, and closes. */
  void endObject();

  /** Writes property {@code name} of the open object with {@code value} as {@code writer} says. */
  <V> void property(String name, V value, Writer<V> writer);

  /** Writes element {@code index} of the open array with {@code value} as {@code writer} says. */
  <V> void element(int index, V value, Writer<V> writer);

  /** Writes {@code items} as an array at the current position, each as {@code element} says. */
  default <V> void array(Collection<? extends V> items, Writer<V> element) {
    generator().writeStartArray();
    int index = 0;
    for (V item : items) {
      element(index++, item, element);
    }
    generator().writeEndArray();
  }

  /** True if a lenient read kept unknown properties inside property {@code name} of here. */
  boolean hasUnknownWithin(String name);

  /**
   * Writes one value at the current position of a {@link Sink}.
   *
   * @param <V> the value
   */
  @FunctionalInterface
  interface Writer<V> {
    void write(Sink out, V value);
  }
}
