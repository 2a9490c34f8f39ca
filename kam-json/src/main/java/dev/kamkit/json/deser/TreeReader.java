package dev.kamkit.json.deser;

import dev.kamkit.json.format.JsonLimits;
import dev.kamkit.json.format.JsonProblem;
import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.json.format.UnknownProperties;
import java.io.CharConversionException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one JSON value from a parser into a tree, enforcing the {@link JsonLimits} and rejecting
 * duplicate property names (a second value would silently replace the first). Every failure is a
 * {@link KamJsonException} with the pointer the parser had reached.
 */
final class TreeReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Jackson's pointer to the (redacted) source: noise in a message about the document. */
  private static final Pattern SOURCE =
      Pattern.compile("\\s*\\((start marker )?at \\[Source: [^\\]]*\\]\\)");

  /** How Jackson quotes a U+FEFF it refuses: an invisible character in a message. */
  private static final Pattern BYTE_ORDER_MARK =
      Pattern.compile("(character )?\\('\uFEFF' \\(code 65279 / 0xfeff\\)\\)|\uFEFF");

  /** What a refused U+FEFF is called in messages. */
  static final String BYTE_ORDER_MARK_NAME = "byte order mark (U+FEFF)";

  private final JsonParser parser;
  private final JsonLimits limits;

  /** Checks the bytes read when they come through {@link Utf8Input}; null otherwise. */
  private final @Nullable Utf8Scanner utf8;

  /**
   * False when the parser's own constraints already stop a longer document: asking the parser for
   * its location after every token costs an allocation each.
   */
  private final boolean checkLength;

  /** Where the reader is, for failures only: raw names, or indices where the name is null. */
  private @Nullable String[] names = new String[16];

  private int[] indices = new int[16];

  private final long maxStringLength;
  private final long maxNameLength;
  private final long maxNumberLength;
  private final long maxDepth;
  private int segments;
  private long elements;

  private TreeReader(JsonParser parser, JsonLimits limits) {
    this.parser = parser;
    this.limits = limits;
    this.utf8 = parser.streamReadInputSource() instanceof Utf8Input input ? input.scanner() : null;
    long parserMax = parser.streamReadConstraints().getMaxDocumentLength();
    this.checkLength = parserMax <= 0 || parserMax > limits.maxDocumentLength();
    this.maxStringLength = Limit.STRING_LENGTH.max(limits);
    this.maxNameLength = Limit.NAME_LENGTH.max(limits);
    this.maxNumberLength = Limit.NUMBER_LENGTH.max(limits);
    this.maxDepth = Limit.NESTING_DEPTH.max(limits);
  }

  /** Reads the value at the parser's current token, or at the next one if there is none yet. */
  static JsonNode read(JsonParser parser, JsonLimits limits) {
    TreeReader reader = new TreeReader(parser, limits);
    try {
      JsonToken first = parser.currentToken() != null ? parser.currentToken() : reader.next();
      if (first == null) {
        throw reader.fail(ProblemKind.MALFORMED_JSON, "a JSON object", "no content", null);
      }
      return reader.value(first, 0);
    } catch (JacksonException e) {
      throw reader.translate(e);
    }
  }

  /** Fails if anything but whitespace follows the document. */
  static void expectEnd(JsonParser parser, JsonLimits limits) {
    TreeReader reader = new TreeReader(parser, limits);
    try {
      JsonToken extra = parser.nextToken();
      if (extra != null) {
        throw reader.fail(
            ProblemKind.MALFORMED_JSON,
            "the end of the input after the document",
            "more content, starting with " + Describe.quote(parser.getString()),
            null);
      }
    } catch (JacksonException e) {
      throw reader.translate(e);
    }
  }

  private JsonNode value(JsonToken token, int depth) {
    count();
    switch (token) {
      case START_OBJECT:
        return object(depth + 1);
      case START_ARRAY:
        return array(depth + 1);
      case VALUE_STRING:
        String text = parser.getString();
        check(Limit.STRING_LENGTH, text.length(), maxStringLength);
        checkUtf8();
        return NODES.stringNode(text);
      case VALUE_NUMBER_INT:
        check(Limit.NUMBER_LENGTH, parser.getString().length(), maxNumberLength);
        return BigIntegerNode.valueOf(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        check(Limit.NUMBER_LENGTH, parser.getString().length(), maxNumberLength);
        return decimal();
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw fail(ProblemKind.MALFORMED_JSON, "a JSON value", "the token " + token, null);
    }
  }

  /** Exact, trailing zeros kept; an exponent beyond BigDecimal's range is refused (fuzzing). */
  private JsonNode decimal() {
    try {
      return DecimalNode.valueOf(parser.getDecimalValue());
    } catch (NumberFormatException | ArithmeticException e) {
      throw fail(
          ProblemKind.INVALID_VALUE,
          "a number whose exponent fits in nine digits",
          "the number " + Describe.quote(parser.getString()),
          e);
    }
  }

  private ObjectNode object(int depth) {
    check(Limit.NESTING_DEPTH, depth, maxDepth);
    ObjectNode object = NODES.objectNode();
    for (JsonToken t = nextName(); t != JsonToken.END_OBJECT; t = nextName()) {
      String name = parser.currentName();
      check(Limit.NAME_LENGTH, name.length(), maxNameLength);
      checkUtf8(); // at the object, as when Jackson refuses the name itself
      enter(name, 0);
      if (object.has(name)) {
        throw fail(
            ProblemKind.MALFORMED_JSON,
            "each property name at most once in an object",
            "a second " + Describe.quote(name),
            null);
      }
      object.set(name, value(next(), depth));
      segments--;
    }
    return object;
  }

  private ArrayNode array(int depth) {
    check(Limit.NESTING_DEPTH, depth, maxDepth);
    ArrayNode array = NODES.arrayNode();
    int index = 0;
    for (JsonToken t = nextElement(index); t != JsonToken.END_ARRAY; t = nextElement(index)) {
      enter(null, index++);
      array.add(value(t, depth));
      segments--;
    }
    return array;
  }

  private void enter(@Nullable String name, int index) {
    if (segments == names.length) {
      names = Arrays.copyOf(names, segments * 2);
      indices = Arrays.copyOf(indices, segments * 2);
    }
    names[segments] = name;
    indices[segments] = index;
    segments++;
  }

  /**
   * The next token in an array. A limit the parser enforces on the element it reads (nesting,
   * number length) is the element's, not the array's: its pointer is entered before the failure
   * goes on.
   */
  private JsonToken nextElement(int index) {
    try {
      return next();
    } catch (StreamConstraintsException e) {
      if (ofElement(e)) {
        enter(null, index);
      }
      throw e;
    }
  }

  /**
   * The next property name in an object. Jackson reads a number that follows a name together with
   * the name, so a number too long fails before the name is handed over; the parser knows the name
   * by then, and the limit is that property's.
   */
  private JsonToken nextName() {
    try {
      return next();
    } catch (StreamConstraintsException e) {
      String name = parser.currentName();
      if (name != null && Limit.of(e).map(x -> x.limit() == Limit.NUMBER_LENGTH).orElse(false)) {
        enter(name, 0);
      }
      throw e;
    }
  }

  /** True for a limit on the value being read rather than on the input read so far. */
  private static boolean ofElement(StreamConstraintsException e) {
    Optional<Limit.Exceeded> exceeded = Limit.of(e);
    return exceeded.isPresent()
        && exceeded.get().limit() != Limit.DOCUMENT_LENGTH
        && exceeded.get().limit() != Limit.NAME_LENGTH;
  }

  /**
   * Fails if the bytes read so far, up to the parser's position, hold a sequence that is not UTF-8:
   * called after each string and name, the only places such bytes can be without Jackson refusing
   * them, so the failure is at the value that holds them.
   */
  private void checkUtf8() {
    // the location is an allocation: asked for only once the scanner has seen bad bytes
    if (utf8 != null
        && utf8.hasError()
        && utf8.errorOffset() < parser.currentLocation().getByteOffset()) {
      throw fail(ProblemKind.MALFORMED_JSON, Utf8Scanner.EXPECTED, utf8.error(), null);
    }
  }

  private JsonToken next() {
    JsonToken token = parser.nextToken();
    if (checkLength) {
      long offset = offset(parser.currentLocation());
      if (offset > limits.maxDocumentLength()) {
        throw exceeded(Limit.DOCUMENT_LENGTH, offset, limits.maxDocumentLength());
      }
    }
    return token;
  }

  private void count() {
    if (++elements > limits.maxElements()) {
      throw exceeded(Limit.ELEMENTS, elements, limits.maxElements());
    }
  }

  /** {@code max} is {@code limit}'s, looked up once per read: this runs for every value. */
  private void check(Limit limit, long actual, long max) {
    if (actual > max) {
      throw exceeded(limit, actual, max);
    }
  }

  private KamJsonException exceeded(Limit limit, long actual, long max) {
    return fail(ProblemKind.LIMIT_EXCEEDED, limit.expected(max), limit.found(actual), null);
  }

  private KamJsonException translate(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    if (utf8 != null && at != null && utf8.errorOffset() < at.getByteOffset()) {
      // Jackson refused some invalid UTF-8 itself (in a name, a surrogate): the same words
      return fail(ProblemKind.MALFORMED_JSON, pointer(), Utf8Scanner.EXPECTED, utf8.error(), e);
    }
    return translate(e, pointer(), limits);
  }

  /**
   * Turns a Jackson failure at {@code pointer} into the problem it stands for: a limit, a failing
   * source, or malformed JSON. A limit the parser enforces more strictly than {@code limits} (a
   * host's own mapper) says so, rather than naming a {@link JsonLimits} value that was not
   * exceeded.
   */
  static KamJsonException translate(JacksonException e, String pointer, JsonLimits limits) {
    if (e instanceof KamJsonException reported) {
      return reported; // already ours: a problem this reader found, not one of Jackson's
    }
    if (e instanceof StreamConstraintsException constraint) {
      Optional<Limit.Exceeded> exceeded = Limit.of(constraint);
      if (exceeded.isEmpty()) {
        return fail(
            ProblemKind.LIMIT_EXCEEDED,
            pointer,
            "input within the reader's limits",
            jacksonMessage(e),
            e);
      }
      Limit limit = exceeded.get().limit();
      long max = exceeded.get().max();
      long ours = limit.max(limits);
      // a looser parser limit exceeded means kamkit's was exceeded too
      return fail(
          ProblemKind.LIMIT_EXCEEDED,
          pointer,
          max < ours ? limit.expectedByParser(max, limits) : limit.expected(ours),
          limit.found(exceeded.get().actual()),
          e);
    }
    if (e instanceof JacksonIOException && !(e.getCause() instanceof CharConversionException)) {
      return fail(
          ProblemKind.IO_FAILURE, pointer, "readable input", String.valueOf(e.getCause()), e);
    }
    return fail(
        ProblemKind.MALFORMED_JSON, pointer, "well-formed JSON (RFC 8259)", jacksonMessage(e), e);
  }

  private KamJsonException fail(
      ProblemKind kind, String expected, String found, @Nullable Throwable cause) {
    return fail(kind, pointer(), expected, found, cause);
  }

  private static KamJsonException fail(
      ProblemKind kind, String pointer, String expected, String found, @Nullable Throwable cause) {
    return new KamJsonException(new JsonProblem(kind, pointer, expected, found), cause);
  }

  private String pointer() {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < segments; i++) {
      String name = names[i];
      pointer
          .append('/')
          .append(name == null ? String.valueOf(indices[i]) : UnknownProperties.escape(name));
    }
    return pointer.toString();
  }

  /** Jackson's own words without its source excerpt, plus the line and column. */
  private static String jacksonMessage(JacksonException e) {
    String message = SOURCE.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("").strip();
    message = BYTE_ORDER_MARK.matcher(message).replaceAll(BYTE_ORDER_MARK_NAME);
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    if (message.length() > 200) {
      message = message.substring(0, 200) + "...";
    }
    TokenStreamLocation at = e.getLocation();
    return at == null || at.getLineNr() < 0
        ? message
        : message + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  private static long offset(TokenStreamLocation location) {
    return Math.max(location.getCharOffset(), location.getByteOffset());
  }
}
