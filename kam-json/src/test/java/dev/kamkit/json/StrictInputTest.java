package dev.kamkit.json;

import static dev.kamkit.json.format.ProblemKind.MALFORMED_JSON;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.kamkit.json.format.JsonProblem;
import dev.kamkit.json.format.KamDocument;
import dev.kamkit.json.format.KamJsonException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input that is not UTF-8, and byte order marks: every byte and stream entry point refuses
 * sequences RFC 3629 does not allow, at the value that holds them; every entry point accepts one
 * leading byte order mark and names any other.
 */
class StrictInputTest {
  private static final String EXPECTED_UTF8 = "well-formed UTF-8 (RFC 3629)";
  private static final String BOM = "\uFEFF";
  private static final String ACCOUNT_BEFORE_NAME =
      "{\"kamkit\":\"account\",\"version\":\"1.0\",\"account\":{\"id\":\"a\",\"name\":\"";
  private static final String ACCOUNT_AFTER_NAME = "\",\"kind\":\"HOSPITAL\",\"country\":\"US\"}}";
  private static final String ACCOUNT = ACCOUNT_BEFORE_NAME + "A" + ACCOUNT_AFTER_NAME;

  /** The account document with {@code bad} bytes as (part of) the account's name. */
  private static byte[] accountNamed(byte[] bad) {
    return concat(ACCOUNT_BEFORE_NAME.getBytes(UTF_8), bad, ACCOUNT_AFTER_NAME.getBytes(UTF_8));
  }

