package dev.kamkit.json.ser;

import dev.kamkit.json.format.AccountDocument;
import dev.kamkit.json.format.AccountResults;
import dev.kamkit.json.format.KamDocument;
import dev.kamkit.json.format.PortfolioDocument;
import dev.kamkit.json.format.ResultsDocument;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.rules.evaluation.AccountEvaluation;
import dev.kamkit.rules.evaluation.PortfolioEvaluation;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * The Jackson serializer of kamkit documents and of the model values they carry: a {@link
 * KeyAccount} is written as an account document, a {@link Portfolio} as a portfolio document, both
 * of the current format version. {@link dev.kamkit.json.KamkitModule} registers one per type; hosts
 * rarely need it directly.
 *
 * <p>Properties are written in the format's documented order whatever the mapper's ordering
 * settings; indentation follows the mapper's pretty printer.
 *
 * @param <T> the type written
 */
public final class KamDocumentSerializer<T> extends ValueSerializer<T> {
  private final Class<T> type;
  private final Function<T, KamDocument> toDocument;

  private KamDocumentSerializer(Class<T> type, Function<T, KamDocument> toDocument) {
    this.type = type;
    this.toDocument = toDocument;
  }

  /** Writes account documents. */
  public static KamDocumentSerializer<AccountDocument> accountDocument() {
    return new KamDocumentSerializer<>(AccountDocument.class, d -> d);
  }

  /** Writes portfolio documents. */
  public static KamDocumentSerializer<PortfolioDocument> portfolioDocument() {
    return new KamDocumentSerializer<>(PortfolioDocument.class, d -> d);
  }

  /** Writes results documents. */
  public static KamDocumentSerializer<ResultsDocument> resultsDocument() {
    return new KamDocumentSerializer<>(ResultsDocument.class, d -> d);
  }

  /** Writes a key account as an account document. */
  public static KamDocumentSerializer<KeyAccount> keyAccount() {
    return new KamDocumentSerializer<>(KeyAccount.class, AccountDocument::of);
  }

  /** Writes a portfolio as a portfolio document. */
  public static KamDocumentSerializer<Portfolio> portfolio() {
    return new KamDocumentSerializer<>(Portfolio.class, PortfolioDocument::of);
  }

  /** Writes an account's evaluation as a results document of that one account. */
  public static KamDocumentSerializer<AccountEvaluation> accountEvaluation() {
    return new KamDocumentSerializer<>(
        AccountEvaluation.class, e -> ResultsDocument.of(e.asOf(), AccountResults.of(e)));
  }

  /** Writes a portfolio's evaluation as a results document. */
  public static KamDocumentSerializer<PortfolioEvaluation> portfolioEvaluation() {
    return new KamDocumentSerializer<>(PortfolioEvaluation.class, ResultsDocument::of);
  }

  /** Writes {@code value} as a kamkit document. */
  @Override
  public void serialize(T value, JsonGenerator generator, SerializationContext context) {
    DocumentWriter.write(generator, toDocument.apply(value));
  }

  /** The type this serializer writes. */
  @Override
  public Class<?> handledType() {
    return type;
  }
}
