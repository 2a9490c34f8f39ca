package dev.kamkit.model.testing;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.pipeline.Opportunity;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.stakeholder.StakeholderInfluence;
import dev.kamkit.model.team.TeamMember;
import java.util.List;
import java.util.Optional;

/**
 * Builds a whole key account part by part, in an order where every part refers only to parts built
 * before it: products, the institution, committees, people, team, relationships, whitespace and
 * formulary, interactions, transfers of value, and the plan.
 */
final class KeyAccounts {
  private KeyAccounts() {}

  /** A key account with its own products and team. */
  static KeyAccount standalone(Scene scene, AccountSize size) {
    Rng rng = scene.rng;
    int products = rng.between(size.minProducts(), size.maxProducts());
    int competitors = rng.between(0, Math.min(3, products - 1));
    List<Product> catalogue = Products.some(scene, products, products - competitors);
    List<TeamMember> team = Teams.team(scene, rng.between(size.minTeam(), size.maxTeam()));
    Optional<AccountId> parent = rng.maybe(0.15, () -> AccountId.of("ACC-PARENT-" + rng.hex(6)));
    return build(scene, size, Accounts.kind(rng, size), parent, catalogue, team);
  }

  /** A key account over the given products and team, which it keeps as they are. */
  static KeyAccount build(
      Scene scene,
      AccountSize size,
      AccountKind kind,
      Optional<AccountId> parent,
      List<Product> products,
      List<TeamMember> team) {
    Rng rng = scene.rng;
    // a small account may be new to us: nobody holds anyone yet and nothing has happened
    boolean untouched = size == AccountSize.SMALL_CLINIC && rng.chance(0.1);
    scene.products = products;
    scene.account = Accounts.account(scene, size, kind, parent);
    scene.bodies = Committees.bodies(scene, size);
    scene.stakeholders = People.stakeholders(scene, size);
    List<StakeholderInfluence> influences = People.influences(scene);
    scene.team = team;
    scene.materials = Materials.some(scene);
    scene.agreements = untouched ? List.of() : Agreements.some(scene);
    scene.interactions =
        Interactions.some(
            scene, untouched ? 0 : rng.between(size.minInteractions(), size.maxInteractions()));
    KeyAccount.Builder built =
        KeyAccount.builder()
            .account(scene.account)
            .stakeholders(scene.stakeholders)
            .influences(influences)
            .decisionBodies(scene.bodies)
            .team(team)
            .targetLists(untouched ? List.of() : TargetLists.some(scene))
            .relationships(untouched ? List.of() : Teams.relationships(scene))
            .products(products)
            .promotionalMaterials(scene.materials)
            .whitespace(Grid.whitespace(scene))
            .formulary(Grid.formulary(scene))
            .interactions(scene.interactions)
            .serviceAgreements(scene.agreements)
            .transfersOfValue(
                Transfers.some(
                    scene, untouched ? 0 : rng.between(size.minTransfers(), size.maxTransfers())));
    Optional<AccountPlan> plan =
        untouched ? Optional.empty() : rng.maybe(0.85, () -> Plans.plan(scene));
    List<Opportunity> pipeline = untouched ? List.of() : Pipeline.some(scene, plan);
    return built
        .plan(plan)
        .opportunities(pipeline)
        .committeeSubmissions(untouched ? List.of() : Submissions.some(scene, pipeline))
        .competitorActivity(untouched ? List.of() : CompetitorActivities.some(scene))
        .build();
  }
}
