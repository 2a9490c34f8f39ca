package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** docs/json-format.md, read by the tests that keep its tables in step with the schemas. */
final class FormatDoc {
  /** A table row: `Type` | `schema definition` | words naming its properties. */
  private static final Pattern ROW =
      Pattern.compile("\n\\| `(\\w+)` \\| `(\\w+)` \\| ([^\\n]*) \\|");

  private static final Pattern NAME = Pattern.compile("`(\\w+)`");

  private FormatDoc() {}

  /** The section under {@code ### heading}, up to the next section. */
  static String section(String heading) throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "json-format.md"));
    int start = docs.indexOf("\n### " + heading + "\n");
    assertTrue(start >= 0, "docs/json-format.md has no section " + heading);
    return docs.substring(start, docs.indexOf("\n### ", start + 1));
  }

  /**
   * Checks that each row of {@code section}'s table names every property of its definition in
   * {@code defs}, in the schema's order, and returns the rows' types in the table's order.
   */
  static List<String> typesNamingTheirProperties(String section, JsonNode defs) {
    Matcher row = ROW.matcher(section);
    List<String> types = new ArrayList<>();
    while (row.find()) {
      types.add(row.group(1));
      JsonNode def = defs.get(row.group(2));
      assertNotNull(def, row.group(2));
      List<String> properties = List.copyOf(def.get("properties").propertyNames());
      List<String> named = new ArrayList<>();
      Matcher name = NAME.matcher(row.group(3));
      while (name.find()) {
        if (properties.contains(name.group(1)) && !named.contains(name.group(1))) {
          named.add(name.group(1));
        }
      }
      assertEquals(properties, named, row.group(2));
    }
    return types;
  }
}
