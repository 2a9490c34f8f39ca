package dev.kamkit.model.testing;

import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Our team and who of ours holds whom. Every team has an active key account manager and an active
 * medical member, so both sides of the firewall are always present.
 */
final class Teams {
  private static final List<TeamFunction> FUNCTIONS = List.of(TeamFunction.values());

  private Teams() {}

  /** {@code n} members: a KAM and a medical member who have not left, then anyone. */
  static List<TeamMember> team(Scene scene, int n) {
    Rng rng = scene.rng;
    List<TeamMember> out = new ArrayList<>();
    out.add(member(scene, TeamFunction.KEY_ACCOUNT_MANAGER, false));
    out.add(
        member(
            scene,
            rng.chance(0.7) ? TeamFunction.MEDICAL_SCIENCE_LIAISON : TeamFunction.MEDICAL_AFFAIRS,
            false));
    while (out.size() < n) {
      out.add(member(scene, rng.weighted(FUNCTIONS, 10, 25, 15, 8, 15, 10, 10, 7), true));
    }
    return out;
  }

  /**
   * {@code n} members of a shared {@code pool}: one active KAM, one active medical member and
   * others, the same objects as in the pool so every account describes them identically.
   */
  static List<TeamMember> pick(Rng rng, List<TeamMember> pool, int n) {
    List<TeamMember> kams =
        pool.stream()
            .filter(m -> m.function() == TeamFunction.KEY_ACCOUNT_MANAGER && m.leftOn().isEmpty())
            .toList();
    List<TeamMember> medics =
        pool.stream()
            .filter(m -> m.division() == Division.MEDICAL && m.leftOn().isEmpty())
            .toList();
    List<TeamMember> out = new ArrayList<>();
    out.add(rng.pick(kams));
    out.add(rng.pick(medics));
    for (TeamMember member : rng.sample(pool, pool.size())) {
      if (out.size() >= n) {
        break;
      }
      if (!out.contains(member)) {
        out.add(member);
      }
    }
    return out;
  }

  /** One team member; {@code mayHaveLeft} lets the member carry a past leaving date. */
  static TeamMember member(Scene scene, TeamFunction function, boolean mayHaveLeft) {
    Rng rng = scene.rng;
    TeamMemberId id = TeamMemberId.of(scene.id("TM"));
    return TeamMember.builder()
        .id(id)
        .incentives(Incentives.of(Rng.keyed(id.value()), function))
        .name(Names.person(rng))
        .function(function)
        .leftOn(
            mayHaveLeft
                ? rng.maybe(
                    0.15, () -> rng.date(scene.today.minusYears(3), scene.today.minusDays(1)))
                : Optional.empty())
        .attributes(CustomFields.some(rng, scene.today, 0.15))
        .build();
  }

  /** Relationships: most stakeholders are held by one or two of ours, some by none. */
  static List<Relationship> relationships(Scene scene) {
    Rng rng = scene.rng;
    List<Relationship> out = new ArrayList<>();
    for (Stakeholder stakeholder : scene.stakeholders) {
      int holders = rng.weighted(List.of(0, 1, 2, 3, 4), 20, 40, 25, 10, 5);
      for (TeamMember member : rng.sample(scene.team, holders)) {
        out.add(relationship(scene, member, stakeholder));
      }
    }
    return out;
  }

  /** A relationship the scene's account does not have yet; fails if every pair is taken. */
  static Relationship fresh(Scene scene, List<Relationship> existing) {
    Set<String> taken = new HashSet<>();
    existing.forEach(r -> taken.add(r.teamMember() + "->" + r.stakeholder()));
    Rng rng = scene.rng;
    for (TeamMember member : rng.sample(scene.team, scene.team.size())) {
      for (Stakeholder stakeholder : rng.sample(scene.stakeholders, scene.stakeholders.size())) {
        if (!taken.contains(member.id() + "->" + stakeholder.id())) {
          return relationship(scene, member, stakeholder);
        }
      }
    }
    throw new IllegalArgumentException(
        "every team member of account " + scene.key + " already holds every stakeholder");
  }

  private static Relationship relationship(
      Scene scene, TeamMember member, Stakeholder stakeholder) {
    Rng rng = scene.rng;
    LocalDate end = member.leftOn().orElse(scene.today);
    Optional<LocalDate> departed = stakeholder.departureDate();
    if (departed.isPresent() && departed.get().isBefore(end)) {
      end = departed.get();
    }
    LocalDate last = end;
    Optional<LocalDate> since = rng.maybe(0.85, () -> rng.date(last.minusYears(8), last));
    LocalDate from = since.orElse(end.minusYears(2));
    return Relationship.builder()
        .teamMember(member.id())
        .stakeholder(stakeholder.id())
        .strength(rng.pick(RelationshipStrength.class))
        .since(since)
        .lastInteraction(rng.maybe(0.8, () -> rng.date(from, last)))
        .build();
  }
}
