package dev.kamkit.model.testing;

import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.InitiativeId;
import dev.kamkit.model.id.KpiId;
import dev.kamkit.model.id.NeedId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.AccountNeed;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.ActionStatus;
import dev.kamkit.model.plan.Kpi;
import dev.kamkit.model.plan.KpiKind;
import dev.kamkit.model.plan.KpiPerspective;
import dev.kamkit.model.plan.KpiUnit;
import dev.kamkit.model.plan.NeedCategory;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.ObjectiveStatus;
import dev.kamkit.model.plan.PlanStatus;
import dev.kamkit.model.plan.SharedValueInitiative;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.TeamMember;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The account plan: every section sometimes there and sometimes not, objectives tied to products
 * and their own indications, actions nested only under earlier actions so parents never cycle.
 */
final class Plans {
  private Plans() {}

  static AccountPlan plan(Scene scene) {
    Rng rng = scene.rng;
    LocalDate today = scene.today;
    LocalDate start = LocalDate.of(today.getYear(), 1, 1);
    AccountPlan.Builder plan =
        AccountPlan.builder()
            .name(scene.account.name() + " " + today.getYear() + " account plan")
            .owner(rng.maybe(0.8, () -> scene.lead().id()))
            .periodStart(rng.maybe(0.7, () -> start))
            .periodEnd(rng.maybe(0.7, () -> start.plusYears(rng.between(1, 3)).minusDays(1)))
            .strategicPriorities(rng.sample(PlanText.PRIORITIES, 0, 4))
            .needsSegment(rng.maybe(0.5, () -> rng.pick(NeedCategory.class)))
            .swot(rng.maybe(0.6, () -> Sections.swot(rng)))
            .competitiveLandscape(Sections.competitors(scene))
            .patientPathways(Sections.pathways(scene))
            .voiceOfAccount(Sections.feedback(scene))
            .updates(dates(rng, today, 0, 10))
            .reviews(dates(rng, today, 0, 4))
            .attributes(CustomFields.some(rng, today, 0.2));
    if (rng.chance(0.8)) {
      plan.status(rng.pick(PlanStatus.class));
    }
    List<AccountNeed> needs = needs(scene);
    List<Objective> objectives = objectives(scene, needs);
    plan.needs(needs)
        .objectives(objectives)
        .actions(actions(scene, objectives, needs))
        .kpis(kpis(scene, objectives))
        .valueProposition(rng.maybe(0.7, () -> Sections.valueProposition(scene)))
        .sharedValueInitiatives(initiatives(scene, needs))
        .jointBusinessPlan(rng.maybe(0.4, () -> Sections.jointPlan(scene, objectives)));
    return plan.build();
  }

  private static List<LocalDate> dates(Rng rng, LocalDate today, int min, int max) {
    List<LocalDate> out = new ArrayList<>();
    int count = rng.between(min, max);
    for (int i = 0; i < count; i++) {
      out.add(rng.date(today.minusYears(2), today));
    }
    return out;
  }

  private static List<AccountNeed> needs(Scene scene) {
    Rng rng = scene.rng;
    List<AccountNeed> out = new ArrayList<>();
    for (NeedCategory category : rng.sample(List.of(NeedCategory.values()), 0, 5)) {
      out.add(
          AccountNeed.builder()
              .id(NeedId.of(scene.id("ND")))
              .category(category)
              .description(PlanText.need(category))
              .build());
    }
    return out;
  }

  private static List<Objective> objectives(Scene scene, List<AccountNeed> needs) {
    Rng rng = scene.rng;
    List<Objective> out = new ArrayList<>();
    int count = rng.between(0, 6);
    for (int i = 0; i < count; i++) {
      Optional<Product> product =
          scene.ownProducts().isEmpty()
              ? Optional.empty()
              : rng.maybe(0.75, () -> rng.pick(scene.ownProducts()));
      Optional<LocalDate> start =
          rng.maybe(0.6, () -> rng.date(scene.today.minusMonths(9), scene.today));
      LocalDate from = start.orElse(scene.today);
      Objective.Builder objective =
          Objective.builder()
              .id(ObjectiveId.of(scene.id("OB")))
              .title(
                  String.format(
                      rng.pick(PlanText.OBJECTIVES),
                      product.map(Product::name).orElse("service line")))
              .measure(rng.maybe(0.7, () -> rng.pick(PlanText.MEASURES)))
              .startDate(start)
              .dueDate(rng.maybe(0.75, () -> rng.date(from, from.plusMonths(18))))
              .owner(owner(scene, 0.7))
              .product(product.map(Product::id))
              .indication(product.flatMap(p -> rng.maybe(0.5, () -> Grid.indication(scene, p))));
      if (rng.chance(0.8)) {
        objective.status(rng.pick(ObjectiveStatus.class));
      }
      direction(scene, objective.build(), objective);
      rng.sample(needs, 0, 2).forEach(n -> objective.addNeed(n.id()));
      units(scene, objective.build(), objective);
      revenue(scene, objective.build(), objective);
      out.add(objective.build());
    }
    return out;
  }

  /**
   * The clinical units a product objective targets, from its own stream so that nothing else drawn
   * shifts: often none, sometimes one or two of the account's units.
   */
  private static void units(Scene scene, Objective drawn, Objective.Builder objective) {
    if (drawn.product().isEmpty()) {
      return;
    }
    Rng rng = Rng.keyed(drawn.id().value() + "/units");
    List<ClinicalUnit> units = scene.units().toList();
    if (!units.isEmpty() && rng.chance(0.4)) {
      rng.sample(units, 1, Math.min(2, units.size()))
          .forEach(u -> objective.addClinicalUnits(u.id()));
    }
  }

