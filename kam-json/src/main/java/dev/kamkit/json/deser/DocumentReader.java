package dev.kamkit.json.deser;

import dev.kamkit.json.format.AccountDocument;
import dev.kamkit.json.format.DocumentKind;
import dev.kamkit.json.format.FormatVersion;
import dev.kamkit.json.format.JsonProblem;
import dev.kamkit.json.format.KamDocument;
import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.PortfolioDocument;
import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.json.format.ReadMode;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.team.TeamMember;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a document from its tree: the envelope ({@code kamkit}, {@code version}) first, which must
 * be right before anything else is read, then the body of its kind.
 */
final class DocumentReader {
  private static final List<String> ENVELOPE = List.of("kamkit", "version");
  private static final List<String> ACCOUNT_DOCUMENT = concat(ENVELOPE, KeyAccountReader.BODY);
  private static final List<String> PORTFOLIO_DOCUMENT =
      concat(ENVELOPE, List.of("products", "team", "accounts"));
  private static final List<String> RESULTS_DOCUMENT = concat(ENVELOPE, ResultsReader.BODY);
  private static final String KINDS =
      Arrays.stream(DocumentKind.values())
          .map(k -> "\"" + k.wireName() + "\"")
          .collect(Collectors.joining(", "));

  private DocumentReader() {}

  /**
   * Reads the document in {@code root}.
   *
   * @param expected the kind the caller asked for, or null for any
   * @throws KamJsonException with every problem found
   */
  // account(..) and portfolio(..) return null only after recording a problem, and
  // throwIfProblems() then throws, which NullAway cannot see
  @SuppressWarnings("NullAway")
  static KamDocument read(JsonNode root, ReadContext cx, @Nullable DocumentKind expected) {
    if (!root.isObject()) {
      throw fail(
          ProblemKind.WRONG_TYPE, "", "a kamkit document (a JSON object)", Describe.found(root));
    }
    DocumentKind kind = kind(root, expected);
    FormatVersion version = version(root, kind, cx.mode());
    KamDocument document;
    if (kind == DocumentKind.ACCOUNT) {
      document = account(root, cx, version);
    } else if (kind == DocumentKind.PORTFOLIO) {
      document = portfolio(root, cx, version);
    } else {
      In in = In.object(cx, root, Pointer.root(), "a kamkit document", RESULTS_DOCUMENT);
      document = in == null ? null : ResultsReader.read(in, version);
    }
    cx.throwIfProblems();
    return document;
  }

  private static DocumentKind kind(JsonNode root, @Nullable DocumentKind expected) {
    JsonNode node = root.get("kamkit");
    String wanted = expected == null ? "one of " + KINDS : "\"" + expected.wireName() + "\"";
    DocumentKind kind =
        node != null && node.isString()
            ? DocumentKind.fromWireName(node.stringValue()).orElse(null)
            : null;
    if (kind == null || (expected != null && kind != expected)) {
      throw fail(ProblemKind.DOCUMENT_KIND, "/kamkit", wanted, Describe.found(node));
    }
    return kind;
  }

  private static FormatVersion version(JsonNode root, DocumentKind kind, ReadMode mode) {
    JsonNode node = root.get("version");
    FormatVersion version =
        node != null && node.isString()
            ? FormatVersion.parse(node.stringValue()).orElse(null)
            : null;
    FormatVersion current = kind.currentVersion();
    if (version == null) {
      throw fail(
          ProblemKind.VERSION,
          "/version",
          "the format version as text \"MAJOR.MINOR\", such as \"" + current + "\"",
          Describe.found(node));
    }
    if (kind == DocumentKind.RESULTS && version.major() == 1) {
      // 1.0 held reasons and findings as English sentences, which cannot be read back into codes
      throw fail(
          ProblemKind.VERSION,
          "/version",
          "a results document of format "
              + current
              + " (format 1.x held English sentences where 2.0 holds message codes and"
              + " arguments; results are not migrated: compute them again and write them as "
              + current
              + ")",
          Describe.found(node));
    }
    if (version.major() != current.major()) {
      throw fail(
          ProblemKind.VERSION,
          "/version",
          "a " + current.major() + ".x version (this reader reads format " + current + ")",
          Describe.found(node));
    }
    if (version.minor() > current.minor() && mode == ReadMode.STRICT) {
      throw fail(
          ProblemKind.VERSION,
          "/version",
          "version "
              + current
              + " or older (read newer minor versions with ReadMode.LENIENT,"
              + " which keeps the properties it does not know)",
          Describe.found(node));
    }
    return version;
  }

  private static @Nullable AccountDocument account(
      JsonNode root, ReadContext cx, FormatVersion version) {
    In in = In.object(cx, root, Pointer.root(), "a kamkit document", ACCOUNT_DOCUMENT);
    KeyAccount account =
        in == null
            ? null
            : KeyAccountReader.read(
                in, ProductReader.PRODUCT_OBJECT, TeamReader.TEAM_MEMBER_OBJECT);
    return account == null ? null : new AccountDocument(account, version, cx.unknownProperties());
  }

  private static @Nullable PortfolioDocument portfolio(
      JsonNode root, ReadContext cx, FormatVersion version) {
    In in = In.object(cx, root, Pointer.root(), "a kamkit document", PORTFOLIO_DOCUMENT);
    if (in == null) {
      return null;
    }
    Catalogue<Product> products =
        Catalogue.read(in, "products", "product", ProductReader.PRODUCT_OBJECT, Product::id);
    Catalogue<TeamMember> team =
        Catalogue.read(in, "team", "team member", TeamReader.TEAM_MEMBER_OBJECT, TeamMember::id);
    Conv<KeyAccount> accountEntry =
        Conv.of(
            "a portfolio account object",
            (c, node, at) -> {
              In body = In.object(c, node, at, "a portfolio account object", KeyAccountReader.BODY);
              return body == null
                  ? null
                  : KeyAccountReader.read(body, products.reference(), team.reference());
            });
    Portfolio.Builder b = Portfolio.builder();
    int accounts = cx.mark();
    in.list("accounts", accountEntry, b::addAllAccounts);
    products.reportUnused(cx, accounts, in.at("accounts"));
    team.reportUnused(cx, accounts, in.at("accounts"));
    Portfolio portfolio = in.build(b::build);
    return portfolio == null
        ? null
        : new PortfolioDocument(portfolio, version, cx.unknownProperties());
  }

  private static KamJsonException fail(
      ProblemKind kind, String pointer, String expected, String found) {
    return new KamJsonException(new JsonProblem(kind, pointer, expected, found), null);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
