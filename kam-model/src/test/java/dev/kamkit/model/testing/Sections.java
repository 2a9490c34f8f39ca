package dev.kamkit.model.testing;

import dev.kamkit.model.id.InitiativeId;
import dev.kamkit.model.plan.AccountNeed;
import dev.kamkit.model.plan.CompetitorPosition;
import dev.kamkit.model.plan.CustomerFeedback;
import dev.kamkit.model.plan.InitiativeStatus;
import dev.kamkit.model.plan.JointBusinessPlan;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.PathwayStage;
import dev.kamkit.model.plan.PatientPathway;
import dev.kamkit.model.plan.SharedValueInitiative;
import dev.kamkit.model.plan.SwotAnalysis;
import dev.kamkit.model.plan.ThreatLevel;
import dev.kamkit.model.plan.ValueProposition;
import dev.kamkit.model.portfolio.Product;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The account plan's smaller sections, each valid on its own and referring only to the scene. */
final class Sections {
  private static final List<InitiativeStatus> LAUNCH_DATED =
      List.of(InitiativeStatus.LAUNCHED, InitiativeStatus.COMPLETED, InitiativeStatus.STOPPED);

  private Sections() {}

  static SwotAnalysis swot(Rng rng) {
    return SwotAnalysis.builder()
        .strengths(rng.sample(PlanText.STRENGTHS, 0, 3))
        .weaknesses(rng.sample(PlanText.WEAKNESSES, 0, 3))
        .opportunities(rng.sample(PlanText.OPPORTUNITIES, 0, 3))
        .threats(rng.sample(PlanText.THREATS, 0, 3))
        .build();
  }

  static List<CompetitorPosition> competitors(Scene scene) {
    Rng rng = scene.rng;
    List<String> rivalProducts =
        scene.competitorProducts().stream().map(Product::name).distinct().toList();
    List<CompetitorPosition> out = new ArrayList<>();
    for (String competitor : rng.sample(Names.COMPETITORS, 0, 3)) {
      CompetitorPosition.Builder position =
          CompetitorPosition.builder()
              .competitor(competitor)
              .competitorProducts(rng.sample(rivalProducts, 0, 2))
              .threat(rng.pick(ThreatLevel.class))
              .strengths(rng.maybe(0.6, () -> rng.pick(PlanText.STRENGTH_NOTES)))
              .weaknesses(rng.maybe(0.6, () -> rng.pick(PlanText.WEAKNESS_NOTES)));
      rng.sample(scene.ownProducts(), 0, 2).forEach(p -> position.addCompetesWith(p.id()));
      out.add(position.build());
    }
    return out;
  }

  static List<PatientPathway> pathways(Scene scene) {
    Rng rng = scene.rng;
    Set<String> conditions = new LinkedHashSet<>();
    for (Product product : scene.ownProducts()) {
      TherapeuticArea.named(product.therapeuticArea())
          .ifPresent(area -> conditions.addAll(area.conditions()));
    }
    List<PatientPathway> out = new ArrayList<>();
    for (String condition : rng.sample(List.copyOf(conditions), 0, 2)) {
      // stages keep the order patients pass through them
      List<PathwayStage> stages = new ArrayList<>();
      for (String stage : PlanText.STAGES) {
        if (rng.chance(0.5)) {
          stages.add(
              PathwayStage.builder()
                  .name(stage)
                  .painPoints(rng.sample(PlanText.PAIN_POINTS, 0, 2))
                  .stakeholders(Plans.stakeholders(scene, 0, 3))
                  .build());
        }
      }
      // a pathway named before its stages are mapped, from its own stream (the stages are drawn
      // all the same, so that nothing else drawn shifts)
      boolean unmapped = Rng.keyed(scene.key + "/pathway/" + condition).chance(0.15);
      out.add(
          PatientPathway.builder()
              .condition(condition)
              .stages(unmapped ? List.of() : stages)
              .build());
    }
    return out;
  }

  static List<CustomerFeedback> feedback(Scene scene) {
    Rng rng = scene.rng;
    List<CustomerFeedback> out = new ArrayList<>();
    int count = rng.between(0, 4);
    for (int quarter = count; quarter > 0; quarter--) {
      boolean nps = rng.chance(0.7);
      boolean effort = rng.chance(0.5);
      boolean relationship = (!nps && !effort) || rng.chance(0.5);
      out.add(
          CustomerFeedback.builder()
              .date(scene.today.minusMonths(3L * quarter))
              .netPromoterScore(nps ? Optional.of(rng.between(-100, 100)) : Optional.empty())
              .customerEffortScore(effort ? Optional.of(rng.between(1, 7)) : Optional.empty())
              .relationshipScore(relationship ? Optional.of(rng.between(0, 10)) : Optional.empty())
              .source(rng.maybe(0.6, () -> rng.pick(PlanText.FEEDBACK_SOURCES)))
              .build());
    }
    return out;
  }

  static ValueProposition valueProposition(Scene scene) {
    Rng rng = scene.rng;
    ValueProposition.Builder proposition =
        ValueProposition.builder()
            .statement(rng.pick(PlanText.STATEMENTS))
            .businessRationale(rng.maybe(0.7, () -> rng.pick(PlanText.BUSINESS)))
            .clinicalRationale(rng.maybe(0.7, () -> rng.pick(PlanText.CLINICAL)))
            .reviewedOn(rng.maybe(0.5, () -> rng.date(scene.today.minusYears(1), scene.today)));
    rng.sample(scene.ownProducts(), 0, 2).forEach(p -> proposition.addProduct(p.id()));
    return proposition.build();
  }

  static JointBusinessPlan jointPlan(Scene scene, List<Objective> objectives) {
    Rng rng = scene.rng;
    JointBusinessPlan.Builder plan =
        JointBusinessPlan.builder()
            .agreedOn(rng.maybe(0.6, () -> rng.date(scene.today.minusYears(1), scene.today)))
            .customerSponsors(Plans.stakeholders(scene, 0, 3))
            .nextJointReview(
                rng.maybe(0.5, () -> rng.date(scene.today, scene.today.plusMonths(6))));
    rng.sample(objectives, 0, 2).forEach(o -> plan.addJointObjective(o.id()));
    return plan.build();
  }

  static SharedValueInitiative initiative(
      Scene scene, InitiativeId id, String name, List<AccountNeed> needs) {
    Rng rng = scene.rng;
    InitiativeStatus status = rng.pick(InitiativeStatus.class);
    SharedValueInitiative.Builder initiative =
        SharedValueInitiative.builder()
            .id(id)
            .name(name)
            .rationale(rng.maybe(0.7, () -> rng.pick(PlanText.BUSINESS)))
            .stakeholders(Plans.stakeholders(scene, 0, 3));
    if (status != InitiativeStatus.PROPOSED || rng.chance(0.5)) {
      initiative.status(status);
    }
    if (LAUNCH_DATED.contains(status)) {
      initiative.launchedOn(rng.maybe(0.7, () -> rng.date(scene.today.minusYears(2), scene.today)));
    }
    rng.sample(needs, 0, 2).forEach(n -> initiative.addNeed(n.id()));
    Plans.owner(scene, 0.8).ifPresent(initiative::addTeamMember);
    return initiative.build();
  }
}
