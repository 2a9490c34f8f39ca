package dev.kamkit.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.kamkit.json.format.DocumentKind;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Validates documents against the JSON Schemas shipped in the kam-json jar. */
final class Schemas {
  static final String BASE = "https://kamkit.dev/schema/";
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b -> b.schemaIdResolvers(r -> r.mapPrefix(BASE, "classpath:dev/kamkit/json/schema/")));
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Schemas() {}

  static Schema schema(DocumentKind kind) {
    return schema(fileName(kind));
  }

  /** A schema by file name, for example {@code account-1.0.schema.json}. */
  static Schema schema(String fileName) {
    return REGISTRY.getSchema(SchemaLocation.of(BASE + fileName));
  }

  /** The schema of the version kamkit writes: {@code results-2.3.schema.json}, ... */
  static String fileName(DocumentKind kind) {
    return kind.wireName() + "-" + kind.currentVersion() + ".schema.json";
  }

  /** The schema's text, from the classpath. */
  static String schemaText(DocumentKind kind) {
    return schemaText(fileName(kind));
  }

  /** The text of the schema in {@code fileName}, from the classpath. */
  static String schemaText(String fileName) {
    try (java.io.InputStream in =
        Schemas.class.getResourceAsStream("/dev/kamkit/json/schema/" + fileName)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The schema's complaints about {@code json}, each as "instance location: message". */
  static List<String> errors(DocumentKind kind, String json) {
    return errors(schema(kind), json);
  }

  /** The complaints of the schema in {@code fileName} about {@code json}. */
  static List<String> errors(String fileName, String json) {
    return errors(schema(fileName), json);
  }

  private static List<String> errors(Schema schema, String json) {
    List<Error> errors = schema.validate(MAPPER.readTree(json));
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }
}
