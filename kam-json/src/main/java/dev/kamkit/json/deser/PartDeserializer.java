package dev.kamkit.json.deser;

import dev.kamkit.json.format.IdType;
import dev.kamkit.json.format.JsonLimits;
import dev.kamkit.json.format.ReadMode;
import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.KamId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;

/**
 * The Jackson deserializer of one kamkit value on its own, in the form the format gives it inside a
 * document: a {@code Money} from its money object, an id from its text, an {@code AttributeValue}
 * from its attribute object, a {@code Score} or a {@code Reason} from the object a results document
 * holds; and every result from the form it has on its own, which names its account and day (a
 * {@code CoverageResult}, a {@code MaturityResult}, an {@code AggregateSpend}, ...). It checks what
 * a document reader checks and fails the same way, with {@link
 * dev.kamkit.json.format.KamJsonException} and pointers relative to the value. {@link
 * dev.kamkit.json.KamkitModule} registers one per type ({@link #all}); this package is not
 * exported.
 *
 * @param <T> the type read
 */
public final class PartDeserializer<T> extends ValueDeserializer<T> {
  private final Class<T> type;
  private final Conv<T> conv;
  private final JsonLimits limits;

  private PartDeserializer(Class<T> type, Conv<T> conv, JsonLimits limits) {
    this.type = type;
    this.conv = conv;
    this.limits = limits;
  }

  /**
   * Money, attribute values, every kind of id, every result and every part of one a host may hold
   * alone, read within {@code limits}.
   */
  public static List<PartDeserializer<?>> all(JsonLimits limits) {
    List<PartDeserializer<?>> all = new ArrayList<>();
    all.add(new PartDeserializer<>(Money.class, ValueReader.MONEY, limits));
    all.add(new PartDeserializer<>(AttributeValue.class, ValueReader.ATTRIBUTE, limits));
    for (IdType idType : IdType.values()) {
      all.add(id(idType, limits));
    }
    List<Map.Entry<Class<?>, Conv<?>>> parts = new ArrayList<>(ResultsReader.parts());
    parts.addAll(StandaloneResultsReader.documentResults());
    parts.addAll(StandaloneResultsReader.parts());
    parts.addAll(ReviewReader.parts());
    for (Map.Entry<Class<?>, Conv<?>> part : parts) {
      all.add(part(part.getKey(), part.getValue(), limits));
    }
    return all;
  }

  // ResultsReader and StandaloneResultsReader pair each type with a conversion that reads exactly
  // that type.
  @SuppressWarnings("unchecked")
  private static <T> PartDeserializer<T> part(Class<T> type, Conv<?> conv, JsonLimits limits) {
    return new PartDeserializer<>(type, (Conv<T>) conv, limits);
  }

  // The factory of an IdType makes exactly its javaType(), so the cast holds.
  @SuppressWarnings("unchecked")
  private static PartDeserializer<KamId> id(IdType idType, JsonLimits limits) {
    return new PartDeserializer<>((Class<KamId>) idType.javaType(), Scalars.id(idType::id), limits);
  }

  /** Registers this deserializer for its type. */
  public void addTo(SimpleDeserializers deserializers) {
    deserializers.addDeserializer(type, this);
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    JsonNode tree = Cursor.readTree(parser, limits);
    // No unknown properties are kept: a lone value has no document to carry them.
    ReadContext cx = new ReadContext(ReadMode.STRICT, limits, false, () -> tree);
    T value = conv.read(cx, tree, Pointer.root());
    cx.throwIfProblems();
    return Objects.requireNonNull(value, "a conversion returned null without a problem");
  }

  /** The type this deserializer reads. */
  @Override
  public Class<T> handledType() {
    return type;
  }
}
