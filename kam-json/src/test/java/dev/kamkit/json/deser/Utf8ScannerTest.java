package dev.kamkit.json.deser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scanner judges bytes as the JDK's strict UTF-8 decoder does (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF), whether the bytes come whole or a few at a time.
 */
class Utf8ScannerTest {

  /** The oracle: the JDK's decoder, reporting malformed input. */
  private static boolean jdkAccepts(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** What the scanner says when a stream hands it {@code bytes} in chunks of {@code chunk}. */
  private static boolean scannerAccepts(byte[] bytes, int chunk) {
    Utf8Scanner scanner = new Utf8Scanner();
    for (int off = 0; off < bytes.length; off += chunk) {
      scanner.scan(bytes, off, Math.min(chunk, bytes.length - off));
    }
    scanner.end();
    return !scanner.hasError();
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
              assertTrue(scannerAccepts(utf8, 3), text);
            });
  }

  @Test
  void anyBytesAfterAnyAsciiAreJudgedAsTheJdkJudgesThem() {
    // the ASCII prefix makes the eight-byte steps run, and end, at every offset
    qt().withFixedSeed(20_261_205L)
        .withExamples(20_000)
        .forAll(
            integers().between(0, 19),
            lists().of(integers().between(0, 255)).ofSizeBetween(0, 24),
            integers().between(1, 9))
        .checkAssert(
            (asciiLength, values, chunk) -> {
              byte[] raw = new byte[asciiLength + values.size()];
              for (int i = 0; i < asciiLength; i++) {
                raw[i] = (byte) ('a' + i);
              }
              for (int i = 0; i < values.size(); i++) {
                raw[asciiLength + i] = values.get(i).byteValue();
              }
              boolean expected = jdkAccepts(raw);
              String what = asciiLength + " ASCII, then " + values;
              assertEquals(expected, Utf8Scanner.isWellFormed(raw), what);
              assertEquals(expected, scannerAccepts(raw, chunk), what + " in chunks of " + chunk);
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
      assertFalse(jdkAccepts(input)); // the oracle agrees
      assertFalse(scannerAccepts(input, 5));
    }
    assertTrue(Utf8Scanner.isWellFormed(bytes(0xF0, 0x9F, 0x98, 0x80))); // U+1F600
  }
}
