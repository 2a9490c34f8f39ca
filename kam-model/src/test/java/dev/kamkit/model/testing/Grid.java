package dev.kamkit.model.testing;

import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.FormularyRestriction;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where our products stand: the whitespace grid (dense where a product's therapeutic area meets a
 * unit that treats it, sparse and mostly not indicated elsewhere) and formulary histories.
 */
final class Grid {
  private static final List<WhitespaceStatus> STATUSES = List.of(WhitespaceStatus.values());
  private static final List<String> RIVALS =
      List.of("Rivalix", "Contrava", "Nexplora", "Quellin", "Brevanta");

  private Grid() {}

  static List<WhitespaceCell> whitespace(Scene scene) {
    Rng rng = scene.rng;
    List<WhitespaceCell> out = new ArrayList<>();
    List<Product> ours = scene.ownProducts();
    scene
        .units()
        .forEach(
            unit -> {
              String area =
                  TherapeuticArea.ofUnit(unit.name())
                      .map(TherapeuticArea::name)
                      .orElse(unit.name());
              for (Product product : ours) {
                boolean treats = product.therapeuticArea().equals(area);
                if (rng.chance(treats ? 0.8 : 0.2)) {
                  out.add(cell(scene, product, unit, treats));
                }
              }
            });
    return out;
  }

  private static WhitespaceCell cell(
      Scene scene, Product product, ClinicalUnit unit, boolean treats) {
    Rng rng = scene.rng;
    WhitespaceStatus status =
        treats
            ? rng.weighted(STATUSES, 30, 15, 30, 20, 5)
            : rng.weighted(STATUSES, 5, 5, 10, 10, 70);
    WhitespaceCell.Builder cell =
        WhitespaceCell.builder()
            .product(product.id())
            .clinicalUnit(unit.id())
            .status(status)
            .estimatedValue(
                rng.maybe(0.6, () -> Amounts.between(rng, scene.country.currency(), 0, 2_000_000)));
    if (status != WhitespaceStatus.NOT_INDICATED && rng.chance(0.85)) {
      cell.indication(indication(scene, product));
    }
    if (status == WhitespaceStatus.COMPETITOR_HELD && rng.chance(0.8)) {
      List<Product> rivals = scene.competitorProducts();
      cell.competitorProduct(rivals.isEmpty() ? rng.pick(RIVALS) : rng.pick(rivals).name());
    }
    return cell.build();
  }

  /** An indication of {@code product}, preferably one approved where the account is. */
  static IndicationId indication(Scene scene, Product product) {
    List<Indication> approved =
        product.indications().stream()
            .filter(
                i ->
                    scene.country.approvalJurisdictions().stream()
                        .anyMatch(j -> i.isApproved(j, scene.today)))
            .toList();
    return scene.rng.pick(approved.isEmpty() ? product.indications() : approved).id();
  }

  static List<FormularyEntry> formulary(Scene scene) {
    Rng rng = scene.rng;
    List<FormularyEntry> out = new ArrayList<>();
    for (Product product : scene.products) {
      if (!rng.chance(product.competitor() ? 0.3 : 0.7)) {
        continue;
      }
      LocalDate from = rng.date(scene.today.minusYears(6), scene.today.minusYears(1));
      int entries = rng.between(1, 4);
      for (int i = 0; i < entries; i++) {
        out.add(entry(scene, product, from));
        from = from.plusDays(rng.between(30, 500));
      }
    }
    return out;
  }

  private static FormularyEntry entry(Scene scene, Product product, LocalDate from) {
    Rng rng = scene.rng;
    FormularyStatus status = rng.pick(FormularyStatus.class);
    FormularyEntry.Builder entry =
        FormularyEntry.builder().product(product.id()).status(status).effectiveFrom(from);
    if (status.isListed() && rng.chance(0.6)) {
      entry.tier(rng.chance(0.9) ? rng.between(1, 5) : rng.between(6, 9));
    }
    if (status == FormularyStatus.RESTRICTED && rng.chance(0.85)) {
      entry.restrictions(rng.someOf(FormularyRestriction.class, 1, 3));
    }
    entry.decidedBy(decider(scene).map(DecisionBody::id));
    return entry.build();
  }

  private static Optional<DecisionBody> decider(Scene scene) {
    List<DecisionBody> formularyBodies =
        scene.bodies.stream()
            .filter(
                b ->
                    b.kind() == DecisionBodyKind.PHARMACY_AND_THERAPEUTICS
                        || b.kind() == DecisionBodyKind.FORMULARY)
            .toList();
    List<DecisionBody> pool = formularyBodies.isEmpty() ? scene.bodies : formularyBodies;
    return pool.isEmpty() ? Optional.empty() : scene.rng.maybe(0.7, () -> scene.rng.pick(pool));
  }
}
