package dev.kamkit.model.testing;

import dev.kamkit.model.id.MaterialId;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.PromotionalMaterial;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Promotional materials for our products: mostly current, some expired or withdrawn, some claiming
 * indications, some brand-only.
 */
final class Materials {
  private static final List<String> KINDS =
      List.of("detail aid", "leave-behind", "slide deck", "e-mail template", "dosing guide");

  private Materials() {}

  static List<PromotionalMaterial> some(Scene scene) {
    Rng rng = Rng.keyed(scene.key + "/materials");
    List<PromotionalMaterial> out = new ArrayList<>();
    if (rng.chance(0.15)) {
      return out;
    }
    for (Product product : scene.ownProducts()) {
      for (int n = rng.between(0, 3); n > 0; n--) {
        out.add(one(scene, rng, product));
      }
    }
    return out;
  }

  private static PromotionalMaterial one(Scene scene, Rng rng, Product product) {
    LocalDate approved = rng.date(scene.today.minusYears(3), scene.today);
    LocalDate expires = approved.plusMonths(rng.between(6, 30));
    PromotionalMaterial.Builder material =
        PromotionalMaterial.builder()
            .id(MaterialId.of(scene.id("MAT")))
            .title(product.name() + " " + rng.pick(KINDS))
            .reviewCode(
                rng.maybe(
                    0.85,
                    () ->
                        product.name().substring(0, 3).toUpperCase(Locale.ROOT)
                            + "-"
                            + scene.country.code()
                            + "-"
                            + rng.digits(5)))
            .product(product.id())
            .approvedOn(approved)
            .expiresOn(expires)
            .withdrawnOn(rng.maybe(0.1, () -> rng.date(approved, expires)));
    rng.sample(product.indications(), 0, 2).stream()
        .map(Indication::id)
        .forEach(material::addIndication);
    return material.build();
  }
}
