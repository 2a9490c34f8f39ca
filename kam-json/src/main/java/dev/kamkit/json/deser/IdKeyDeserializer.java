package dev.kamkit.json.deser;

import dev.kamkit.json.format.IdType;
import dev.kamkit.json.format.JsonProblem;
import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.json.format.UnknownProperties;
import dev.kamkit.model.base.InvalidModelException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.module.SimpleKeyDeserializers;

/**
 * Reads a property name as an id of one type, so that a host's {@code Map<AccountId, X>} reads
 * back; an invalid id fails with {@link KamJsonException} pointing at the property.
 */
public final class IdKeyDeserializer extends KeyDeserializer {
  private final IdType type;

  private IdKeyDeserializer(IdType type) {
    this.type = type;
  }

  /** Registers one key deserializer per kind of id. */
  public static SimpleKeyDeserializers all() {
    SimpleKeyDeserializers keys = new SimpleKeyDeserializers();
    for (IdType type : IdType.values()) {
      keys.addDeserializer(type.javaType(), new IdKeyDeserializer(type));
    }
    return keys;
  }

  @Override
  public Object deserializeKey(String key, DeserializationContext context) {
    try {
      return type.id(key);
    } catch (InvalidModelException e) {
      throw new KamJsonException(
          new JsonProblem(
              ProblemKind.INVALID_VALUE,
              "/" + UnknownProperties.escape(key),
              "a property name that is a valid " + type.wireName() + " id",
              Describe.quote(key) + ", which " + e.violations().get(0).message()),
          e);
    }
  }
}
