package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.json.format.JsonLimits;
import dev.kamkit.json.format.KamDocument;
import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.json.format.ReadMode;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every limit stops input that exceeds it and names itself, both through {@link KamJson} (where
 * Jackson's stream constraints are set too) and through {@link KamkitModule} on a host's plain
 * mapper (where only kamkit's own checks apply).
 */
class LimitsTest {
  private static final String ACCOUNT =
      "{\"kamkit\":\"account\",\"version\":\"1.0\","
          + "\"account\":{\"id\":\"a\",\"name\":\"A\",\"kind\":\"HOSPITAL\",\"country\":\"US\"}";

  @Test
  void defaultsAreSafeAndDocumented() {
    JsonLimits limits = JsonLimits.defaults();
    assertEquals(16L * 1024 * 1024, limits.maxDocumentLength());
    assertEquals(64, limits.maxNestingDepth());
    assertEquals(100_000, limits.maxStringLength());
    assertEquals(256, limits.maxPropertyNameLength());
    assertEquals(100, limits.maxNumberLength());
    assertEquals(1_000_000, limits.maxElements());
    assertEquals(100, limits.maxProblems());
  }

  @Test
  void limitsRejectNonsense() {
    assertThrows(IllegalArgumentException.class, () -> JsonLimits.builder().maxElements(0));
    assertThrows(IllegalArgumentException.class, () -> JsonLimits.builder().maxNestingDepth(5000));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "maxNestingDepth",
            (UnaryOperator<JsonLimits.Builder>) b -> b.maxNestingDepth(5),
            ACCOUNT + ",\"x\":[[[[[[1]]]]]]}"),
        Arguments.of(
            "maxStringLength",
            (UnaryOperator<JsonLimits.Builder>) b -> b.maxStringLength(10),
            ACCOUNT + ",\"x\":\"" + "y".repeat(40) + "\"}"),
        Arguments.of(
            "maxPropertyNameLength",
            (UnaryOperator<JsonLimits.Builder>) b -> b.maxPropertyNameLength(12),
            ACCOUNT + ",\"" + "n".repeat(40) + "\":1}"),
        Arguments.of(
            "maxNumberLength",
            (UnaryOperator<JsonLimits.Builder>) b -> b.maxNumberLength(5),
            ACCOUNT + ",\"x\":1234567890}"),
        Arguments.of(
            "maxElements",
            (UnaryOperator<JsonLimits.Builder>) b -> b.maxElements(20),
            ACCOUNT + ",\"x\":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15]}"),
        Arguments.of(
            "maxDocumentLength",
            (UnaryOperator<JsonLimits.Builder>) b -> b.maxDocumentLength(200),
            ACCOUNT + ",\"x\":\"" + " ".repeat(8000) + "\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theFacadeStopsAtTheLimit(String limit, UnaryOperator<JsonLimits.Builder> set, String input) {
    KamJson json =
        KamJson.builder().lenient().limits(set.apply(JsonLimits.builder()).build()).build();
    KamJsonException e = assertThrows(KamJsonException.class, () -> json.read(input));
    assertEquals(ProblemKind.LIMIT_EXCEEDED, e.kind(), e.getMessage());
    assertEquals(true, e.expected().endsWith("(JsonLimits." + limit + ")"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theModuleStopsAtTheLimitOnAPlainMapper(
      String limit, UnaryOperator<JsonLimits.Builder> set, String input) {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new KamkitModule(ReadMode.LENIENT, set.apply(JsonLimits.builder()).build()))
            .build();
    KamJsonException e =
        assertThrows(KamJsonException.class, () -> mapper.readValue(input, KamDocument.class));
    assertEquals(ProblemKind.LIMIT_EXCEEDED, e.kind(), e.getMessage());
    assertEquals(true, e.expected().endsWith("(JsonLimits." + limit + ")"), e.getMessage());
  }

  /**
   * The reader leaves the document-length check to the parser when the facade has set the parser's
   * constraints to the same limit: every way into the facade must still stop at it.
   */
  @Test
  void everyInputFormStopsAtTheDocumentLength() {
    KamJson json =
        KamJson.builder()
            .lenient()
            .limits(JsonLimits.builder().maxDocumentLength(200).build())
            .build();
    String input = ACCOUNT + ",\"x\":\"" + " ".repeat(8000) + "\"}";
    byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
    List<Executable> reads =
        List.of(
            () -> json.read(input),
            () -> json.read(bytes),
            () -> json.read(new StringReader(input)),
            () -> json.read(new ByteArrayInputStream(bytes)));
    for (Executable read : reads) {
      KamJsonException e = assertThrows(KamJsonException.class, read);
      assertEquals(ProblemKind.LIMIT_EXCEEDED, e.kind(), e.getMessage());
      assertEquals(true, e.expected().endsWith("(JsonLimits.maxDocumentLength)"), e.getMessage());
    }
  }

  @Test
  void decimalsWrittenAsTextObeyTheNumberLimitToo() {
    String input =
        ACCOUNT.replace(
                "\"country\":\"US\"}",
                "\"country\":\"US\","
                    + "\"attributes\":{\"n\":{\"number\":\""
                    + "9".repeat(101)
                    + "\"}}}")
            + "}";
    KamJsonException e = assertThrows(KamJsonException.class, () -> KamJson.defaults().read(input));
    assertEquals(
        "/account/attributes/n/number: limit exceeded; expected at most 100 characters in a number"
            + " (JsonLimits.maxNumberLength), found at least 101 characters in a number",
        e.getMessage());
  }

  /** Inputs over a limit, each with the pointer of the first value over it. */
  static Stream<Arguments> exact() {
    String at = ACCOUNT + ",\"x\":";
    return Stream.of(
        Arguments.of("arrays too deep", at + "[[[[[[1]]]]]]}", "/x/0/0/0/0", "levels of nesting"),
        Arguments.of(
            "an array too deep after others",
            at + "[1,[2,[3,[4,[5]]]]]}",
            "/x/1/1/1/1",
            "levels of nesting"),
        Arguments.of(
            "objects too deep",
            at + "{\"a\":{\"b\":{\"c\":{\"d\":{}}}}}}",
            "/x/a/b/c/d",
            "levels of nesting"),
        Arguments.of(
            "a number in an object",
            at + "{\"a\":1,\"n\":1234567}}",
            "/x/n",
            "characters in a number"),
        Arguments.of("a number in an array", at + "[1,1234567]}", "/x/1", "characters in a number"),
        Arguments.of(
            "a string in an array",
            at + "[\"ok\",\"" + "y".repeat(40) + "\"]}",
            "/x/1",
            "characters in a string"),
        Arguments.of(
            "a property name, at the object that holds it",
            at + "{\"a\":1,\"" + "n".repeat(40) + "\":1}}",
            "/x",
            "characters in a property name"));
  }

  private static final JsonLimits SMALL =
      JsonLimits.builder()
          .maxNestingDepth(5)
          .maxNumberLength(5)
          .maxStringLength(10)
          .maxPropertyNameLength(12)
          .build();

  @ParameterizedTest(name = "{0}")
  @MethodSource("exact")
  void theFacadeNamesTheFirstValueOverTheLimit(
      String name, String input, String pointer, String unit) {
    KamJson json = KamJson.builder().lenient().limits(SMALL).build();
    for (Executable read :
        List.<Executable>of(
            () -> json.read(input),
            () -> json.read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))))) {
      KamJsonException e = assertThrows(KamJsonException.class, read);
      assertExceeded(e, pointer, unit, "(JsonLimits.");
    }
  }

  /** A host's mapper with Jackson's default constraints, looser than these limits. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("exact")
  void theModuleNamesTheFirstValueOverTheLimitOnALooserMapper(
      String name, String input, String pointer, String unit) {
    assertExceeded(onMapper(JsonMapper.builder(), SMALL, input), pointer, unit, "(JsonLimits.");
  }

  /**
   * A host's mapper whose Jackson constraints are stricter than kamkit's limits: the parser stops
   * first, at the same value, and the problem says whose limit it was.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("exact")
  void theModuleNamesTheFirstValueOverAStricterMapperConstraint(
      String name, String input, String pointer, String unit) {
    StreamReadConstraints strict =
        StreamReadConstraints.builder()
            .maxNestingDepth(5)
            .maxNumberLength(5)
            .maxStringLength(10)
            .maxNameLength(12)
            .build();
    JsonMapper.Builder mapper =
        JsonMapper.builder(JsonFactory.builder().streamReadConstraints(strict).build());
    assertExceeded(
        onMapper(mapper, JsonLimits.defaults(), input),
        pointer,
        unit,
        "(the parser's StreamReadConstraints; JsonLimits.");
  }

  /** What reading {@code input} through a lenient module with {@code limits} on a mapper throws. */
  private static KamJsonException onMapper(
      JsonMapper.Builder mapper, JsonLimits limits, String input) {
    JsonMapper built = mapper.addModule(new KamkitModule(ReadMode.LENIENT, limits)).build();
    return assertThrows(KamJsonException.class, () -> built.readValue(input, KamDocument.class));
  }

  @Test
  void tenThousandNestedArraysAreReportedAtTheFirstOneTooDeep() {
    String input = ACCOUNT + ",\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    KamJsonException e = assertThrows(KamJsonException.class, () -> KamJson.defaults().read(input));
    assertEquals(
        "/x"
            + "/0".repeat(63)
            + ": limit exceeded; expected at most 64 levels of nesting"
            + " (JsonLimits.maxNestingDepth), found at least 65 levels of nesting",
        e.getMessage());
    assertEquals(1, e.problems().size());
  }

  @Test
  void aHundredThousandDigitNumberIsReportedAtItself() {
    String input =
        "{\"kamkit\":\"portfolio\",\"version\":\"1.0\",\"accounts\":[{\"account\":{\"id\":\"a\","
            + "\"name\":\"A\",\"kind\":\"HOSPITAL\",\"country\":\"US\",\"sites\":[{\"id\":\"s\","
            + "\"name\":\"S\",\"kind\":\"HOSPITAL\",\"beds\":"
            + "9".repeat(100_000)
            + "}]}}]}";
    JsonMapper plain = JsonMapper.builder().addModule(new KamkitModule()).build();
    for (Executable read :
        List.<Executable>of(
            () -> KamJson.defaults().read(input),
            () -> KamJson.defaults().read(input.getBytes(StandardCharsets.UTF_8)),
            () -> plain.readValue(input, KamDocument.class))) {
      KamJsonException e = assertThrows(KamJsonException.class, read);
      assertExceeded(
          e, "/accounts/0/account/sites/0/beds", "characters in a number", "(JsonLimits.");
      assertEquals("at most 100 characters in a number (JsonLimits.maxNumberLength)", e.expected());
    }
  }

  private static void assertExceeded(
      KamJsonException e, String pointer, String unit, String whose) {
    assertEquals(ProblemKind.LIMIT_EXCEEDED, e.kind(), e.getMessage());
    assertEquals(pointer, e.pointer(), e.getMessage());
    assertEquals(
        true,
        e.expected().endsWith(")") && e.expected().contains(unit + " " + whose),
        e.getMessage());
    assertEquals(
        true, e.found().startsWith("at least ") && e.found().endsWith(unit), e.getMessage());
    assertEquals(1, e.problems().size(), e.getMessage());
  }
}
