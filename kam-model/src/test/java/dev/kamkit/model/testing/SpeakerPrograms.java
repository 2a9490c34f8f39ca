package dev.kamkit.model.testing;

import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.engagement.SpeakerProgram;
import dev.kamkit.model.engagement.Venue;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.TeamMember;
import java.util.ArrayList;
import java.util.List;

/**
 * Speaker programmes: mostly in meeting rooms and ordinary restaurants with a modest meal, a
 * speaker from the account chosen by medical; now and then one the Special Fraud Alert would flag.
 * Most record the therapeutic area of the products discussed and cover one or two of their
 * indications, which the off-label pack holds to the products' approvals; now and then the area is
 * another one.
 */
final class SpeakerPrograms {
  private static final List<Venue> VENUES = List.of(Venue.values());
  private static final List<String> TOPICS =
      List.of(
          "Managing treatment side effects in practice",
          "New outcomes data and what they mean for patients",
          "Dosing and monitoring update",
          "Care pathway redesign: lessons from peer centres");

  private SpeakerPrograms() {}

  static SpeakerProgram one(
      Scene scene, Rng rng, List<StakeholderId> attendees, List<ProductDiscussion> discussed) {
    SpeakerProgram.Builder program =
        SpeakerProgram.builder()
            .topic(rng.pick(TOPICS))
            .venue(rng.weighted(VENUES, 15, 30, 30, 5, 3, 2, 15))
            .mealServed(rng.chance(0.6))
            .companyPaidAlcohol(rng.chance(0.1))
            .speaker(rng.maybe(0.7, () -> rng.pick(scene.engageable()).id()))
            .speakerChosenBy(rng.maybe(0.6, () -> chooser(scene, rng).id()));
    rng.sample(attendees, 0, attendees.size()).forEach(program::addNeedRecordedFor);
    // drawn last, so that the fields above are what they were before programmes had these
    List<Product> products = products(scene, discussed);
    if (!products.isEmpty() && rng.chance(0.8)) {
      program.therapeuticArea(
          rng.chance(0.9)
              ? rng.pick(products).therapeuticArea()
              : rng.pick(TherapeuticArea.ALL).name());
    }
    List<IndicationId> covered = new ArrayList<>();
    products.forEach(p -> p.indications().stream().map(Indication::id).forEach(covered::add));
    rng.sample(covered.stream().distinct().toList(), 0, 2).forEach(program::addIndications);
    return program.build();
  }

  /** The products discussed, each once, as the scene holds them. */
  private static List<Product> products(Scene scene, List<ProductDiscussion> discussed) {
    return discussed.stream()
        .map(ProductDiscussion::product)
        .distinct()
        .flatMap(id -> scene.products.stream().filter(p -> p.id().equals(id)))
        .toList();
  }

  /** Medical chooses speakers, mostly; sometimes sales does, which the rules look for. */
  private static TeamMember chooser(Scene scene, Rng rng) {
    List<TeamMember> medical =
        scene.team.stream().filter(m -> m.division() == Division.MEDICAL).toList();
    return medical.isEmpty() || rng.chance(0.25) ? rng.pick(scene.team) : rng.pick(medical);
  }
}
