package dev.kamkit.json.ser;

import dev.kamkit.json.deser.Sink;
import dev.kamkit.json.deser.TableWriters;
import dev.kamkit.json.format.AccountDocument;
import dev.kamkit.json.format.FormatVersion;
import dev.kamkit.json.format.KamDocument;
import dev.kamkit.json.format.PortfolioDocument;
import dev.kamkit.json.format.ResultsDocument;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.team.TeamMember;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a whole document: the envelope ({@code kamkit}, {@code version}) first, then the body of
 * its kind, in the order {@code docs/json-format.md} documents.
 */
final class DocumentWriter {
  private DocumentWriter() {}

  static void write(JsonGenerator g, KamDocument document) {
    FormatVersion version = document.version();
    FormatVersion current = document.kind().currentVersion();
    if (version.major() != current.major()) {
      // the body is always written in this major's shape; claiming another would be a lie
      throw new IllegalArgumentException(
          "cannot write a document of kind "
              + document.kind().wireName()
              + " in format version "
              + version
              + ": this writer writes that kind in format "
              + current.major()
              + ".x");
    }
    Out out = new Out(g, document.unknownProperties());
    out.object(
        () -> {
          out.text("kamkit", document.kind().wireName());
          out.text("version", version.toString());
          if (document instanceof AccountDocument account) {
            TableWriters.ACCOUNT_BODY.write(out, account.keyAccount());
          } else if (document instanceof PortfolioDocument portfolio) {
            portfolio(out, portfolio.portfolio());
          } else if (document instanceof ResultsDocument results) {
            ResultsWriter.body(out, results);
          }
        });
  }

  /**
   * The shared catalogues, each entry once in order of first appearance (the portfolio has checked
   * that one id is described the same everywhere), then the accounts, whose products and team are
   * ids into them.
   */
  private static void portfolio(Out out, Portfolio p) {
    Map<ProductId, Product> products = new LinkedHashMap<>();
    Map<TeamMemberId, TeamMember> team = new LinkedHashMap<>();
    for (KeyAccount k : p.accounts()) {
      k.products().forEach(product -> products.putIfAbsent(product.id(), product));
      k.team().forEach(member -> team.putIfAbsent(member.id(), member));
    }
    array(out, "products", products.values(), TableWriters.PRODUCT);
    array(out, "team", team.values(), TableWriters.TEAM_MEMBER);
    array(out, "accounts", p.accounts(), TableWriters.PORTFOLIO_ACCOUNT);
  }

  /** Property {@code name} as an array of {@code values}, left out when there are none. */
  private static <V> void array(
      Out out, String name, Collection<? extends V> values, Sink.Writer<V> each) {
    if (!values.isEmpty()) {
      out.property(name, values, (o, all) -> o.array(all, each));
    }
  }
}