  static Stream<Arguments> notUtf8() {
    int at = ACCOUNT_BEFORE_NAME.length();
    return Stream.of(
            Arguments.of(
                "overlong 2 bytes",
                bytes(0xC0, 0xAF),
                "an overlong encoding of U+002F (bytes C0 AF"),
            Arguments.of(
                "overlong 3 bytes",
                bytes(0xE0, 0x80, 0xAF),
                "an overlong encoding of U+002F (bytes E0 80 AF"),
            Arguments.of(
                "overlong DEL", bytes(0xC1, 0xBF), "an overlong encoding of U+007F (bytes C1 BF"),
            Arguments.of(
                "overlong 4 bytes",
                bytes(0xF0, 0x80, 0x80, 0xAF),
                "an overlong encoding of U+002F (bytes F0 80 80 AF"),
            Arguments.of(
                "above U+10FFFF",
                bytes(0xF4, 0x90, 0x80, 0x80),
                "a code point above U+10FFFF (bytes F4 90 80 80"),
            Arguments.of(
                "surrogate",
                bytes(0xED, 0xA0, 0x80),
                "the UTF-16 surrogate U+D800, which UTF-8 does not encode (bytes ED A0 80"),
            Arguments.of(
                "continuation without lead",
                bytes(0x80),
                "a continuation byte without a lead byte (byte 80"),
            Arguments.of(
                "never in UTF-8", bytes(0xFF), "a byte that never occurs in UTF-8 (byte FF"),
            Arguments.of("incomplete", bytes(0xE2, 0x82), "an incomplete sequence (bytes E2 82"))
        .map(a -> Arguments.of(a.get()[0], a.get()[1], a.get()[2] + " at byte " + at + ")"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notUtf8")
  void bytesAndStreamsRefuseWhatIsNotUtf8AtTheValueHoldingIt(
      String name, byte[] bad, String found) {
    byte[] input = accountNamed(bad);
    List<Function<byte[], Object>> reads =
        List.of(
            b -> KamJson.defaults().read(b),
            b -> KamJson.defaults().read(new ByteArrayInputStream(b)),
            b -> KamJson.defaults().readAccount(new ByteArrayInputStream(b)));
    for (Function<byte[], Object> read : reads) {
      KamJsonException e = assertThrows(KamJsonException.class, () -> read.apply(input));
      assertProblem(e, "/account/name", EXPECTED_UTF8, found);
    }
  }

  @Test
  void portfoliosAndResultsRefuseItToo() {
    assertRefused(
        in -> KamJson.defaults().readPortfolio(in),
        "{'kamkit':'portfolio','version':'1.0','accounts':[{'account':{'id':'a','name':'x",
        bytes(0xC0, 0xAF),
        "','kind':'HOSPITAL','country':'US'}}]}",
        "/accounts/0/account/name",
        "an overlong encoding of U+002F (bytes C0 AF at byte 80)");
    assertRefused(
        in -> KamJson.defaults().readResults(in),
        "{'kamkit':'results','version':'2.0','asOf':'2026-11-02','accounts':[{'account':'",
        bytes(0xF4, 0x90, 0x80, 0x80),
        "'}]}",
        "/accounts/0/account",
        "a code point above U+10FFFF (bytes F4 90 80 80 at byte 80)");
  }

  /** Reads {@code bad} between two single-quoted pieces of JSON and expects it refused. */
  private static void assertRefused(
      Function<InputStream, Object> read,
      String before,
      byte[] bad,
      String after,
      String pointer,
      String found) {
    byte[] input =
        concat(
            before.replace('\'', '"').getBytes(UTF_8),
            bad,
            after.replace('\'', '"').getBytes(UTF_8));
    KamJsonException e =
        assertThrows(KamJsonException.class, () -> read.apply(new ByteArrayInputStream(input)));
    assertProblem(e, pointer, EXPECTED_UTF8, found);
  }

  /**
   * A name is refused at the object that holds it: Jackson refuses some such names itself before
   * handing them over, and a name decoded from bytes that are not UTF-8 is not a name to point at.
   */
  @Test
  void aNameThatIsNotUtf8IsRefusedAtItsObject() {
    for (byte[] bad : List.of(bytes(0xC0, 0xAF), bytes(0xF4, 0x90, 0x80, 0x80))) {
      byte[] input =
          concat(
              "{\"kamkit\":\"account\",\"version\":\"1.0\",\"account\":{\"id\":\"a\",\"n"
                  .getBytes(UTF_8),
              bad,
              "\":1}}".getBytes(UTF_8));
      KamJsonException e =
          assertThrows(KamJsonException.class, () -> KamJson.defaults().read(input));
      assertEquals(MALFORMED_JSON, e.kind(), e.getMessage());
      assertEquals("/account", e.pointer(), e.getMessage());
      assertEquals(EXPECTED_UTF8, e.expected(), e.getMessage());
      assertEquals(1, e.problems().size());
    }
  }

  /** Any ASCII character written in more bytes than it needs is refused, wherever it is. */
  @Test
  void everyOverlongAsciiCharacterIsRefused() {
    qt().withFixedSeed(20_261_205L)
        .withExamples(2_000)
        .forAll(integers().between(0, 0x7F), integers().between(2, 4), integers().between(0, 3))
        .checkAssert(
            (c, length, where) -> {
              byte[] overlong = overlong(c, length);
              byte[] value = concat("x".repeat(where).getBytes(UTF_8), overlong, bytes('y'));
              byte[] input = accountNamed(value);
              KamJsonException e =
                  assertThrows(
                      KamJsonException.class,
                      () -> KamJson.defaults().read(new ByteArrayInputStream(input)));
              assertProblem(
                  e,
                  "/account/name",
                  EXPECTED_UTF8,
                  String.format(
                      "an overlong encoding of U+%04X (bytes %s at byte %d)",
                      c, hex(overlong), ACCOUNT_BEFORE_NAME.length() + where));
            });
  }

  /** A stream may hand over a sequence a byte at a time: it is checked as a whole all the same. */
  @Test
  void aSequenceSplitAcrossReadsIsCheckedAsAWhole() {
    byte[] bad = accountNamed(bytes(0xE0, 0x80, 0xAF));
    KamJsonException e =
        assertThrows(KamJsonException.class, () -> KamJson.defaults().read(trickle(bad)));
    assertProblem(
        e,
        "/account/name",
        EXPECTED_UTF8,
        "an overlong encoding of U+002F (bytes E0 80 AF at byte "
            + ACCOUNT_BEFORE_NAME.length()
            + ")");
    byte[] good = accountNamed("\ud83c\udfe5\u20ac".getBytes(UTF_8));
    assertEquals(KamJson.defaults().read(good), KamJson.defaults().read(trickle(good)));
  }

  /** A stream that returns one byte per read. */
  private static InputStream trickle(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }

  /** Well-formed UTF-8, four-byte sequences included, still reads. */
  @Test
  void wellFormedUtf8StillReads() {
    String name = "H\u00f4pital \uFEFF\u00e9\u4e2d\ud83c\udfe5";
    byte[] input = (ACCOUNT_BEFORE_NAME + name + ACCOUNT_AFTER_NAME).getBytes(UTF_8);
    assertEquals(
        name,
        KamJson.defaults()
            .readAccount(new ByteArrayInputStream(input))
            .keyAccount()
            .account()
            .name());
    assertEquals(
        KamJson.defaults().readAccount(new ByteArrayInputStream(input)),
        KamJson.defaults().read(input));
  }

  /** The four ways into {@link KamJson}, from text. */
  private static final List<Function<String, KamDocument>> ENTRY_POINTS =
      List.of(
          s -> KamJson.defaults().read(s),
          s -> KamJson.defaults().read(new StringReader(s)),
          s -> KamJson.defaults().read(s.getBytes(UTF_8)),
          s -> KamJson.defaults().read(new ByteArrayInputStream(s.getBytes(UTF_8))));

  @Test
  void oneLeadingByteOrderMarkIsSkippedByEveryEntryPoint() {
    KamDocument plain = KamJson.defaults().read(ACCOUNT);
    for (Function<String, KamDocument> read : ENTRY_POINTS) {
      assertEquals(plain, read.apply(BOM + ACCOUNT));
      assertEquals(plain, read.apply(BOM + "  \n" + ACCOUNT));
    }
  }

  @Test
  void aSecondByteOrderMarkIsRefusedByNameByEveryEntryPoint() {
    for (Function<String, KamDocument> read : ENTRY_POINTS) {
      KamJsonException e =
          assertThrows(KamJsonException.class, () -> read.apply(BOM + BOM + ACCOUNT));
      assertEquals(MALFORMED_JSON, e.kind());
      assertEquals("", e.pointer());
      assertEquals("well-formed JSON (RFC 8259)", e.expected());
      assertTrue(
          e.found().startsWith("Unexpected byte order mark (U+FEFF): expected a valid value"),
          e.found());
      assertFalse(e.getMessage().contains(BOM), e.getMessage());
      assertEquals(1, e.problems().size());
    }
  }

  @Test
  void aByteOrderMarkInsideTheDocumentIsRefusedByName() {
    String input = ACCOUNT.replace(",\"version\"", "," + BOM + "\"version\"");
    for (Function<String, KamDocument> read : ENTRY_POINTS) {
      KamJsonException e = assertThrows(KamJsonException.class, () -> read.apply(input));
      assertEquals(MALFORMED_JSON, e.kind());
      assertEquals("", e.pointer());
      assertTrue(
          e.found()
              .startsWith(
                  "Unexpected byte order mark (U+FEFF): was expecting double-quote to start"
                      + " property name"),
          e.found());
      assertFalse(e.getMessage().contains(BOM), e.getMessage());
    }
  }

  /** Whatever precedes a document, the four entry points agree on it. */
  @Test
  void byteOrderMarksAreHandledAlikeByEveryEntryPoint() {
    qt().withFixedSeed(20_261_205L)
        .withExamples(200)
        .forAll(integers().between(0, 3), integers().between(0, 2), integers().between(0, 2))
        .checkAssert(
            (marks, spacesBefore, spacesAfter) -> {
              String input =
                  " ".repeat(spacesBefore) + BOM.repeat(marks) + " ".repeat(spacesAfter) + ACCOUNT;
              List<String> outcomes =
                  ENTRY_POINTS.stream().map(read -> outcome(read, input)).distinct().toList();
              assertEquals(1, outcomes.size(), outcomes::toString);
              boolean accepted = marks == 0 || (marks == 1 && spacesBefore == 0);
              assertEquals(accepted, outcomes.get(0).equals("read"), outcomes::toString);
            });
  }

  /** What a read did, without positions: text counts characters where bytes count bytes. */
  private static String outcome(Function<String, KamDocument> read, String input) {
    try {
      read.apply(input);
      return "read";
    } catch (KamJsonException e) {
      assertFalse(e.getMessage().contains(BOM), e.getMessage());
      JsonProblem p = e.problems().get(0);
      return p.kind()
          + " "
          + p.pointer()
          + " "
          + p.expected()
          + " "
          + p.found().replaceAll(" \\(line \\d+, column \\d+\\)$", "");
    }
  }

  private static void assertProblem(
      KamJsonException e, String pointer, String expected, String found) {
    assertAll(
        () -> assertEquals(MALFORMED_JSON, e.kind(), e.getMessage()),
        () -> assertEquals(pointer, e.pointer(), e.getMessage()),
        () -> assertEquals(expected, e.expected(), e.getMessage()),
        () -> assertEquals(found, e.found(), e.getMessage()),
        () -> assertEquals(1, e.problems().size(), e.getMessage()));
  }

  private static byte[] overlong(int c, int length) {
    return switch (length) {
      case 2 -> bytes(0xC0 | (c >> 6), 0x80 | (c & 0x3F));
      case 3 -> bytes(0xE0, 0x80 | (c >> 6), 0x80 | (c & 0x3F));
      default -> bytes(0xF0, 0x80, 0x80 | (c >> 6), 0x80 | (c & 0x3F));
    };
  }

  private static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      out.append(out.length() == 0 ? "" : " ").append(String.format("%02X", b & 0xFF));
    }
    return out.toString();
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
