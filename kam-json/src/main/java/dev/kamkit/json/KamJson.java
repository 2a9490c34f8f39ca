package dev.kamkit.json;

import static java.util.Objects.requireNonNull;

import dev.kamkit.json.deser.KamDocumentDeserializer;
import dev.kamkit.json.deser.Utf8Input;
import dev.kamkit.json.format.AccountDocument;
import dev.kamkit.json.format.JsonLimits;
import dev.kamkit.json.format.KamDocument;
import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.PortfolioDocument;
import dev.kamkit.json.format.ReadMode;
import dev.kamkit.json.format.ResultsDocument;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes kamkit JSON documents without any Jackson set-up:
 *
 * <pre>{@code
 * KamJson json = KamJson.defaults();
 * AccountDocument doc = json.readAccount(text);        // or read(..) for any kind
 * KeyAccount account = doc.keyAccount();
 * String out = json.write(account);                      // an account document, version 1.4
 * String results = json.write(ResultsDocument.of(asOf, accountResults)); // scores and findings
 * }</pre>
 *
 * <p>Every read failure is a {@link KamJsonException} listing each problem with its JSON Pointer,
 * what was expected and what was found. Output is UTF-8, indented by two spaces with {@code \n}
 * line ends (or compact, see {@link Builder#prettyPrint(boolean)}), and ends with a newline;
 * writing what was read gives the same bytes again. Streams, readers and writers passed in are
 * neither closed nor buffered beyond the call.
 *
 * <p>Bytes are read as UTF-8 as RFC 3629 defines it: an overlong encoding, a surrogate or a code
 * point above U+10FFFF is malformed JSON, at the string that holds it. Every entry point skips one
 * byte order mark at the very start of the input and refuses any other outside a string.
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 */
public final class KamJson {
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private final JsonMapper mapper;
  private final ReadMode mode;
  private final JsonLimits limits;
  private final boolean prettyPrint;
  private final KamDocumentDeserializer<KamDocument> anyDocument;
  private final KamDocumentDeserializer<AccountDocument> accountDocument;
  private final KamDocumentDeserializer<PortfolioDocument> portfolioDocument;
  private final KamDocumentDeserializer<ResultsDocument> resultsDocument;

  private KamJson(Builder b) {
    JacksonRequirement.check();
    mode = b.mode;
    limits = b.limits;
    prettyPrint = b.prettyPrint;
    mapper = mapper(mode, limits, prettyPrint);
    anyDocument = KamDocumentDeserializer.anyDocument(mode, limits);
    accountDocument = KamDocumentDeserializer.accountDocument(mode, limits);
    portfolioDocument = KamDocumentDeserializer.portfolioDocument(mode, limits);
    resultsDocument = KamDocumentDeserializer.resultsDocument(mode, limits);
  }

  /**
   * Strict, default limits, pretty-printed.
   *
   * @throws IllegalStateException if the classpath's jackson-annotations is older than Jackson 3.1
   *     needs (2.21), naming the version found and what to change in the build
   */
  public static KamJson defaults() {
    JacksonRequirement.check();
    return Defaults.INSTANCE;
  }

  /** Built on first use, once the Jackson on the classpath has been checked. */
  private static final class Defaults {
    static final KamJson INSTANCE = builder().build();
  }

  /** A builder starting from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** How this instance reads. */
  public ReadMode mode() {
    return mode;
  }

  /** The limits this instance reads within. */
  public JsonLimits limits() {
    return limits;
  }

  /** True if output is indented. */
  public boolean prettyPrint() {
    return prettyPrint;
  }

  /** Reads a document of any kind. @throws KamJsonException if it cannot be read */
  public KamDocument read(String json) {
    return read(anyDocument, source(json));
  }

  /** Reads a document of any kind from UTF-8 (or UTF-16/32) bytes. */
  public KamDocument read(byte[] json) {
    requireNonNull(json, "json");
    // Well-formed bytes take Jackson's byte-array path; the rest is read again through the
    // checking stream, which places the problem (a second read only for broken input).
    return Utf8Input.isWellFormed(json)
        ? read(anyDocument, m -> m.createParser(json))
        : read(anyDocument, source(json));
  }

  /** Reads a document of any kind from a reader, which is not closed. */
  public KamDocument read(Reader json) {
    return read(anyDocument, source(json));
  }

  /** Reads a document of any kind from a stream of UTF-8 bytes, which is not closed. */
  public KamDocument read(InputStream json) {
    return read(anyDocument, source(json));
  }

  /**
   * Reads an account document.
   *
   * @throws KamJsonException if it cannot be read or is another kind
   */
  public AccountDocument readAccount(String json) {
    return read(accountDocument, source(json));
  }

  /** Reads an account document from a reader, which is not closed. */
  public AccountDocument readAccount(Reader json) {
    return read(accountDocument, source(json));
  }

  /** Reads an account document from a stream of UTF-8 bytes, which is not closed. */
  public AccountDocument readAccount(InputStream json) {
    return read(accountDocument, source(json));
  }

  /**
   * Reads a portfolio document.
   *
   * @throws KamJsonException if it cannot be read or is another kind
   */
  public PortfolioDocument readPortfolio(String json) {
    return read(portfolioDocument, source(json));
  }

  /** Reads a portfolio document from a reader, which is not closed. */
  public PortfolioDocument readPortfolio(Reader json) {
    return read(portfolioDocument, source(json));
  }

  /** Reads a portfolio document from a stream of UTF-8 bytes, which is not closed. */
  public PortfolioDocument readPortfolio(InputStream json) {
    return read(portfolioDocument, source(json));
  }

  /**
   * Reads a results document.
   *
   * @throws KamJsonException if it cannot be read or is another kind
   */
  public ResultsDocument readResults(String json) {
    return read(resultsDocument, source(json));
  }

  /** Reads a results document from a reader, which is not closed. */
  public ResultsDocument readResults(Reader json) {
    return read(resultsDocument, source(json));
  }

  /** Reads a results document from a stream of UTF-8 bytes, which is not closed. */
  public ResultsDocument readResults(InputStream json) {
    return read(resultsDocument, source(json));
  }

  /** Writes a document, unknown properties of a lenient read included. */
  public String write(KamDocument document) {
    StringWriter out = new StringWriter();
    write(document, out);
    return out.toString();
  }

  /** Writes a key account as an account document of the current version. */
  public String write(KeyAccount account) {
    return write(AccountDocument.of(account));
  }

  /** Writes a portfolio as a portfolio document of the current version. */
  public String write(Portfolio portfolio) {
    return write(PortfolioDocument.of(portfolio));
  }

  /**
   * Writes a results document: the same bytes for the same results, every time (property order,
   * decimals and enum spelling are fixed).
   */
  public String write(ResultsDocument results) {
    return write((KamDocument) results);
  }

  /**
   * Writes a document to a writer, which is flushed but not closed.
   *
   * @throws UncheckedIOException if the writer fails
   */
  public void write(KamDocument document, Writer out) {
    requireNonNull(document, "document");
    requireNonNull(out, "out");
    try {
      mapper.writeValue(out, document);
      out.write('\n');
      out.flush();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document to a stream as UTF-8; the stream is flushed but not closed.
   *
   * @throws UncheckedIOException if the stream fails
   */
  public void write(KamDocument document, OutputStream out) {
    requireNonNull(document, "document");
    requireNonNull(out, "out");
    try {
      mapper.writeValue(out, document);
      out.write('\n');
      out.flush();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T read(
      KamDocumentDeserializer<T> deserializer, Function<JsonMapper, JsonParser> open) {
    return deserializer.readWhole(() -> open.apply(mapper));
  }

  /**
   * Opens a parser over the input, as many times as asked: the reader reads again only to place a
   * problem the model found, and a clean read opens one parser.
   */
  @FunctionalInterface
  private interface Source extends Function<JsonMapper, JsonParser> {}

  /** Text without its leading byte order mark, if any: bytes lose theirs in Jackson already. */
  private static Source source(String json) {
    requireNonNull(json, "json");
    String text = json.startsWith(BYTE_ORDER_MARK) ? json.substring(1) : json;
    return m -> m.createParser(text);
  }

  /**
   * Well-formed bytes take Jackson's byte-array path; the rest is read through the checking stream,
   * which places the problem.
   */
  private static Source source(byte[] json) {
    requireNonNull(json, "json");
    return Utf8Input.isWellFormed(json)
        ? m -> m.createParser(json)
        : m -> m.createParser(Utf8Input.of(json));
  }

  /**
   * A reader is read whole first (it is read whole anyway), up to one character past the document
   * limit, so that it can be read again; a longer one is parsed as it comes and fails at the limit.
   */
  private Source source(Reader json) {
    requireNonNull(json, "json");
    int max = (int) Math.min(limits.maxDocumentLength() + 1, Integer.MAX_VALUE - 8);
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n;
          text.length() < max
              && (n = json.read(buffer, 0, Math.min(buffer.length, max - text.length()))) >= 0; ) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw unreadable(e);
    }
    if (text.length() < max) {
      return source(text.toString());
    }
    String read = text.charAt(0) == BYTE_ORDER_MARK.charAt(0) ? text.substring(1) : text.toString();
    Reader rest = new Prefixed(read, json);
    return m -> m.createParser(rest);
  }

  /** Like {@link #source(Reader)} for bytes, which are then checked as UTF-8. */
  private Source source(InputStream json) {
    requireNonNull(json, "json");
    int max = (int) Math.min(limits.maxDocumentLength() + 1, Integer.MAX_VALUE - 8);
    byte[] bytes;
    try {
      bytes = json.readNBytes(max);
    } catch (IOException e) {
      throw unreadable(e);
    }
    if (bytes.length < max) {
      return source(bytes);
    }
    InputStream rest = Utf8Input.of(new SequenceInputStream(new ByteArrayInputStream(bytes), json));
    return m -> m.createParser(rest);
  }

  /** Text already read, then the rest of the reader it came from. */
  private static final class Prefixed extends Reader {
    private final String prefix;
    private final Reader rest;
    private int next;

    Prefixed(String prefix, Reader rest) {
      this.prefix = prefix;
      this.rest = rest;
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
      if (next < prefix.length()) {
        int n = Math.min(len, prefix.length() - next);
        prefix.getChars(next, next + n, buffer, off);
        next += n;
        return n;
      }
      return rest.read(buffer, off, len);
    }

    @Override
    public void close() {
      // the caller's reader stays open
    }
  }

  private KamJsonException unreadable(IOException e) {
    return KamDocumentDeserializer.unreadable(e, limits);
  }

  private static JsonMapper mapper(ReadMode mode, JsonLimits limits, boolean prettyPrint) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentLength())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxPropertyNameLength())
            .maxNumberLength(limits.maxNumberLength())
            .build();
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return JsonMapper.builder(factory)
        .addModule(new KamkitModule(mode, limits))
        .defaultPrettyPrinter(
            new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter))
        .configure(SerializationFeature.INDENT_OUTPUT, prettyPrint)
        .build();
  }

  /** Builds {@link KamJson}. */
  public static final class Builder {
    private ReadMode mode = ReadMode.STRICT;
    private JsonLimits limits = JsonLimits.defaults();
    private boolean prettyPrint = true;

    private Builder() {}

    /** How to treat unknown properties and newer minor versions; default strict. */
    public Builder mode(ReadMode value) {
      mode = requireNonNull(value, "mode");
      return this;
    }

    /** Short for {@code mode(ReadMode.LENIENT)}. */
    public Builder lenient() {
      return mode(ReadMode.LENIENT);
    }

    /** The limits on input; default {@link JsonLimits#defaults()}. */
    public Builder limits(JsonLimits value) {
      limits = requireNonNull(value, "limits");
      return this;
    }

    /** Whether to indent output; default true. Compact output is one line plus a newline. */
    public Builder prettyPrint(boolean value) {
      prettyPrint = value;
      return this;
    }

    /** The instance. */
    public KamJson build() {
      return new KamJson(this);
    }
  }
}
