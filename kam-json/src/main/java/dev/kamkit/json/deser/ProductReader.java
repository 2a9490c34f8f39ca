package dev.kamkit.json.deser;

import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.MaterialId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.IndicationApproval;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductCoverage;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.portfolio.PromotionalMaterial;

/** Reads products with their indications and approvals. */
final class ProductReader {
  static final Conv<ProductId> PRODUCT_ID = Scalars.id(ProductId::of);
  static final Conv<IndicationId> INDICATION_ID = Scalars.id(IndicationId::of);
  static final Conv<Product> PRODUCT_OBJECT = Conv.table(() -> ProductReader.PRODUCT);
  static final Conv<MaterialId> MATERIAL_ID = Scalars.id(MaterialId::of);
  static final Conv<PromotionalMaterial> MATERIAL_OBJECT = Conv.table(() -> ProductReader.MATERIAL);

  private static final Conv<ProductKind> KIND = Scalars.enumOf(ProductKind.class);
  private static final Conv<ProductCoverage> COVERAGE = Scalars.enumOf(ProductCoverage.class);
  private static final Conv<Indication> INDICATION_OBJECT =
      Conv.table(() -> ProductReader.INDICATION);
  private static final Conv<IndicationApproval> APPROVAL_OBJECT =
      Conv.table(() -> ProductReader.APPROVAL);

  static final PropertyTable<Product, Product.Builder> PRODUCT =
      PropertyTable.of("a product object", Product::builder, Product.Builder::build)
          .req("id", PRODUCT_ID, Product::id, Product.Builder::id)
          .req("name", Scalars.TEXT, Product::name, Product.Builder::name)
          .req("kind", KIND, Product::kind, Product.Builder::kind)
          .req(
              "therapeuticArea",
              Scalars.TEXT,
              Product::therapeuticArea,
              Product.Builder::therapeuticArea)
          .list(
              "indications",
              INDICATION_OBJECT,
              Product::indications,
              Product.Builder::addIndications)
          .optDefault("competitor", Scalars.FLAG, Product::competitor, Product.Builder::competitor)
          .opt("ndc", Scalars.TEXT, Product::ndc, Product.Builder::ndc)
          .opt(
              "deviceIdentifier",
              Scalars.TEXT,
              Product::deviceIdentifier,
              Product.Builder::deviceIdentifier)
          .opt("coverage", COVERAGE, Product::coverage, Product.Builder::coverage)
          .attributes(Product::attributes, Product.Builder::putAllAttributes);

  static final PropertyTable<Indication, Indication.Builder> INDICATION =
      PropertyTable.of("an indication object", Indication::builder, Indication.Builder::build)
          .req("id", INDICATION_ID, Indication::id, Indication.Builder::id)
          .req("name", Scalars.TEXT, Indication::name, Indication.Builder::name)
          .opt(
              "therapeuticArea",
              Scalars.TEXT,
              Indication::therapeuticArea,
              Indication.Builder::therapeuticArea)
          .list(
              "approvals",
              APPROVAL_OBJECT,
              Indication::approvals,
              Indication.Builder::addApprovals);

  static final PropertyTable<PromotionalMaterial, PromotionalMaterial.Builder> MATERIAL =
      PropertyTable.of(
              "a promotional material object",
              PromotionalMaterial::builder,
              PromotionalMaterial.Builder::build)
          .req("id", MATERIAL_ID, PromotionalMaterial::id, PromotionalMaterial.Builder::id)
          .req(
              "title", Scalars.TEXT, PromotionalMaterial::title, PromotionalMaterial.Builder::title)
          .opt(
              "reviewCode",
              Scalars.TEXT,
              PromotionalMaterial::reviewCode,
              PromotionalMaterial.Builder::reviewCode)
          .req(
              "product",
              PRODUCT_ID,
              PromotionalMaterial::product,
              PromotionalMaterial.Builder::product)
          .set(
              "indications",
              INDICATION_ID,
              PromotionalMaterial::indications,
              PromotionalMaterial.Builder::addAllIndications)
          .req(
              "approvedOn",
              Scalars.DATE_VALUE,
              PromotionalMaterial::approvedOn,
              PromotionalMaterial.Builder::approvedOn)
          .req(
              "expiresOn",
              Scalars.DATE_VALUE,
              PromotionalMaterial::expiresOn,
              PromotionalMaterial.Builder::expiresOn)
          .opt(
              "withdrawnOn",
              Scalars.DATE_VALUE,
              PromotionalMaterial::withdrawnOn,
              PromotionalMaterial.Builder::withdrawnOn);

  static final PropertyTable<IndicationApproval, IndicationApproval.Builder> APPROVAL =
      PropertyTable.of(
              "an approval object", IndicationApproval::builder, IndicationApproval.Builder::build)
          .req(
              "jurisdiction",
              Scalars.TEXT,
              IndicationApproval::jurisdiction,
              IndicationApproval.Builder::jurisdiction)
          .req(
              "approvedOn",
              Scalars.DATE_VALUE,
              IndicationApproval::approvedOn,
              IndicationApproval.Builder::approvedOn)
          .opt(
              "withdrawnOn",
              Scalars.DATE_VALUE,
              IndicationApproval::withdrawnOn,
              IndicationApproval.Builder::withdrawnOn);

  private ProductReader() {}
}
