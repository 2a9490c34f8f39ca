package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every object kamkit writes has its properties in the order the schema (and the docs) list them:
 * walks written documents alongside the account schema.
 */
class PropertyOrderTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Test
  void writtenObjectsFollowTheSchemasOrder() throws IOException {
    JsonNode schema =
        MAPPER.readTree(
            Files.readString(
                Path.of(
                    "src",
                    "main",
                    "resources",
                    "dev",
                    "kamkit",
                    "json",
                    "schema",
                    "account-1.4.schema.json")));
    JsonNode written = MAPPER.readTree(KamJson.defaults().write(Fixtures.fullAccount()));
    List<String> checked = new ArrayList<>();
    walk(written, schema, schema, "", checked);
    JsonNode idn = MAPPER.readTree(Golden.read("account-idn-lakeshore.json"));
    walk(idn, schema, schema, "", checked);
    assertEquals(true, checked.size() > 300, "objects checked: " + checked.size());
  }

  private static void walk(
      JsonNode value, JsonNode schema, JsonNode root, String at, List<String> checked) {
    JsonNode s = resolve(schema, root);
    if (value.isObject() && s.has("properties")) {
      List<String> order = List.copyOf(s.get("properties").propertyNames());
      List<String> present = List.copyOf(value.propertyNames());
      List<String> expected = order.stream().filter(present::contains).toList();
      assertEquals(expected, present, "property order at " + at);
      checked.add(at);
      for (Map.Entry<String, JsonNode> p : value.properties()) {
        walk(
            p.getValue(),
            s.get("properties").get(p.getKey()),
            root,
            at + "/" + p.getKey(),
            checked);
      }
    } else if (value.isObject() && s.path("additionalProperties").isObject()) {
      for (Map.Entry<String, JsonNode> p : value.properties()) {
        walk(p.getValue(), s.get("additionalProperties"), root, at + "/" + p.getKey(), checked);
      }
    } else if (value.isArray() && s.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        walk(value.get(i), s.get("items"), root, at + "/" + i, checked);
      }
    }
  }

  private static JsonNode resolve(JsonNode schema, JsonNode root) {
    JsonNode s = schema;
    while (s.has("$ref")) {
      s = root.at(s.get("$ref").stringValue().substring(1));
    }
    return s;
  }
}
