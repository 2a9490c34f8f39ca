package dev.kamkit.json.ser;

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
            body(out, account.keyAccount(), false);
          } else if (document instanceof PortfolioDocument portfolio) {
            portfolio(out, portfolio.portfolio());
          } else if (document instanceof ResultsDocument results) {
            ResultsWriter.body(out, results);
          }
        });
  }

  /**
   * The key account's properties; in a portfolio ({@code byId}) products and team members are ids
   * into the portfolio's catalogues.
   */
  private static void body(Out out, KeyAccount k, boolean byId) {
    out.object("account", k.account(), AccountWriter::account);
    out.objects("stakeholders", k.stakeholders(), StakeholderWriter::stakeholder);
    out.objects("influences", k.influences(), StakeholderWriter::influence);
    out.objects("decisionBodies", k.decisionBodies(), TeamWriter::decisionBody);
    if (byId) {
      out.ids("team", k.team().stream().map(TeamMember::id).toList());
    } else {
      out.objects("team", k.team(), TeamWriter::teamMember);
    }
    out.objects("relationships", k.relationships(), TeamWriter::relationship);
    out.objects("targetLists", k.targetLists(), TeamWriter::targetList);
    if (byId) {
      out.ids("products", k.products().stream().map(Product::id).toList());
    } else {
      out.objects("products", k.products(), ProductWriter::product);
    }
    out.objects("promotionalMaterials", k.promotionalMaterials(), ProductWriter::material);
    out.objects("whitespace", k.whitespace(), ProductWriter::whitespace);
    out.objects("formulary", k.formulary(), ProductWriter::formulary);
    out.object("plan", k.plan(), PlanWriter::plan);
    out.objects("interactions", k.interactions(), EngagementWriter::interaction);
    out.objects("transfersOfValue", k.transfersOfValue(), EngagementWriter::transfer);
    out.objects("serviceAgreements", k.serviceAgreements(), EngagementWriter::agreement);
  }

  /**
   * The shared catalogues, each entry once in order of first appearance (the portfolio has checked
   * that one id is described the same everywhere), then the accounts.
   */
  private static void portfolio(Out out, Portfolio p) {
    Map<ProductId, Product> products = new LinkedHashMap<>();
    Map<TeamMemberId, TeamMember> team = new LinkedHashMap<>();
    for (KeyAccount k : p.accounts()) {
      k.products().forEach(product -> products.putIfAbsent(product.id(), product));
      k.team().forEach(member -> team.putIfAbsent(member.id(), member));
    }
    out.objects("products", products.values(), ProductWriter::product);
    out.objects("team", team.values(), TeamWriter::teamMember);
    out.objects("accounts", p.accounts(), (o, k) -> o.object(() -> body(o, k, true)));
  }
}
