package dev.kamkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.kamkit.model.explain.MessageCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/reason-catalogue.md} equal to the code enums kamkit ships, and every code
 * unique across them. Surefire runs in the kam-rules module directory, which sees the model,
 * scoring and rules modules. Regenerate with {@code ./mvnw -B -ntp -pl kam-rules -am verify
 * -Dkamkit.writeCatalogue=true}.
 */
class ReasonCatalogueDocTest {
  private static final Path CATALOGUE = Path.of("..", "docs", "reason-catalogue.md");

  /** Every enum of kamkit's library modules that implements {@link MessageCode}, by package. */
  static List<Class<?>> codeEnums() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.kamkit.model", "dev.kamkit.scoring", "dev.kamkit.rules")
            .stream()
            .filter(JavaClass::isEnum)
            .filter(c -> c.isAssignableTo(MessageCode.class))
            .map(JavaClass::reflect)
            .sorted(Comparator.comparing(Class::getName))
            .collect(Collectors.toList());
  }

  @Test
  void everyCodeIsUniqueAcrossKamkit() {
    Map<String, List<String>> declaredBy = new HashMap<>();
    for (Class<?> type : codeEnums()) {
      for (Object constant : type.getEnumConstants()) {
        MessageCode code = (MessageCode) constant;
        declaredBy
            .computeIfAbsent(code.code(), k -> new ArrayList<>())
            .add(type.getSimpleName() + "." + ((Enum<?>) constant).name());
      }
    }
    Map<String, List<String>> twice = new HashMap<>();
    declaredBy.forEach(
        (code, where) -> {
          if (where.size() > 1) {
            twice.put(code, where);
          }
        });
    assertEquals(Map.of(), twice, "codes declared more than once");
  }

  @Test
  void theCommittedCatalogueIsWhatTheCodeGenerates() throws IOException {
    String generated = markdown(codeEnums());
    if (Boolean.getBoolean("kamkit.writeCatalogue")) {
      Files.writeString(CATALOGUE, generated, StandardCharsets.UTF_8);
    }
    String committed =
        Files.exists(CATALOGUE) ? Files.readString(CATALOGUE, StandardCharsets.UTF_8) : "<missing>";
    assertEquals(
        generated,
        committed,
        "docs/reason-catalogue.md differs from the code enums;"
            + " regenerate it with ./mvnw -B -ntp -pl kam-rules -am verify"
            + " -Dkamkit.writeCatalogue=true and commit the result");
  }

  static String markdown(List<Class<?>> enums) {
    StringBuilder md = new StringBuilder();
    md.append("# Reason catalogue\n\n")
        .append("Generated from kamkit's code enums by `ReasonCatalogueDocTest`; do not edit by")
        .append(" hand.\n\n")
        .append("Every reason, finding, model violation and explanation line carries one of these")
        .append(" stable codes with typed arguments. A code names one situation and keeps its")
        .append(" meaning across releases; hosts store, filter, count and translate by it. The")
        .append(" English pattern is the root bundle's; German and French are in the same")
        .append(" package's `messages_de.properties` and `messages_fr.properties`. Argument kinds:")
        .append(" REF (a model object's id and name), TEXT (host data as it is), COUNT, NUMBER,")
        .append(
            " MONEY, DATE, YEAR, ENUM (a kamkit enum value), MESSAGE (another message), LIST.\n");
    for (Class<?> type : enums) {
      md.append("\n## `")
          .append(type.getSimpleName())
          .append("` (`")
          .append(type.getPackageName())
          .append("`)\n\n")
          .append("| code | arguments | English |\n|---|---|---|\n");
      Properties english = english(type);
      for (Object constant : type.getEnumConstants()) {
        MessageCode code = (MessageCode) constant;
        String args =
            code.params().stream()
                .map(p -> p.name() + " " + p.kind())
                .collect(Collectors.joining(", "));
        md.append("| `")
            .append(code.code())
            .append("` | ")
            .append(args)
            .append(" | ")
            .append(cell(english.getProperty(code.code(), "(missing)")))
            .append(" |\n");
      }
    }
    return md.toString();
  }

  private static String cell(String pattern) {
    return pattern.replace("|", "\\|").replace("''", "'");
  }

  private static Properties english(Class<?> type) {
    String path = type.getPackageName().replace('.', '/') + "/messages.properties";
    Properties p = new Properties();
    try (InputStream in = type.getModule().getResourceAsStream(path)) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
