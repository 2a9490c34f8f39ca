package dev.kamkit.model.testing;

import dev.kamkit.model.committee.CommitteeSubmission;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.SubmissionDecision;
import dev.kamkit.model.committee.SubmissionStage;
import dev.kamkit.model.committee.SubmissionStep;
import dev.kamkit.model.id.CommitteeSubmissionId;
import dev.kamkit.model.pipeline.Opportunity;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.Stakeholder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Committee submissions: requests for our products to the account's P&amp;T, value analysis and
 * formulary committees (any body where it has none of those), mostly sponsored by a clinical
 * champion, some by nobody, some by a champion who is leaving; at every stage, some decided, some
 * deferred and taken up again, some past their target meeting. Drawn from their own stream, so the
 * rest of a generated account stays as it was.
 */
final class Submissions {
  private static final Set<DecisionBodyKind> COMMITTEES =
      EnumSet.of(
          DecisionBodyKind.PHARMACY_AND_THERAPEUTICS,
          DecisionBodyKind.VALUE_ANALYSIS,
          DecisionBodyKind.FORMULARY);
  private static final List<SubmissionDecision> DECISIONS = List.of(SubmissionDecision.values());

  private Submissions() {}

  static List<CommitteeSubmission> some(Scene scene, List<Opportunity> opportunities) {
    List<Product> products = scene.ownProducts();
    if (products.isEmpty() || scene.bodies.isEmpty()) {
      return List.of();
    }
    Rng rng = Rng.keyed(scene.key + "/submissions");
    List<DecisionBody> bodies =
        scene.bodies.stream().filter(b -> COMMITTEES.contains(b.kind())).toList();
    List<DecisionBody> to = bodies.isEmpty() ? scene.bodies : bodies;
    int count = rng.chance(0.25) ? 0 : rng.between(1, 4);
    List<CommitteeSubmission> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(one(scene, rng, rng.pick(to), rng.pick(products), opportunities));
    }
    return out;
  }

  private static CommitteeSubmission one(
      Scene scene, Rng rng, DecisionBody body, Product product, List<Opportunity> opportunities) {
    LocalDate requested = rng.date(scene.today.minusMonths(18), scene.today);
    CommitteeSubmission.Builder s =
        CommitteeSubmission.builder()
            .id(CommitteeSubmissionId.of(scene.id("CS")))
            .name(product.name() + ", " + body.name())
            .decisionBody(body.id())
            .product(product.id())
            .steps(steps(rng, requested, scene.today))
            .owner(rng.maybe(0.85, () -> rng.pick(scene.team).id()))
            .attributes(CustomFields.some(rng, scene.today, 0.15));
    if (!product.indications().isEmpty() && rng.chance(0.6)) {
      s.indication(rng.pick(product.indications()).id());
    }
    if (body.site().isPresent()) {
      s.site(rng.maybe(0.5, () -> body.site().get()));
    } else if (!scene.sites().isEmpty() && rng.chance(0.3)) {
      s.site(rng.pick(scene.sites()).id());
    }
    List<Stakeholder> champions =
        scene.stakeholders.stream().filter(p -> p.holds(BuyingRole.CLINICAL_CHAMPION)).toList();
    List<Stakeholder> sponsors = champions.isEmpty() ? scene.stakeholders : champions;
    if (!sponsors.isEmpty() && rng.chance(0.8)) {
      s.sponsor(rng.pick(sponsors).id());
    }
    List<LocalDate> meetings = List.copyOf(body.meetingDates().tailSet(requested));
    if (rng.chance(0.8)) {
      s.targetMeeting(
          meetings.isEmpty() ? requested.plusDays(rng.between(30, 200)) : rng.pick(meetings));
    }
    List<Opportunity> forProduct =
        opportunities.stream().filter(o -> o.product().equals(product.id())).toList();
    if (!forProduct.isEmpty() && rng.chance(0.6)) {
      s.opportunity(rng.pick(forProduct).id());
    }
    return s.build();
  }

  /**
   * A history from {@code requested} that stops at a random stage, skipping the clinical evaluation
   * now and then, no later than {@code today}; a deferred decision sometimes goes back to review
   * and is decided again.
   */
  private static List<SubmissionStep> steps(Rng rng, LocalDate requested, LocalDate today) {
    List<SubmissionStep> steps = new ArrayList<>();
    steps.add(SubmissionStep.of(SubmissionStage.REQUEST, requested));
    SubmissionStage last = rng.pick(SubmissionStage.class);
    LocalDate day = requested;
    for (SubmissionStage stage : SubmissionStage.values()) {
      if (stage == SubmissionStage.REQUEST
          || stage.compareTo(last) > 0
          || (stage == SubmissionStage.CLINICAL_EVALUATION && rng.chance(0.4))) {
        continue;
      }
      day = day.plusDays(rng.between(0, 75));
      if (day.isAfter(today)) {
        return steps;
      }
      if (stage != SubmissionStage.DECISION) {
        steps.add(SubmissionStep.of(stage, day));
        continue;
      }
      SubmissionDecision decision = rng.weighted(DECISIONS, 40, 20, 15, 25);
      steps.add(SubmissionStep.decided(day, decision));
      LocalDate again = day.plusDays(rng.between(20, 90));
      if (decision == SubmissionDecision.DEFERRED && rng.chance(0.5) && !again.isAfter(today)) {
        steps.add(SubmissionStep.of(SubmissionStage.COMMITTEE_REVIEW, again));
        LocalDate decided = again.plusDays(rng.between(0, 40));
        if (!decided.isAfter(today)) {
          steps.add(SubmissionStep.decided(decided, rng.weighted(DECISIONS, 50, 20, 20, 10)));
        }
      }
    }
    return steps;
  }
}
