package dev.kamkit.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.json.KamJson;
import dev.kamkit.model.Portfolio;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bundled sample reads cleanly and is exactly what {@link SamplePortfolio} writes. */
class SamplePortfolioTest {
  @Test
  void theBundledSampleReadsCleanlyAndIsUpToDate() throws IOException {
    String bundled;
    try (InputStream in =
        SamplePortfolioTest.class.getResourceAsStream(
            "/dev/kamkit/examples/sample-portfolio.json")) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Portfolio read = KamJson.defaults().readPortfolio(bundled).portfolio();
    assertEquals(
        SamplePortfolio.json(),
        bundled,
        "sample-portfolio.json is stale: run SamplePortfolio.main from the repository root");
    assertEquals(SamplePortfolio.portfolio(), read);
    assertEquals(6, read.accounts().size());
  }
}
