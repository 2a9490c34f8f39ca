package dev.kamkit.json.ser;

import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.IndicationApproval;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.PromotionalMaterial;
import dev.kamkit.model.portfolio.WhitespaceCell;

/** Writes products and where they stand in the account: whitespace and formulary. */
final class ProductWriter {
  private ProductWriter() {}

  static void product(Out out, Product p) {
    out.object(
        () -> {
          out.id("id", p.id());
          out.text("name", p.name());
          out.enumValue("kind", p.kind());
          out.text("therapeuticArea", p.therapeuticArea());
          out.objects("indications", p.indications(), ProductWriter::indication);
          out.flag("competitor", p.competitor());
          out.text("ndc", p.ndc());
          out.attributes(p.attributes());
        });
  }

  static void whitespace(Out out, WhitespaceCell c) {
    out.object(
        () -> {
          out.id("product", c.product());
          out.id("clinicalUnit", c.clinicalUnit());
          out.enumValue("status", c.status());
          out.id("indication", c.indication());
          out.text("competitorProduct", c.competitorProduct());
          out.money("estimatedValue", c.estimatedValue());
        });
  }

  static void formulary(Out out, FormularyEntry e) {
    out.object(
        () -> {
          out.id("product", e.product());
          out.enumValue("status", e.status());
          out.date("effectiveFrom", e.effectiveFrom());
          out.integer("tier", e.tier());
          out.enums("restrictions", e.restrictions());
          out.id("decidedBy", e.decidedBy());
        });
  }

  static void material(Out out, PromotionalMaterial m) {
    out.object(
        () -> {
          out.id("id", m.id());
          out.text("title", m.title());
          out.text("reviewCode", m.reviewCode());
          out.id("product", m.product());
          out.ids("indications", m.indications());
          out.date("approvedOn", m.approvedOn());
          out.date("expiresOn", m.expiresOn());
          out.date("withdrawnOn", m.withdrawnOn());
        });
  }

  private static void indication(Out out, Indication i) {
    out.object(
        () -> {
          out.id("id", i.id());
          out.text("name", i.name());
          out.text("therapeuticArea", i.therapeuticArea());
          out.objects("approvals", i.approvals(), ProductWriter::approval);
        });
  }

  private static void approval(Out out, IndicationApproval a) {
    out.object(
        () -> {
          out.text("jurisdiction", a.jurisdiction());
          out.date("approvedOn", a.approvedOn());
          out.date("withdrawnOn", a.withdrawnOn());
        });
  }
}
