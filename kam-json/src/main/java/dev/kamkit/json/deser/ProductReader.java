package dev.kamkit.json.deser;

import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.MaterialId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.IndicationApproval;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.portfolio.PromotionalMaterial;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads products with their indications and approvals. */
final class ProductReader {
  static final List<String> PRODUCT =
      List.of(
          "id",
          "name",
          "kind",
          "therapeuticArea",
          "indications",
          "competitor",
          "ndc",
          "attributes");
  static final List<String> INDICATION = List.of("id", "name", "therapeuticArea", "approvals");
  static final List<String> APPROVAL = List.of("jurisdiction", "approvedOn", "withdrawnOn");
  static final List<String> MATERIAL =
      List.of(
          "id",
          "title",
          "reviewCode",
          "product",
          "indications",
          "approvedOn",
          "expiresOn",
          "withdrawnOn");

  static final Conv<ProductId> PRODUCT_ID = Scalars.id(ProductId::of);
  static final Conv<IndicationId> INDICATION_ID = Scalars.id(IndicationId::of);
  static final Conv<Product> PRODUCT_OBJECT = Conv.of("a product object", ProductReader::product);
  static final Conv<MaterialId> MATERIAL_ID = Scalars.id(MaterialId::of);
  static final Conv<PromotionalMaterial> MATERIAL_OBJECT =
      Conv.of("a promotional material object", ProductReader::material);

  private static final Conv<ProductKind> KIND = Scalars.enumOf(ProductKind.class);
  private static final Conv<Indication> INDICATION_OBJECT =
      Conv.of("an indication object", ProductReader::indication);
  private static final Conv<IndicationApproval> APPROVAL_OBJECT =
      Conv.of("an approval object", ProductReader::approval);

  private ProductReader() {}

  private static @Nullable Product product(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a product object", PRODUCT);
    if (in == null) {
      return null;
    }
    Product.Builder b = Product.builder();
    in.req("id", PRODUCT_ID, b::id);
    in.req("name", Scalars.TEXT, b::name);
    in.req("kind", KIND, b::kind);
    in.req("therapeuticArea", Scalars.TEXT, b::therapeuticArea);
    in.list("indications", INDICATION_OBJECT, b::addAllIndications);
    in.opt("competitor", Scalars.FLAG, b::competitor);
    in.opt("ndc", Scalars.TEXT, b::ndc);
    ValueReader.attributes(in, b::putAllAttributes);
    return in.build(b::build);
  }

  private static @Nullable Indication indication(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "an indication object", INDICATION);
    if (in == null) {
      return null;
    }
    Indication.Builder b = Indication.builder();
    in.req("id", INDICATION_ID, b::id);
    in.req("name", Scalars.TEXT, b::name);
    in.opt("therapeuticArea", Scalars.TEXT, b::therapeuticArea);
    in.list("approvals", APPROVAL_OBJECT, b::addAllApprovals);
    return in.build(b::build);
  }

  private static @Nullable PromotionalMaterial material(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a promotional material object", MATERIAL);
    if (in == null) {
      return null;
    }
    PromotionalMaterial.Builder b = PromotionalMaterial.builder();
    in.req("id", MATERIAL_ID, b::id);
    in.req("title", Scalars.TEXT, b::title);
    in.opt("reviewCode", Scalars.TEXT, b::reviewCode);
    in.req("product", PRODUCT_ID, b::product);
    in.set("indications", INDICATION_ID, b::addAllIndications);
    in.req("approvedOn", Scalars.DATE_VALUE, b::approvedOn);
    in.req("expiresOn", Scalars.DATE_VALUE, b::expiresOn);
    in.opt("withdrawnOn", Scalars.DATE_VALUE, b::withdrawnOn);
    return in.build(b::build);
  }

  private static @Nullable IndicationApproval approval(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "an approval object", APPROVAL);
    if (in == null) {
      return null;
    }
    IndicationApproval.Builder b = IndicationApproval.builder();
    in.req("jurisdiction", Scalars.TEXT, b::jurisdiction);
    in.req("approvedOn", Scalars.DATE_VALUE, b::approvedOn);
    in.opt("withdrawnOn", Scalars.DATE_VALUE, b::withdrawnOn);
    return in.build(b::build);
  }
}
