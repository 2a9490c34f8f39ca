package dev.kamkit.json;

import static java.util.Objects.requireNonNull;

import dev.kamkit.json.deser.IdKeyDeserializer;
import dev.kamkit.json.deser.KamDocumentDeserializer;
import dev.kamkit.json.deser.PartDeserializer;
import dev.kamkit.json.format.AccountDocument;
import dev.kamkit.json.format.JsonLimits;
import dev.kamkit.json.format.KamDocument;
import dev.kamkit.json.format.PortfolioDocument;
import dev.kamkit.json.format.ReadMode;
import dev.kamkit.json.format.ResultsDocument;
import dev.kamkit.json.ser.IdKeySerializer;
import dev.kamkit.json.ser.KamDocumentSerializer;
import dev.kamkit.json.ser.PartSerializer;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.id.KamId;
import dev.kamkit.rules.evaluation.AccountEvaluation;
import dev.kamkit.rules.evaluation.PortfolioEvaluation;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module for kamkit's JSON format. Register it on your own mapper:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new KamkitModule()).build();
 * AccountDocument doc = mapper.readValue(json, AccountDocument.class);
 * String out = mapper.writeValueAsString(doc.keyAccount());
 * }</pre>
 *
 * <p>It reads and writes {@link KamDocument}, {@link AccountDocument}, {@link PortfolioDocument},
 * {@link ResultsDocument}, {@link KeyAccount} (as an account document) and {@link Portfolio} (as a
 * portfolio document). It writes an {@link AccountEvaluation} as a results document of its one
 * account and a {@link PortfolioEvaluation} as a results document. It reads and writes every result
 * in the form it has on its own, which names its account and day: a result a results document holds
 * (a {@code CoverageResult}, a {@code MaturityResult}, a {@code ComplianceReport}, a {@code
 * Finding}, ...) as its account and day, then the properties it has there; the others ({@code
 * AggregateSpend}, {@code SamReadiness}, {@code PortfolioMaturity}, the account review's {@code
 * AccountReview} and {@code PortfolioReview}, ...) in forms of their own. A {@code CoverageResult},
 * {@code CompletenessResult} or {@code HealthResult} also names its policy's version and reads back
 * only with the default policy (one of another policy reads back as its view, {@code CoverageView},
 * ...). Scores, reasons, criteria and the other parts of results are read and written as a results
 * document holds them, and {@code Money}, {@code AttributeValue} and every id (also as map keys) as
 * documents carry them. So a host's controller can return or take any of them, or a type of its own
 * that holds them. It is also found by {@code JsonMapper.builder().findAndAddModules()} through
 * {@code META-INF/services/tools.jackson.databind.JacksonModule}, with the default settings.
 *
 * <p>Properties are always written in the format's documented order, whatever the mapper's ordering
 * settings. Reading checks the {@link JsonLimits} itself, so they hold on any mapper; for the
 * document-length and string-length limits to stop hostile input before it is buffered, also set
 * the mapper's {@code StreamReadConstraints} (as {@link KamJson} does). Errors are {@link
 * dev.kamkit.json.format.KamJsonException}s, Jackson read exceptions: when a kamkit value is nested
 * inside your own types, Jackson passes them on with your path added to the message.
 *
 * <p>Your mapper decodes the input before kamkit sees it, so byte order marks and bytes that are
 * not UTF-8 are handled as Jackson handles them; {@link KamJson} checks bytes strictly and skips
 * one leading byte order mark from any input.
 *
 * <p>Modules are told apart by their settings: a module registered later with other settings takes
 * precedence over one found by {@code findAndAddModules()}.
 */
public final class KamkitModule extends JacksonModule {
  private final ReadMode mode;
  private final JsonLimits limits;

  /** A strict module with the default limits. */
  public KamkitModule() {
    this(ReadMode.STRICT, JsonLimits.defaults());
  }

  /**
   * A module with the given settings.
   *
   * @param mode how to treat unknown properties and newer minor versions
   * @param limits the limits on input
   * @throws IllegalStateException if the classpath's jackson-annotations is older than Jackson 3.1
   *     needs (2.21), naming the version found and what to change in the build
   */
  public KamkitModule(ReadMode mode, JsonLimits limits) {
    JacksonRequirement.check();
    this.mode = requireNonNull(mode, "mode");
    this.limits = requireNonNull(limits, "limits");
  }

  /** How this module reads. */
  public ReadMode mode() {
    return mode;
  }

  /** The limits this module reads within. */
  public JsonLimits limits() {
    return limits;
  }

  /** {@code "kamkit"}. */
  @Override
  public String getModuleName() {
    return "kamkit";
  }

  /** kam-json's own version, {@link PackageVersion#VERSION}. */
  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  /** The module's name and settings, so that differently set modules may both register. */
  @Override
  public Object getRegistrationId() {
    return getModuleName() + ":" + mode + ":" + limits;
  }

  /** Registers the serializers and deserializers. */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(AccountDocument.class, KamDocumentSerializer.accountDocument());
    serializers.addSerializer(PortfolioDocument.class, KamDocumentSerializer.portfolioDocument());
    serializers.addSerializer(ResultsDocument.class, KamDocumentSerializer.resultsDocument());
    serializers.addSerializer(KeyAccount.class, KamDocumentSerializer.keyAccount());
    serializers.addSerializer(Portfolio.class, KamDocumentSerializer.portfolio());
    serializers.addSerializer(AccountEvaluation.class, KamDocumentSerializer.accountEvaluation());
    serializers.addSerializer(
        PortfolioEvaluation.class, KamDocumentSerializer.portfolioEvaluation());
    PartSerializer.all().forEach(part -> part.addTo(serializers));
    context.addSerializers(serializers);
    SimpleSerializers keys = new SimpleSerializers();
    keys.addSerializer(KamId.class, new IdKeySerializer());
    context.addKeySerializers(keys);

    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(
        KamDocument.class, KamDocumentDeserializer.anyDocument(mode, limits));
    deserializers.addDeserializer(
        AccountDocument.class, KamDocumentDeserializer.accountDocument(mode, limits));
    deserializers.addDeserializer(
        PortfolioDocument.class, KamDocumentDeserializer.portfolioDocument(mode, limits));
    deserializers.addDeserializer(
        ResultsDocument.class, KamDocumentDeserializer.resultsDocument(mode, limits));
    deserializers.addDeserializer(
        KeyAccount.class, KamDocumentDeserializer.keyAccount(mode, limits));
    deserializers.addDeserializer(Portfolio.class, KamDocumentDeserializer.portfolio(mode, limits));
    PartDeserializer.all(limits).forEach(part -> part.addTo(deserializers));
    context.addDeserializers(deserializers);
    context.addKeyDeserializers(IdKeyDeserializer.all());
  }
}
