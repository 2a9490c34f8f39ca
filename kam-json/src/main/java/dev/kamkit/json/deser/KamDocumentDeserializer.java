package dev.kamkit.json.deser;

import dev.kamkit.json.format.AccountDocument;
import dev.kamkit.json.format.DocumentKind;
import dev.kamkit.json.format.JsonLimits;
import dev.kamkit.json.format.KamDocument;
import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.PortfolioDocument;
import dev.kamkit.json.format.ReadMode;
import dev.kamkit.json.format.ResultsDocument;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import java.io.IOException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.node.MissingNode;

/**
 * The Jackson deserializer of kamkit documents and of the model values they carry. {@link
 * dev.kamkit.json.KamkitModule} registers one per type; hosts rarely need it directly.
 *
 * <p>Reading fails with {@link dev.kamkit.json.format.KamJsonException} only, whose pointers are
 * relative to the value read (the document's root when the document is the whole input). A bare
 * {@link KeyAccount} or {@link Portfolio} has nowhere to keep unknown properties, so they are
 * errors for it even in {@link ReadMode#LENIENT}; read an {@link AccountDocument} or {@link
 * PortfolioDocument} to keep them.
 *
 * @param <T> the type read
 */
public final class KamDocumentDeserializer<T> extends ValueDeserializer<T> {
  private final Class<T> type;
  private final @Nullable DocumentKind kind;
  private final ReadMode mode;
  private final JsonLimits limits;
  private final Function<KamDocument, T> extract;

  private KamDocumentDeserializer(
      Class<T> type,
      @Nullable DocumentKind kind,
      ReadMode mode,
      JsonLimits limits,
      Function<KamDocument, T> extract) {
    this.type = type;
    this.kind = kind;
    this.mode = mode;
    this.limits = limits;
    this.extract = extract;
  }

  /** Reads a document of any kind. */
  public static KamDocumentDeserializer<KamDocument> anyDocument(ReadMode mode, JsonLimits limits) {
    return new KamDocumentDeserializer<>(KamDocument.class, null, mode, limits, d -> d);
  }

  /** Reads an account document. */
  public static KamDocumentDeserializer<AccountDocument> accountDocument(
      ReadMode mode, JsonLimits limits) {
    return new KamDocumentDeserializer<>(
        AccountDocument.class, DocumentKind.ACCOUNT, mode, limits, d -> (AccountDocument) d);
  }

  /** Reads a portfolio document. */
  public static KamDocumentDeserializer<PortfolioDocument> portfolioDocument(
      ReadMode mode, JsonLimits limits) {
    return new KamDocumentDeserializer<>(
        PortfolioDocument.class, DocumentKind.PORTFOLIO, mode, limits, d -> (PortfolioDocument) d);
  }

  /** Reads a results document. */
  public static KamDocumentDeserializer<ResultsDocument> resultsDocument(
      ReadMode mode, JsonLimits limits) {
    return new KamDocumentDeserializer<>(
        ResultsDocument.class, DocumentKind.RESULTS, mode, limits, d -> (ResultsDocument) d);
  }

  /** Reads an account document and returns its key account. */
  public static KamDocumentDeserializer<KeyAccount> keyAccount(ReadMode mode, JsonLimits limits) {
    return new KamDocumentDeserializer<>(
        KeyAccount.class,
        DocumentKind.ACCOUNT,
        mode,
        limits,
        d -> ((AccountDocument) d).keyAccount());
  }

  /** Reads a portfolio document and returns its portfolio. */
  public static KamDocumentDeserializer<Portfolio> portfolio(ReadMode mode, JsonLimits limits) {
    return new KamDocumentDeserializer<>(
        Portfolio.class,
        DocumentKind.PORTFOLIO,
        mode,
        limits,
        d -> ((PortfolioDocument) d).portfolio());
  }

  /**
   * Reads the value at the parser's current (or next) token: a host's parser, which cannot be read
   * again, so the value is read into a tree first (enforcing every limit) and then from the tree.
   */
  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    JsonNode tree = Cursor.readTree(parser, limits);
    return read(Cursor.over(tree, Pointer.root()), () -> tree);
  }

  /**
   * Opens a parser, reads the value it starts with, fails unless the input ends right after it, and
   * closes the parser: for callers that own the whole input. Opening failures (a source over the
   * document-length limit, a failing stream) are reported like any other problem.
   *
   * @param open opens the parser, for example {@code () -> mapper.createParser(text)}; called again
   *     only if a problem the model found needs placing in the document
   */
  public T readWhole(Supplier<JsonParser> open) {
    try (JsonParser parser = open.get()) {
      Cursor in = Cursor.open(parser, limits);
      try {
        T value = read(in, () -> reread(open));
        in.expectEnd();
        return value;
      } catch (JacksonException e) {
        throw in.translate(e);
      }
    } catch (JacksonException e) {
      throw Cursor.translate(e, "", limits);
    }
  }

  /** The problem for input that could not be read at all. */
  public static KamJsonException unreadable(IOException e, JsonLimits limits) {
    return Cursor.translate(JacksonIOException.construct(e), "", limits);
  }

  /** The whole input again as a tree; missing if it cannot be read twice (a stream). */
  private JsonNode reread(Supplier<JsonParser> open) {
    try (JsonParser parser = open.get()) {
      return Cursor.readTree(parser, limits);
    } catch (JacksonException e) {
      return MissingNode.getInstance();
    }
  }

  private T read(Cursor in, Supplier<JsonNode> document) {
    boolean keepUnknown = type != KeyAccount.class && type != Portfolio.class;
    ReadContext cx = new ReadContext(mode, limits, keepUnknown, document);
    return extract.apply(DocumentReader.read(in, cx, kind));
  }

  /** The type this deserializer reads. */
  @Override
  public Class<?> handledType() {
    return type;
  }
}
