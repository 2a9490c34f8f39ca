package dev.kamkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.testing.ProseScan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Evaluation builds no sentences: results hold codes and typed arguments, and words come from the
 * message bundles on demand (docs/explanations.md). Surefire runs in the module directory.
 *
 * <p>Policy checks too: their violations carry model codes with typed arguments.
 */
class NoProseTest {

  @Test
  void rulesBuildNoSentences() {
    assertEquals(List.of(), ProseScan.of(Path.of("src/main/java")).findings());
  }
}
