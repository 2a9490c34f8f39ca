package dev.kamkit.json.ser;

import dev.kamkit.json.format.UnknownProperties;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson serializer of one kamkit value on its own, in the form the format gives it inside a
 * document: a {@code Money} as its money object, an id as its text, a {@code CoverageResult} as the
 * object a results document holds under {@code coverage}. {@link dev.kamkit.json.KamkitModule}
 * registers one per type ({@link #all()}); this package is not exported.
 *
 * @param <T> the type written
 */
public final class PartSerializer<T> extends ValueSerializer<T> {
  private final Class<T> type;
  private final BiConsumer<Out, T> writer;

  private PartSerializer(Class<T> type, BiConsumer<Out, T> writer) {
    this.type = type;
    this.writer = writer;
  }

  static <T> PartSerializer<T> of(Class<T> type, BiConsumer<Out, T> writer) {
    return new PartSerializer<>(type, writer);
  }

  /** Every value type of the model and of the results the format writes, with its writer. */
  public static Iterable<PartSerializer<?>> all() {
    return ResultsWriter.parts();
  }

  /** Registers this serializer for its type. */
  public void addTo(SimpleSerializers serializers) {
    serializers.addSerializer(type, this);
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializationContext context) {
    writer.accept(new Out(generator, UnknownProperties.none()), value);
  }

  /** The type this serializer writes. */
  @Override
  public Class<T> handledType() {
    return type;
  }
}
