package dev.kamkit.model.testing;

import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.stakeholder.CommitteeMembership;
import dev.kamkit.model.stakeholder.CommitteeRole;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Committee seats: each decision body gets a chair (usually) and members drawn mostly from the
 * functions that sit on such a body and, for a site-level body, from that site.
 */
final class Seats {
  private Seats() {}

  static void assign(Scene scene, List<People.Draft> drafts) {
    Rng rng = scene.rng;
    List<People.Draft> present =
        drafts.stream().filter(d -> d.status() != StakeholderStatus.DEPARTED).toList();
    for (DecisionBody body : scene.bodies) {
      List<People.Draft> local =
          body.site().isEmpty()
              ? present
              : present.stream()
                  .filter(d -> d.site().map(s -> s.id().equals(body.site().get())).orElse(true))
                  .toList();
      Set<StakeholderFunction> sits = functions(body.kind());
      List<People.Draft> preferred =
          local.stream().filter(d -> sits.contains(d.role().function())).toList();
      int seats = rng.between(3, 9);
      List<People.Draft> chosen = new ArrayList<>(rng.sample(preferred, seats * 3 / 4 + 1));
      for (People.Draft extra : rng.sample(local, seats)) {
        if (chosen.size() < seats && !chosen.contains(extra)) {
          chosen.add(extra);
        }
      }
      boolean chaired = rng.chance(0.85);
      for (int i = 0; i < chosen.size(); i++) {
        CommitteeRole role =
            i == 0 && chaired
                ? CommitteeRole.CHAIR
                : rng.chance(0.7) ? CommitteeRole.VOTING_MEMBER : CommitteeRole.NON_VOTING_MEMBER;
        chosen.get(i).builder().addCommitteeMembership(CommitteeMembership.of(body.id(), role));
      }
    }
  }

  private static Set<StakeholderFunction> functions(DecisionBodyKind kind) {
    return switch (kind) {
      case PHARMACY_AND_THERAPEUTICS, FORMULARY ->
          EnumSet.of(
              StakeholderFunction.PHARMACY,
              StakeholderFunction.CLINICAL,
              StakeholderFunction.MEDICAL,
              StakeholderFunction.NURSING);
      case VALUE_ANALYSIS, PROCUREMENT ->
          EnumSet.of(
              StakeholderFunction.PROCUREMENT,
              StakeholderFunction.FINANCE,
              StakeholderFunction.CLINICAL,
              StakeholderFunction.NURSING);
      case EXECUTIVE -> EnumSet.of(StakeholderFunction.EXECUTIVE, StakeholderFunction.FINANCE);
      case CLINICAL_GOVERNANCE ->
          EnumSet.of(
              StakeholderFunction.CLINICAL,
              StakeholderFunction.MEDICAL,
              StakeholderFunction.NURSING);
      case QUALITY ->
          EnumSet.of(
              StakeholderFunction.QUALITY_AND_POPULATION_HEALTH,
              StakeholderFunction.CLINICAL,
              StakeholderFunction.NURSING);
      case OTHER -> EnumSet.allOf(StakeholderFunction.class);
    };
  }
}
