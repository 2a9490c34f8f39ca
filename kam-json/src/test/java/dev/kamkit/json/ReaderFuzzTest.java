package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kamkit.json.format.JsonLimits;
import dev.kamkit.json.format.KamDocument;
import dev.kamkit.json.format.KamJsonException;

/**
 * The reader on arbitrary bytes: the only acceptable outcomes are a document or a {@link
 * KamJsonException}; anything else (a NullPointerException, a StackOverflowError, Jackson's own
 * exceptions leaking out) is a bug. A document that is read must also write back and read again to
 * the same document and bytes.
 *
 * <p>In a normal build this runs only the committed inputs under {@code
 * src/test/resources/dev/kamkit/json/ReaderFuzzTestInputs/read} (a few milliseconds). To fuzz, run
 * {@code JAZZER_FUZZ=1 ./mvnw -pl kam-json -am test -Dtest=ReaderFuzzTest}; crashing inputs are
 * saved into that directory and then replayed by every build.
 */
class ReaderFuzzTest {
  /** Lenient, so that unknown properties also go through the write-back path. */
  private static final KamJson LENIENT =
      KamJson.builder().lenient().limits(JsonLimits.builder().maxProblems(20).build()).build();

  @FuzzTest(maxDuration = "60s")
  void read(byte[] input) {
    KamDocument document;
    try {
      document = LENIENT.read(input);
    } catch (KamJsonException expected) {
      return;
    }
    String written = LENIENT.write(document);
    KamDocument again = LENIENT.read(written);
    assertEquals(document, again);
    assertEquals(written, LENIENT.write(again));
  }
}
