package dev.kamkit.model.testing;

import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.IndicationApproval;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductCoverage;
import dev.kamkit.model.portfolio.ProductKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Products with indications and approvals per jurisdiction, ours and competitors'. */
final class Products {
  private static final List<String> STEMS =
      List.of(
          "On", "Car", "Neu", "Im", "Glu", "Pul", "Vex", "Zan", "Tor", "Lu", "Ven", "Aza", "Bel",
          "Cor", "Del", "Ely", "Fal", "Rix", "Sol", "Tri");
  private static final List<String> MIDDLES = List.of("o", "a", "i", "e", "ova", "ira", "ela");
  private static final List<String> ENDINGS =
      List.of("xa", "vel", "rix", "tara", "zon", "lity", "max", "dra", "fina", "quin");
  private static final List<String> JURISDICTIONS =
      List.of("US", "EU", "GB", "JP", "CA", "CH", "AU", "SE");

  private Products() {}

  /** {@code count} products, the first {@code ours} of them ours and the rest competitors'. */
  static List<Product> some(Scene scene, int count, int ours) {
    List<Product> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(product(scene, i >= ours));
    }
    return out;
  }

  /** One product with one to three indications in its therapeutic area. */
  static Product product(Scene scene, boolean competitor) {
    Rng rng = scene.rng;
    TherapeuticArea area = rng.pick(TherapeuticArea.ALL);
    ProductKind kind = kind(rng, area);
    String id = scene.id("PR");
    Product.Builder product =
        Product.builder()
            .id(ProductId.of(id))
            .name(rng.pick(STEMS) + rng.pick(MIDDLES) + rng.pick(ENDINGS))
            .kind(kind)
            .therapeuticArea(area.name())
            .attributes(CustomFields.some(rng, scene.today, 0.1));
    if (competitor || rng.chance(0.2)) {
      product.competitor(competitor);
    }
    if (kind == ProductKind.DRUG || kind == ProductKind.BIOLOGICAL) {
      product.ndc(rng.maybe(0.6, () -> rng.digits(5) + "-" + rng.digits(4) + "-" + rng.digits(2)));
    }
    if (kind == ProductKind.DEVICE || kind == ProductKind.MEDICAL_SUPPLY) {
      // a GS1 GTIN-14, the commonest device identifier
      product.deviceIdentifier(rng.maybe(0.6, () -> "0" + rng.digits(13)));
    }
    // most of a manufacturer's own products are covered; hosts often leave competitors' unset
    product.coverage(
        rng.maybe(
            competitor ? 0.3 : 0.8,
            () -> rng.chance(0.85) ? ProductCoverage.COVERED : ProductCoverage.NON_COVERED));
    List<String> names = rng.sample(area.indications(), 1, 3);
    for (int i = 0; i < names.size(); i++) {
      product.addIndication(indication(scene, id + "-IND-" + (i + 1), names.get(i), area, i == 0));
    }
    return product.build();
  }

  private static ProductKind kind(Rng rng, TherapeuticArea area) {
    if (area.name().equals("Surgery")) {
      return rng.chance(0.6) ? ProductKind.DEVICE : ProductKind.MEDICAL_SUPPLY;
    }
    return rng.weighted(
        List.of(
            ProductKind.DRUG, ProductKind.BIOLOGICAL, ProductKind.DIAGNOSTIC, ProductKind.DEVICE),
        50,
        35,
        10,
        5);
  }

  private static Indication indication(
      Scene scene, String id, String name, TherapeuticArea area, boolean lead) {
    Rng rng = scene.rng;
    Indication.Builder indication =
        Indication.builder()
            .id(IndicationId.of(id))
            .name(name)
            .therapeuticArea(rng.maybe(0.4, area::name));
    // the lead indication is approved somewhere; later ones may still be in development
    int approvals = lead ? rng.between(1, 4) : rng.between(0, 3);
    List<String> where = new ArrayList<>(rng.sample(JURISDICTIONS, approvals));
    if (lead && rng.chance(0.8) && !where.contains("US")) {
      where.set(0, "US");
    }
    for (String jurisdiction : where) {
      indication.addApproval(approval(rng, scene.today, jurisdiction));
    }
    return indication.build();
  }

  private static IndicationApproval approval(Rng rng, LocalDate today, String jurisdiction) {
    LocalDate approvedOn = rng.date(today.minusYears(15), today.minusDays(30));
    return IndicationApproval.builder()
        .jurisdiction(jurisdiction)
        .approvedOn(approvedOn)
        .withdrawnOn(rng.maybe(0.05, () -> rng.date(approvedOn, today)))
        .build();
  }
}
