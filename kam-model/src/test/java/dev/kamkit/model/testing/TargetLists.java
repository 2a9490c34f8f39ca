package dev.kamkit.model.testing;

import dev.kamkit.model.id.TargetListId;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.TargetList;
import dev.kamkit.model.team.TeamMember;
import java.util.ArrayList;
import java.util.List;

/**
 * Target lists: commercial lists built and worked by commercial people, medical lists by medical
 * people, and now and then a commercial list worked by a medical member, which the firewall rules
 * look for.
 */
final class TargetLists {
  private static final List<String> NAMES =
      List.of("Key opinion leaders", "Formulary influencers", "Priority prescribers", "New starts");

  private TargetLists() {}

  static List<TargetList> some(Scene scene) {
    Rng rng = Rng.keyed(scene.key + "/targetLists");
    List<TargetList> out = new ArrayList<>();
    if (scene.stakeholders.isEmpty() || rng.chance(0.25)) {
      return out;
    }
    for (int n = rng.between(1, 3); n > 0; n--) {
      out.add(one(scene, rng));
    }
    return out;
  }

  private static TargetList one(Scene scene, Rng rng) {
    Division side = rng.chance(0.3) ? Division.MEDICAL : Division.COMMERCIAL;
    List<TeamMember> builders = members(scene, side);
    TeamMember builder = builders.isEmpty() ? scene.lead() : rng.pick(builders);
    TargetList.Builder list =
        TargetList.builder()
            .id(TargetListId.of(scene.id("TL")))
            .name(rng.pick(NAMES) + " " + scene.today.getYear())
            .builtBy(builder.id())
            .createdOn(rng.maybe(0.7, () -> rng.date(scene.today.minusYears(1), scene.today)));
    Division workers = side == Division.COMMERCIAL && rng.chance(0.1) ? Division.MEDICAL : side;
    if (rng.chance(0.85)) {
      rng.sample(members(scene, workers), 1, 2).forEach(m -> list.addWorkedBy(m.id()));
    }
    rng.sample(scene.stakeholders, 1, 6).stream()
        .map(Stakeholder::id)
        .forEach(list::addStakeholder);
    return list.build();
  }

  private static List<TeamMember> members(Scene scene, Division division) {
    return scene.team.stream().filter(m -> m.division() == division).toList();
  }
}
