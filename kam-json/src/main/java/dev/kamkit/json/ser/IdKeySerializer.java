package dev.kamkit.json.ser;

import dev.kamkit.model.id.KamId;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes an id used as a map key as its text, so a host's {@code Map<AccountId, X>} is readable.
 */
public final class IdKeySerializer extends ValueSerializer<KamId> {

  /** The one serializer every kind of id shares. */
  public IdKeySerializer() {}

  @Override
  public void serialize(KamId id, JsonGenerator generator, SerializationContext context) {
    generator.writeName(id.value());
  }

  @Override
  public Class<KamId> handledType() {
    return KamId.class;
  }
}
