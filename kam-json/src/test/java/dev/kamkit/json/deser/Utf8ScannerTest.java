package dev.kamkit.json.deser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole-input check and the streaming scanner agree on every input. */
class Utf8ScannerTest {

  /** What the streaming scanner, which places problems, says of {@code bytes}. */
  private static boolean scannerAccepts(byte[] bytes) {
    Utf8Scanner scanner = new Utf8Scanner();
    scanner.scan(bytes, 0, bytes.length);
    scanner.end();
    return scanner.errorOffset() == Long.MAX_VALUE;
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  @Test
  void wellFormedTextOfEveryLengthIsAccepted() {
    qt().withFixedSeed(20_261_205L)
        .forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(
            text -> {
              byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
              // lone surrogates become '?' in getBytes, so every such text is well-formed
              assertTrue(Utf8Scanner.isWellFormed(utf8), text);
              assertTrue(scannerAccepts(utf8), text);
            });
  }

  @Test
  void anyBytesAreJudgedAlikeByBothChecks() {
    qt().withFixedSeed(20_261_205L)
        .withExamples(20_000)
        .forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 24))
        .checkAssert(
            values -> {
              byte[] raw = new byte[values.size()];
              for (int i = 0; i < raw.length; i++) {
                raw[i] = values.get(i).byteValue();
              }
              assertEquals(scannerAccepts(raw), Utf8Scanner.isWellFormed(raw), values.toString());
            });
  }

  @Test
  void theIssuesSequencesAreRefusedAfterAnAsciiRunToo() {
    byte[] ascii = "{\"name\":\"abcdefghijklmnop".getBytes(StandardCharsets.US_ASCII);
    for (byte[] bad :
        List.of(
            bytes(0xC0, 0xAF),
            bytes(0xE0, 0x80, 0xAF),
            bytes(0xC1, 0xBF),
            bytes(0xF4, 0x90, 0x80, 0x80),
            bytes(0xED, 0xA0, 0x80),
            bytes(0xE2, 0x82))) {
      byte[] input = new byte[ascii.length + bad.length];
      System.arraycopy(ascii, 0, input, 0, ascii.length);
      System.arraycopy(bad, 0, input, ascii.length, bad.length);
      assertFalse(Utf8Scanner.isWellFormed(input));
      assertFalse(scannerAccepts(input));
    }
    assertTrue(Utf8Scanner.isWellFormed(bytes(0xF0, 0x9F, 0x98, 0x80))); // U+1F600
  }
}
