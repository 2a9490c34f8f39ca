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
import tools.jackson.core.ObjectReadContext;
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
 * The parser as the readers see it: one JSON value at a time, straight from the tokens into the
 * model builders, with no tree in between. It enforces every {@link JsonLimits} value on each token
 * (so that the limits hold on a host's own mapper too), knows the RFC 6901 pointer of the value it
 * is at, and turns every parser failure into a {@link KamJsonException} at that pointer.
 *
 * <p>A reader is handed the cursor at a value's first token. It either reads the whole value,
 * leaving the cursor at its last token, or leaves a container it did not enter to the enclosing
 * {@link #nextProperty}/{@link #nextElement}, which skips it (a problem has then been recorded). A
 * cursor {@link #over} a tree reads a value kamkit has read and checked already.
 */
final class Cursor {
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

  /** False over a tree: its values were counted and checked when it was read. */
  private final boolean checked;

  /** Where the value this cursor starts at is in the document. */
  private final Pointer base;

  /** The tree this cursor reads, handed out whole when asked for at the start. */
  private final @Nullable JsonNode root;

  /** Checks the bytes read when they come through {@link Utf8Input}; null otherwise. */
  private final @Nullable Utf8Scanner utf8;

  /**
   * False when the parser's own constraints already stop a longer document: asking the parser for
   * its location after every token costs an allocation each.
   */
  private final boolean checkLength;

  private final long maxStringLength;
  private final long maxNameLength;
  private final long maxNumberLength;
  private final long maxDepth;

  /** The path below {@link #base}: raw names, or indices where the name is null. */
  private @Nullable String[] names = new String[16];

  private int[] indices = new int[16];
  private int segments;

  /** Containers open: at a container's first token, its own level. */
  private int depth;

  private long elements;
  private @Nullable JsonToken token;
  private boolean atStart = true;

  private Cursor(
      JsonParser parser,
      JsonLimits limits,
      boolean checked,
      Pointer base,
      @Nullable JsonNode root) {
    this.parser = parser;
    this.limits = limits;
    this.checked = checked;
    this.base = base;
    this.root = root;
    this.utf8 = parser.streamReadInputSource() instanceof Utf8Input input ? input.scanner() : null;
    long parserMax = parser.streamReadConstraints().getMaxDocumentLength();
    this.checkLength = checked && (parserMax <= 0 || parserMax > limits.maxDocumentLength());
    this.maxStringLength = Limit.STRING_LENGTH.max(limits);
    this.maxNameLength = Limit.NAME_LENGTH.max(limits);
    this.maxNumberLength = Limit.NUMBER_LENGTH.max(limits);
    this.maxDepth = Limit.NESTING_DEPTH.max(limits);
  }

  /**
   * A cursor at the parser's current token, or at its next one if there is none yet.
   *
   * @throws KamJsonException if there is no value, or the first token breaks a limit
   */
  static Cursor open(JsonParser parser, JsonLimits limits) {
    Cursor c = new Cursor(parser, limits, true, Pointer.root(), null);
    try {
      JsonToken first = parser.currentToken() != null ? parser.currentToken() : c.next();
      if (first == null) {
        throw c.fail(ProblemKind.MALFORMED_JSON, "a JSON object", "no content", null);
      }
      c.value(first);
      return c;
    } catch (JacksonException e) {
      throw c.translate(e);
    }
  }

  /** A cursor at the start of {@code node}, a value read already, found at {@code at}. */
  static Cursor over(JsonNode node, Pointer at) {
    JsonParser parser = node.traverse(ObjectReadContext.empty());
    Cursor c = new Cursor(parser, JsonLimits.defaults(), false, at, node);
    c.value(parser.nextToken());
    return c;
  }

  /** Reads a whole value into a tree, enforcing the limits and refusing duplicate names. */
  static JsonNode readTree(JsonParser parser, JsonLimits limits) {
    Cursor c = open(parser, limits);
    try {
      return c.tree();
    } catch (JacksonException e) {
      throw c.translate(e);
    }
  }

  /** Fails if anything but whitespace follows the value this cursor read. */
  void expectEnd() {
    JsonToken extra = parser.nextToken();
    if (extra != null) {
      throw fail(
          ProblemKind.MALFORMED_JSON,
          "the end of the input after the document",
          "more content, starting with " + Describe.quote(parser.getString()),
          null);
    }
  }

  /** The token the cursor is at. */
  JsonToken token() {
    return requireToken();
  }

  boolean isString() {
    return token == JsonToken.VALUE_STRING;
  }

  /** The text of a string value, or a number's digits as written. */
  String string() {
    return parser.getString();
  }

  /**
   * True if the cursor is at a string equal to {@code text}, compared in the parser's buffer: an
   * enum value or a code is matched without making a String of it.
   */
  boolean stringIs(String text) {
    if (token != JsonToken.VALUE_STRING) {
      return false;
    }
    int length = parser.getStringLength();
    if (length != text.length()) {
      return false;
    }
    char[] chars = parser.getStringCharacters();
    int offset = parser.getStringOffset();
    for (int i = 0; i < length; i++) {
      if (chars[offset + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The parser, at the current value, for its number accessors. */
  JsonParser parser() {
    return parser;
  }

  /** The name of the property whose value the cursor is at. */
  String name() {
    String name = segments > 0 ? names[segments - 1] : null;
    if (name == null) {
      throw new IllegalStateException("not at a property's value");
    }
    return name;
  }

  /** The container level of the object or array the cursor is at the start of. */
  int depth() {
    return depth;
  }

  /** Where the cursor is, as a pointer into the document. */
  Pointer pointer() {
    if (segments == 0) {
      return base;
    }
    StringBuilder pointer = new StringBuilder(base.toString());
    for (int i = 0; i < segments; i++) {
      String name = names[i];
      pointer
          .append('/')
          .append(name == null ? String.valueOf(indices[i]) : UnknownProperties.escape(name));
    }
    return Pointer.rendered(pointer.toString());
  }

  /**
   * Moves to the value of the next property of the object at level {@code level} (its {@link
   * #depth()} at its start), skipping what the previous value's reader left. False at the object's
   * end.
   */
  boolean nextProperty(int level) {
    atStart = false;
    leave(level);
    segments = level - 1;
    JsonToken t = nextName();
    if (t == JsonToken.END_OBJECT) {
      token = t;
      depth--;
      return false;
    }
    if (t != JsonToken.PROPERTY_NAME) {
      throw fail(ProblemKind.MALFORMED_JSON, "a property name", "the token " + t, null);
    }
    String name = parser.currentName();
    if (checked) {
      check(Limit.NAME_LENGTH, name.length(), maxNameLength);
      checkUtf8(); // at the object, as when Jackson refuses the name itself
    }
    enter(name, 0);
    value(nonNull(next()));
    return true;
  }

  /** Like {@link #nextProperty} for the elements of an array. False at the array's end. */
  boolean nextElement(int level) {
    atStart = false;
    leave(level);
    int index = segments >= level ? indices[level - 1] + 1 : 0;
    segments = level - 1;
    JsonToken t = nextElementToken(index);
    if (t == JsonToken.END_ARRAY) {
      token = t;
      depth--;
      return false;
    }
    enter(null, index);
    value(t);
    return true;
  }

  /** Skips the value the cursor is at, checking it as it goes. */
  void skip() {
    JsonToken t = requireToken();
    int level = depth;
    if (t == JsonToken.START_OBJECT) {
      while (nextProperty(level)) {
        skip();
      }
    } else if (t == JsonToken.START_ARRAY) {
      while (nextElement(level)) {
        skip();
      }
    }
  }

  /**
   * The value the cursor is at as a tree, for what is kept as JSON (unknown properties in lenient
   * mode) or read later (a part whose context comes after it). Duplicate names are refused.
   */
  JsonNode tree() {
    JsonToken t = requireToken();
    if (root != null && atStart) {
      atStart = false;
      return root; // the very tree this cursor walks: nothing to build
    }
    atStart = false;
    switch (t) {
      case START_OBJECT:
        return rest(NODES.objectNode(), depth, false);
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        int level = depth;
        while (nextElement(level)) {
          array.add(tree());
        }
        return array;
      case VALUE_STRING:
        return NODES.stringNode(parser.getString());
      case VALUE_NUMBER_INT:
        return BigIntegerNode.valueOf(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        return decimal();
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      default:
        return NODES.nullNode();
    }
  }

  /**
   * Adds the rest of the object at level {@code level} to {@code object}: the property the cursor
   * is at first when {@code atProperty}, then each one after it.
   */
  ObjectNode rest(ObjectNode object, int level, boolean atProperty) {
    if (atProperty) {
      put(object);
    }
    while (nextProperty(level)) {
      put(object);
    }
    return object;
  }

  private void put(ObjectNode object) {
    String name = name();
    if (object.has(name)) {
      throw duplicate(name);
    }
    object.set(name, tree());
  }

  /** The failure for a property given twice in one object: a second value would replace one. */
  KamJsonException duplicate(String name) {
    return fail(
        ProblemKind.MALFORMED_JSON,
        "each property name at most once in an object",
        "a second " + Describe.quote(name),
        null);
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

  private JsonToken requireToken() {
    JsonToken t = token;
    if (t == null) {
      throw new IllegalStateException("the cursor is at no token");
    }
    return t;
  }

  /** Skips a container the reader of the current value did not enter. */
  private void leave(int level) {
    if (depth > level) {
      JsonToken t = requireToken();
      if (depth != level + 1
          || (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY)
          || segments != level) {
        throw new IllegalStateException("a reader left a value half read at " + pointer());
      }
      skip();
    }
  }

  /** Takes the token the cursor moved to as the current value, counted and checked. */
  private void value(JsonToken t) {
    token = t;
    if (checked && ++elements > limits.maxElements()) {
      throw exceeded(Limit.ELEMENTS, elements, limits.maxElements());
    }
    switch (t) {
      case START_OBJECT:
      case START_ARRAY:
        if (checked) {
          check(Limit.NESTING_DEPTH, depth + 1, maxDepth);
        }
        depth++;
        break;
      case VALUE_STRING:
        if (checked) {
          check(Limit.STRING_LENGTH, parser.getStringLength(), maxStringLength);
          checkUtf8();
        }
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        if (checked) {
          check(Limit.NUMBER_LENGTH, parser.getStringLength(), maxNumberLength);
        }
        break;
      case VALUE_TRUE:
      case VALUE_FALSE:
      case VALUE_NULL:
        break;
      default:
        throw fail(ProblemKind.MALFORMED_JSON, "a JSON value", "the token " + t, null);
    }
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
  private JsonToken nextElementToken(int index) {
    try {
      return nonNull(next());
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
      return nonNull(next());
    } catch (StreamConstraintsException e) {
      String name = parser.currentName();
      if (name != null && Limit.of(e).map(x -> x.limit() == Limit.NUMBER_LENGTH).orElse(false)) {
        enter(name, 0);
      }
      throw e;
    }
  }

  private JsonToken nonNull(@Nullable JsonToken t) {
    if (t == null) {
      throw fail(ProblemKind.MALFORMED_JSON, "the rest of the document", "the end of input", null);
    }
    return t;
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

  private @Nullable JsonToken next() {
    JsonToken t = parser.nextToken();
    if (checkLength) {
      long offset = offset(parser.currentLocation());
      if (offset > limits.maxDocumentLength()) {
        throw exceeded(Limit.DOCUMENT_LENGTH, offset, limits.maxDocumentLength());
      }
    }
    return t;
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

  /** A failure of the parser, at the pointer the cursor had reached. */
  KamJsonException translate(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    if (utf8 != null && at != null && utf8.errorOffset() < at.getByteOffset()) {
      // Jackson refused some invalid UTF-8 itself (in a name, a surrogate): the same words
      return fail(
          ProblemKind.MALFORMED_JSON, pointer().toString(), Utf8Scanner.EXPECTED, utf8.error(), e);
    }
    return translate(e, pointer().toString(), limits);
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

  /** A failure at the cursor's pointer. */
  KamJsonException fail(
      ProblemKind kind, String expected, String found, @Nullable Throwable cause) {
    return fail(kind, pointer().toString(), expected, found, cause);
  }

  private static KamJsonException fail(
      ProblemKind kind, String pointer, String expected, String found, @Nullable Throwable cause) {
    return new KamJsonException(new JsonProblem(kind, pointer, expected, found), cause);
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
