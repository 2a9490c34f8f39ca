package dev.kamkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.testing.ProseScan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Evaluation builds no sentences: results hold codes and typed arguments, and words come from the
 * message bundles on demand (docs/explanations.md). Surefire runs in the module directory.
 *
 * <p>{@code prose-baseline.txt} lists what still joins text, file by file, and may only shrink: the
 * rule catalogue's descriptions and sources (English documentation of each rule, not results) and
 * the policy checks that still word their {@code ModelCheck} problems in English until they get
 * model codes.
 */
class NoProseTest {

  @Test
  void evaluationBuildsNoSentencesBeyondTheBaseline() throws IOException {
    List<String> baseline =
        Files.readAllLines(
            Path.of("src/test/resources/prose-baseline.txt"), StandardCharsets.UTF_8);
    assertEquals(List.of(), ProseScan.of(Path.of("src/main/java")).beyond(baseline));
  }
}
