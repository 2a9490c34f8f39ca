package dev.kamkit.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.json.KamJson;
import dev.kamkit.model.Portfolio;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bundled previous quarter reads cleanly and is exactly what {@link SamplePortfolio} writes;
 * {@code -Dkamkit.writeSample=true} rewrites it.
 */
class PreviousQuarterTest {
  @Test
  void theBundledPreviousQuarterReadsCleanlyAndIsUpToDate() throws IOException {
    if (Boolean.getBoolean("kamkit.writeSample")) {
      // surefire runs in the examples module; the path is from the repository root
      Files.writeString(
          Path.of("..").resolve(SamplePortfolio.PREVIOUS_FILE),
          SamplePortfolio.previousJson(),
          StandardCharsets.UTF_8);
    }
    String bundled;
    bundled =
        Files.readString(
            Path.of("..").resolve(SamplePortfolio.PREVIOUS_FILE), StandardCharsets.UTF_8);
    Portfolio read = KamJson.defaults().readPortfolio(bundled).portfolio();
    assertEquals(
        SamplePortfolio.previousJson(),
        bundled,
        "sample-portfolio-previous.json is stale: run SamplePortfolio.main from the repository"
            + " root");
    assertEquals(SamplePortfolio.previousQuarter(), read);
    assertEquals(SamplePortfolio.portfolio().accounts().size(), read.accounts().size());
  }
}