  /**
   * The revenue a product objective is to bring in, in the account's currency, from its own stream
   * so that nothing else drawn shifts: sometimes none, as when it is a listing or access objective.
   */
  private static void revenue(Scene scene, Objective drawn, Objective.Builder objective) {
    if (drawn.product().isEmpty()) {
      return;
    }
    Rng rng = Rng.keyed(drawn.id().value() + "/revenue");
    if (rng.chance(0.5)) {
      objective.revenueTarget(Amounts.between(rng, scene.country.currency(), 50_000, 5_000_000));
    }
  }

  /**
   * The objective's side of the firewall and who directs it, from its own stream: mostly the
   * owner's side and no one else, sometimes a member of the other side steering it.
   */
  private static void direction(Scene scene, Objective drawn, Objective.Builder objective) {
    Rng rng = Rng.keyed(drawn.id().value());
    Optional<TeamMember> owner =
        drawn.owner().flatMap(id -> scene.team.stream().filter(m -> m.id().equals(id)).findFirst());
    if (rng.chance(0.6)) {
      objective.division(
          owner.isPresent() && rng.chance(0.9) ? owner.get().division() : rng.pick(Division.class));
    }
    if (rng.chance(0.15)) {
      objective.directedBy(rng.pick(scene.team).id());
    }
  }

  private static List<Action> actions(
      Scene scene, List<Objective> objectives, List<AccountNeed> needs) {
    Rng rng = scene.rng;
    List<Action> out = new ArrayList<>();
    int count = rng.between(0, Math.min(25, 6 + scene.stakeholders.size() / 15));
    for (int i = 0; i < count; i++) {
      ActionStatus status = rng.pick(ActionStatus.class);
      // a completed action started in the past so its completion date can follow its start
      LocalDate latestStart =
          status == ActionStatus.COMPLETED ? scene.today.minusDays(1) : scene.today.plusMonths(3);
      Optional<LocalDate> start =
          rng.maybe(0.7, () -> rng.date(scene.today.minusMonths(12), latestStart));
      LocalDate from = start.orElse(scene.today.minusMonths(6));
      Action.Builder action =
          Action.builder()
              .id(ActionId.of(scene.id("AC")))
              .title(rng.pick(PlanText.ACTIONS))
              .owner(owner(scene, 0.8))
              .startDate(start)
              .dueDate(rng.maybe(0.8, () -> rng.date(from, from.plusMonths(6))));
      if (status != ActionStatus.PLANNED || rng.chance(0.5)) {
        action.status(status);
      }
      if (status == ActionStatus.COMPLETED) {
        action.completedOn(rng.date(from, scene.today));
      }
      if (!out.isEmpty() && rng.chance(0.3)) {
        action.parent(rng.pick(out).id());
      }
      rng.sample(objectives, 0, 2).forEach(o -> action.addObjective(o.id()));
      rng.sample(scene.engageable(), 0, 3).forEach(s -> action.addStakeholder(s.id()));
      rng.sample(needs, 0, 2).forEach(n -> action.addNeed(n.id()));
      out.add(action.build());
    }
    return out;
  }

  private static List<Kpi> kpis(Scene scene, List<Objective> objectives) {
    Rng rng = scene.rng;
    List<Kpi> out = new ArrayList<>();
    int count = rng.between(0, 6);
    for (int i = 0; i < count; i++) {
      Optional<BigDecimal> current =
          rng.maybe(0.6, () -> BigDecimal.valueOf(rng.between(0, 10_000), 1));
      Kpi.Builder kpi =
          Kpi.builder()
              .id(KpiId.of(scene.id("KP")))
              .name(rng.pick(PlanText.KPIS))
              .kind(rng.pick(KpiKind.class))
              .perspective(rng.pick(KpiPerspective.class))
              .target(rng.maybe(0.7, () -> BigDecimal.valueOf(rng.between(1, 10_000))))
              .current(current)
              .measuredOn(
                  current.isPresent()
                      ? rng.maybe(0.8, () -> rng.date(scene.today.minusMonths(3), scene.today))
                      : Optional.empty());
      if (rng.chance(0.6)) {
        kpi.unit(rng.pick(KpiUnit.class));
      }
      if (!objectives.isEmpty() && rng.chance(0.6)) {
        kpi.objective(rng.pick(objectives).id());
      }
      out.add(kpi.build());
    }
    return out;
  }

  private static List<SharedValueInitiative> initiatives(Scene scene, List<AccountNeed> needs) {
    Rng rng = scene.rng;
    List<SharedValueInitiative> out = new ArrayList<>();
    for (String name : rng.sample(PlanText.INITIATIVES, 0, 3)) {
      out.add(Sections.initiative(scene, InitiativeId.of(scene.id("IN")), name, needs));
    }
    return out;
  }

  /** An active team member, or none, with probability {@code p} of one. */
  static Optional<TeamMemberId> owner(Scene scene, double p) {
    List<TeamMember> active = scene.team.stream().filter(m -> m.leftOn().isEmpty()).toList();
    return active.isEmpty()
        ? Optional.empty()
        : scene.rng.maybe(p, () -> scene.rng.pick(active).id());
  }

  /** Between {@code min} and {@code max} engageable stakeholders' ids. */
  static List<StakeholderId> stakeholders(Scene scene, int min, int max) {
    return scene.rng.sample(scene.engageable(), min, max).stream().map(Stakeholder::id).toList();
  }
}
