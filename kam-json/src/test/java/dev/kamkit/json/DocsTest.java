package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.json.format.DocumentKind;
import dev.kamkit.json.format.ProblemKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/json-format.md says what the code does: its complete example is what kamkit writes, its
 * property tables list every schema property in the schema's order, its enum tables list every
 * value the schema (and so the reader) allows, and every error kind is explained.
 */
class DocsTest {
  private static final Path DOCS = Path.of("..", "docs", "json-format.md");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static String docs() throws IOException {
    return Files.readString(DOCS);
  }

  private static JsonNode accountSchema() throws IOException {
    return MAPPER.readTree(
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
  }

  /** The body of the section headed {@code heading}, up to the next heading of any level. */
  private static String section(String docs, String heading) {
    int start = docs.indexOf("\n" + heading + "\n");
    assertTrue(start >= 0, "docs/json-format.md has no section " + heading);
    Matcher next = Pattern.compile("\n#{2,3} ").matcher(docs);
    int end = next.find(start + heading.length() + 1) ? next.start() : docs.length();
    return docs.substring(start, end);
  }

  private static List<String> tableKeys(String section) {
    List<String> keys = new ArrayList<>();
    Matcher row = Pattern.compile("\n\\| `([^`]+)` \\|").matcher(section);
    while (row.find()) {
      keys.add(row.group(1));
    }
    return keys;
  }

  @Test
  void theCompleteExampleIsWhatKamkitWrites() throws IOException {
    String example = section(docs(), "## A complete example");
    Matcher block = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(example);
    assertTrue(block.find());
    String json = block.group(1);
    assertEquals(List.of(), Schemas.errors(DocumentKind.ACCOUNT, json));
    assertEquals(json, KamJson.defaults().write(KamJson.defaults().read(json)));
  }

  @Test
  void thePortfolioExampleReads() throws IOException {
    Matcher block =
        Pattern.compile("```json\n(.*?)```", Pattern.DOTALL)
            .matcher(section(docs(), "## Portfolio document"));
    assertTrue(block.find());
    assertEquals(2, KamJson.defaults().readPortfolio(block.group(1)).portfolio().accounts().size());
  }

  @Test
  void theResultsExampleIsWhatKamkitWrites() throws IOException {
    Matcher block =
        Pattern.compile("```json\n(.*?)```", Pattern.DOTALL)
            .matcher(section(docs(), "### A results document"));
    assertTrue(block.find());
    String json = block.group(1);
    assertEquals(List.of(), Schemas.errors(DocumentKind.RESULTS, json));
    assertEquals(json, KamJson.defaults().write(KamJson.defaults().readResults(json)));
  }

  @Test
  void everyObjectsTableListsItsSchemaPropertiesInOrder() throws IOException {
    String docs = docs();
    JsonNode defs = accountSchema().get("$defs");
    for (Map.Entry<String, JsonNode> def : defs.properties()) {
      JsonNode properties = def.getValue().get("properties");
      if (properties == null
          || Character.isUpperCase(def.getKey().charAt(0))
          || List.of("money", "attributeValue", "portfolioAccount").contains(def.getKey())) {
        continue;
      }
      assertEquals(
          List.copyOf(properties.propertyNames()),
          tableKeys(section(docs, "### " + def.getKey())),
          def.getKey());
    }
    assertEquals(
        List.copyOf(accountSchema().get("properties").propertyNames()),
        tableKeys(section(docs, "### Account document")));
  }

  @Test
  void everyEnumValueIsDocumentedAndAllowedByTheSchema() throws Exception {
    String docs = docs();
    JsonNode defs = accountSchema().get("$defs");
    int enums = 0;
    for (Map.Entry<String, JsonNode> def : defs.properties()) {
      if (!def.getValue().has("enum")) {
        continue;
      }
      enums++;
      Class<?> type = Class.forName(javaEnum(def.getKey()));
      List<String> values =
          Arrays.stream(type.getEnumConstants()).map(v -> ((Enum<?>) v).name()).toList();
      assertEquals(values, MAPPER.convertValue(def.getValue().get("enum"), List.class));
      assertEquals(values, tableKeys(section(docs, "### " + def.getKey())), def.getKey());
    }
    assertEquals(51, enums);
  }

  @Test
  void everyErrorKindIsExplained() throws IOException {
    List<String> documented = tableKeys(section(docs(), "## Errors"));
    assertEquals(Arrays.stream(ProblemKind.values()).map(Enum::name).toList(), documented);
  }

  private static String javaEnum(String simpleName) {
    for (String pkg :
        List.of(
            "account",
            "committee",
            "engagement",
            "pipeline",
            "plan",
            "portfolio",
            "stakeholder",
            "team")) {
      String name = "dev.kamkit.model." + pkg + "." + simpleName;
      try {
        Class.forName(name);
        return name;
      } catch (ClassNotFoundException e) {
        // not in this package
      }
    }
    throw new AssertionError("no model enum " + simpleName);
  }
}
