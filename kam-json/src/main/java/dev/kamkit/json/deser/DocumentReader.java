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
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.team.TeamMember;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a document: the envelope ({@code kamkit}, {@code version}) first, which must be right
 * before anything else is read, then the body of its kind. kamkit writes the envelope first, and
 * then the body streams from the parser into the builders; a document whose envelope comes later is
 * read into a tree first, and so is a results document, whose readers are tree-based.
 */
final class DocumentReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> ENVELOPE = List.of("kamkit", "version");
  private static final List<String> PORTFOLIO_DOCUMENT =
      concat(ENVELOPE, List.of("products", "team", "accounts"));
  private static final List<String> RESULTS_DOCUMENT = concat(ENVELOPE, ResultsReader.BODY);
  private static final Conv<List<KeyAccount>> PORTFOLIO_ACCOUNTS =
      Elements.of(Conv.table(() -> KeyAccountReader.PORTFOLIO_ACCOUNT), false);
  private static final String KINDS =
      Arrays.stream(DocumentKind.values())
          .map(k -> "\"" + k.wireName() + "\"")
          .collect(Collectors.joining(", "));

  private DocumentReader() {}

  /**
   * Reads the document the cursor is at.
   *
   * @param expected the kind the caller asked for, or null for any
   * @throws KamJsonException with every problem found
   */
  // account(..) and portfolio(..) return null only after recording a problem, and
  // throwIfProblems() then throws, which NullAway cannot see
  @SuppressWarnings("NullAway")
  static KamDocument read(Cursor in, ReadContext cx, @Nullable DocumentKind expected) {
    if (in.token() != JsonToken.START_OBJECT) {
      throw fail(
          ProblemKind.WRONG_TYPE, "", "a kamkit document (a JSON object)", Describe.found(in));
    }
    int level = in.depth();
    ObjectNode envelope = NODES.objectNode();
    boolean streaming = false;
    boolean atBody = false;
    boolean ended = false;
    while (!streaming && !atBody) {
      if (!in.nextProperty(level)) {
        ended = true;
        break;
      }
      String name = in.name();
      if (!ENVELOPE.contains(name) || envelope.has(name)) {
        atBody = true;
      } else {
        envelope.set(name, in.tree());
        streaming = envelope.size() == ENVELOPE.size();
      }
    }
    JsonNode root = streaming || ended ? envelope : in.rest(envelope, level, atBody);
    DocumentKind kind = kind(root, expected);
    FormatVersion version = version(root, kind, cx.mode());
    Cursor body = streaming ? in : Cursor.over(root, Pointer.root());
    KamDocument document;
    if (kind == DocumentKind.ACCOUNT) {
      document = account(body, cx, version, streaming);
    } else if (kind == DocumentKind.PORTFOLIO) {
      document = portfolio(body, cx, version);
    } else {
      JsonNode whole = streaming ? in.rest(envelope, level, false) : root;
      In results = In.object(cx, whole, Pointer.root(), "a kamkit document", RESULTS_DOCUMENT);
      document = results == null ? null : ResultsReader.read(results, version);
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

  /**
   * The body of an account document.
   *
   * @param afterEnvelope true if the cursor is inside the document, past the envelope; false if it
   *     is at the start of a document read into a tree
   */
  private static @Nullable AccountDocument account(
      Cursor in, ReadContext cx, FormatVersion version, boolean afterEnvelope) {
    PropertyTable<KeyAccount, KeyAccount.Builder> table = KeyAccountReader.DOCUMENT;
    KeyAccount account;
    if (afterEnvelope) {
      int mark = cx.mark();
      KeyAccount.Builder b = table.builder();
      long seen = table.properties(cx, in, 1, b, table.bits("kamkit", "version"));
      account = table.finish(cx, in, b, seen, mark);
    } else {
      account = table.read(cx, in);
    }
    return account == null ? null : new AccountDocument(account, version, cx.unknownProperties());
  }

  /**
   * The body of a portfolio document. Its accounts refer to the catalogues by id, so they are read
   * after both; accounts that come before a catalogue are kept as a tree until the end.
   */
  private static @Nullable PortfolioDocument portfolio(
      Cursor in, ReadContext cx, FormatVersion version) {
    Catalogue<Product> products = null;
    Catalogue<TeamMember> team = null;
    List<KeyAccount> accounts = null;
    JsonNode accountsLater = null;
    int mark = cx.mark();
    int accountsMark = mark;
    Set<String> seen = new HashSet<>();
    while (in.nextProperty(1)) {
      String name = in.name();
      if (!seen.add(name)) {
        throw in.duplicate(name);
      }
      switch (name) {
        case "kamkit", "version" -> {
          // read with the envelope
        }
        case "products" ->
            products =
                Catalogue.read(
                    cx, in, "products", "product", ProductReader.PRODUCT_OBJECT, Product::id);
        case "team" ->
            team =
                Catalogue.read(
                    cx, in, "team", "team member", TeamReader.TEAM_MEMBER_OBJECT, TeamMember::id);
        case "accounts" -> {
          if (products != null && team != null) {
            cx.catalogues(products, team);
            accountsMark = cx.mark();
            accounts = PORTFOLIO_ACCOUNTS.read(cx, in);
          } else {
            accountsLater = in.tree();
          }
        }
        default -> cx.unknown(in, PORTFOLIO_DOCUMENT);
      }
    }
    Pointer accountsAt = Pointer.root().at("accounts");
    products = products != null ? products : Catalogue.absent("products", "product");
    team = team != null ? team : Catalogue.absent("team", "team member");
    if (accountsLater != null) {
      cx.catalogues(products, team);
      accountsMark = cx.mark();
      accounts = PORTFOLIO_ACCOUNTS.read(cx, accountsLater, accountsAt);
    }
    products.reportUnused(cx, accountsMark, accountsAt);
    team.reportUnused(cx, accountsMark, accountsAt);
    if (!cx.cleanSince(mark)) {
      return null;
    }
    try {
      Portfolio portfolio =
          Portfolio.builder().addAllAccounts(accounts == null ? List.of() : accounts).build();
      return new PortfolioDocument(portfolio, version, cx.unknownProperties());
    } catch (InvalidModelException e) {
      ModelProblems.report(cx, cx.reread(Pointer.root()), Pointer.root(), e);
      return null;
    }
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
