package dev.kamkit.model.testing;

import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.TeamMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Interactions over the last two years and the next two months, each held by team members of one
 * side of the firewall who were on the team that day.
 */
final class Interactions {
  private static final List<String> COMMERCIAL_PURPOSES =
      List.of(
          "Formulary review preparation",
          "Contract renewal discussion",
          "Quarterly business review",
          "Value analysis committee dossier walkthrough",
          "Introduction to the new account team",
          "Patient support programme overview",
          "Budget impact model review",
          "Supply continuity update");
  private static final List<String> MEDICAL_PURPOSES =
      List.of(
          "Scientific exchange on new trial data",
          "Response to a medical information request",
          "Investigator-initiated study discussion",
          "Clinical pathway advisory input");
  private static final List<String> RATIONALES =
      List.of(
          "Account requested evidence ahead of its P&T review",
          "Contract expires within the year; renewal terms need agreement",
          "New pathway lead appointed; needs on-label product information",
          "Stakeholder asked for outcomes data to support a protocol change",
          "Planned touchpoint from the approved account plan");

  private Interactions() {}

  static List<Interaction> some(Scene scene, int n) {
    List<Interaction> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(one(scene));
    }
    return out;
  }

  static Interaction one(Scene scene) {
    Rng rng = scene.rng;
    LocalDate date = rng.date(scene.today.minusDays(730), scene.today.plusDays(60));
    InteractionStatus status =
        date.isAfter(scene.today)
            ? rng.chance(0.85) ? InteractionStatus.PLANNED : InteractionStatus.CANCELLED
            : rng.chance(0.88) ? InteractionStatus.COMPLETED : InteractionStatus.CANCELLED;
    Division division = rng.chance(0.25) ? Division.MEDICAL : Division.COMMERCIAL;
    boolean medical = division == Division.MEDICAL;
    InteractionId id = InteractionId.of(scene.id("IX"));
    Interaction.Builder interaction =
        Interaction.builder()
            .id(id)
            .date(date)
            .channel(rng.pick(Channel.class))
            .teamMembers(ours(scene, division, date).stream().map(TeamMember::id).toList())
            .stakeholders(theirs(scene).stream().map(Stakeholder::id).toList())
            .purpose(rng.pick(medical ? MEDICAL_PURPOSES : COMMERCIAL_PURPOSES))
            .rationale(rng.maybe(0.85, () -> rng.pick(RATIONALES)))
            .attributes(CustomFields.some(rng, scene.today, 0.1));
    if (status != InteractionStatus.COMPLETED || rng.chance(0.5)) {
      interaction.status(status);
    }
    if (!scene.bodies.isEmpty() && rng.chance(0.08)) {
      interaction.decisionBody(rng.pick(scene.bodies).id());
    }
    if ((medical && rng.chance(0.3)) || rng.chance(0.03)) {
      interaction.unsolicitedRequest(medical);
    }
    for (Product product : rng.sample(scene.ownProducts(), 0, 2)) {
      interaction.addProductsDiscussed(
          ProductDiscussion.of(
              product.id(),
              rng.chance(0.6) ? Optional.of(Grid.indication(scene, product)) : Optional.empty()));
    }
    compliance(scene, Rng.keyed(id.value()), interaction.build(), interaction, medical);
    return interaction.build();
  }

  /** Materials and speaker programmes, drawn from the interaction's own stream. */
  private static void compliance(
      Scene scene, Rng rng, Interaction drawn, Interaction.Builder interaction, boolean medical) {
    if (!scene.materials.isEmpty() && rng.chance(medical ? 0.05 : 0.4)) {
      rng.sample(scene.materials, 1, 2).forEach(m -> interaction.addMaterial(m.id()));
    }
    if (rng.chance(0.12)) {
      interaction.speakerProgram(
          SpeakerPrograms.one(
              scene, rng, List.copyOf(drawn.stakeholders()), drawn.productsDiscussed()));
    }
  }

  private static List<TeamMember> ours(Scene scene, Division division, LocalDate date) {
    List<TeamMember> pool = scene.activeTeam(division, date);
    if (pool.isEmpty()) {
      pool =
          scene.activeTeam(
              division == Division.MEDICAL ? Division.COMMERCIAL : Division.MEDICAL, date);
    }
    return pool.isEmpty() ? List.of(scene.lead()) : scene.rng.sample(pool, 1, 2);
  }

  private static List<Stakeholder> theirs(Scene scene) {
    List<Stakeholder> pool = scene.engageable();
    return scene.rng.chance(0.05) ? List.of() : scene.rng.sample(pool, 1, 4);
  }
}
