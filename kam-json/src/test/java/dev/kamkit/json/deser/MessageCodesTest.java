package dev.kamkit.json.deser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.rules.tiering.TieringCode;
import dev.kamkit.scoring.ScoreCode;
import dev.kamkit.scoring.coverage.CoverageCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reader knows every code kamkit ships: its explicit list is the code enums of the model,
 * scoring and rules modules, found the way kam-rules' {@code ReasonCatalogueDocTest} finds them.
 */
class MessageCodesTest {

  /** Every enum of kamkit's library modules that implements {@link MessageCode}. */
  private static List<String> scanned() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TEST_FIXTURES)
            .importPackages("dev.kamkit.model", "dev.kamkit.scoring", "dev.kamkit.rules")
            .stream()
            .filter(JavaClass::isEnum)
            .filter(c -> c.isAssignableTo(MessageCode.class))
            .map(JavaClass::getName)
            .sorted()
            .toList();
  }

  @Test
  void theListIsEveryCodeEnumKamkitShips() {
    List<String> listed =
        MessageCodes.ENUMS.stream().map(Class::getName).sorted(Comparator.naturalOrder()).toList();
    List<String> scanned = scanned();
    assertTrue(scanned.size() >= 19, "the scan found " + scanned);
    assertEquals(scanned, listed, "add a new code enum to MessageCodes.ENUMS");
  }

  @Test
  void everyCodeIsFoundByItsCodeString() {
    int codes = 0;
    for (Class<? extends MessageCode> type : MessageCodes.ENUMS) {
      for (MessageCode code : type.getEnumConstants()) {
        assertEquals(Optional.of(code), MessageCodes.byCode(code.code()), code.code());
        codes++;
      }
    }
    assertTrue(codes > 100, "only " + codes + " codes");
    assertEquals(
        Optional.of(CoverageCode.ROLE_UNHELD), MessageCodes.byCode("coverage.role.unheld"));
    assertEquals(Optional.empty(), MessageCodes.byCode("Coverage.Role.Unheld"));
    assertEquals(Optional.empty(), MessageCodes.byCode(""));
  }

  @Test
  void everyCodeMatchesTheSchemasCodePattern() throws IOException {
    String schema =
        Files.readString(
            Path.of("src/main/resources/dev/kamkit/json/schema/results-2.3.schema.json"));
    Pattern pattern =
        Pattern.compile(
            JsonMapper.builder().build().readTree(schema).at("/$defs/code/pattern").stringValue());
    for (Class<? extends MessageCode> type : MessageCodes.ENUMS) {
      for (MessageCode code : type.getEnumConstants()) {
        assertTrue(pattern.matcher(code.code()).find(), code.code());
      }
    }
  }

  @Test
  void aCodeDeclaredTwiceIsRefused() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> MessageCodes.index(List.of(ScoreCode.class, TieringCode.class, ScoreCode.class)));
    assertTrue(e.getMessage().contains("score.headline"), e.getMessage());
  }
}
