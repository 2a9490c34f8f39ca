package dev.kamkit.model.testing;

import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.id.OpportunityId;
import dev.kamkit.model.pipeline.Opportunity;
import dev.kamkit.model.pipeline.OpportunityStage;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.Product;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The account's pipeline: opportunities for our products at the account's units, mostly open and
 * tied to the plan's objectives for the same product, some closed won or lost, some serving no
 * objective at all. Drawn from its own stream, so the rest of a generated account stays as it was.
 */
final class Pipeline {
  private static final List<OpportunityStage> STAGES = List.of(OpportunityStage.values());
  private static final List<String> LOSS_REASONS =
      List.of("Price", "Competitor contract", "Committee rejected", "No budget this year");

  private Pipeline() {}

  static List<Opportunity> some(Scene scene, Optional<AccountPlan> plan) {
    List<Product> products = scene.ownProducts();
    if (products.isEmpty()) {
      return List.of();
    }
    Rng rng = Rng.keyed(scene.key + "/pipeline");
    List<Objective> objectives = plan.map(AccountPlan::objectives).orElse(List.of());
    int count = rng.chance(0.2) ? 0 : rng.between(1, 2 + scene.sites().size() / 4);
    List<Opportunity> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(one(scene, rng, rng.pick(products), objectives));
    }
    return out;
  }

  private static Opportunity one(
      Scene scene, Rng rng, Product product, List<Objective> objectives) {
    OpportunityStage stage = rng.weighted(STAGES, 20, 25, 20, 15, 10, 10);
    LocalDate today = scene.today;
    Opportunity.Builder o =
        Opportunity.builder()
            .id(OpportunityId.of(scene.id("OP")))
            .name(product.name() + " opportunity")
            .product(product.id())
            .stage(stage)
            .amount(Amounts.between(rng, scene.country.currency(), 10_000, 2_000_000))
            .probability(rng.maybe(0.7, () -> rng.between(0, 100)))
            .owner(rng.maybe(0.8, () -> rng.pick(scene.team).id()))
            .attributes(CustomFields.some(rng, today, 0.2));
    if (!product.indications().isEmpty() && rng.chance(0.4)) {
      Indication indication = rng.pick(product.indications());
      o.indication(indication.id());
    }
    List<Site> sites = scene.sites();
    if (!sites.isEmpty() && rng.chance(0.8)) {
      Site site = rng.pick(sites);
      o.site(site.id());
      List<ClinicalUnit> units = site.clinicalUnits();
      if (!units.isEmpty() && rng.chance(0.7)) {
        o.clinicalUnit(rng.pick(units).id());
      }
    }
    if (stage.isClosed()) {
      o.closedOn(rng.date(today.minusYears(1), today));
      if (stage == OpportunityStage.LOST && rng.chance(0.7)) {
        o.lossReason(rng.pick(LOSS_REASONS));
      }
    } else {
      o.expectedClose(rng.date(today.minusMonths(2), today.plusMonths(15)));
    }
    List<Objective> served =
        objectives.stream()
            .filter(ob -> ob.product().isEmpty() || ob.product().get().equals(product.id()))
            .toList();
    rng.sample(served, 0, Math.min(2, served.size())).forEach(ob -> o.addObjectives(ob.id()));
    return o.build();
  }
}
