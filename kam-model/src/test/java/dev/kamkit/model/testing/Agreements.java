package dev.kamkit.model.testing;

import dev.kamkit.model.engagement.CompensationBasis;
import dev.kamkit.model.engagement.ServiceAgreement;
import dev.kamkit.model.engagement.ServiceKind;
import dev.kamkit.model.id.ServiceAgreementId;
import dev.kamkit.model.stakeholder.Stakeholder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Service agreements with the account's healthcare professionals and, now and then, the
 * institution: mostly signed, with a methodology fixed before the term and a fee basis the safe
 * harbor accepts; sometimes unsigned, fixed late, shorter than a year or volume-based.
 */
final class Agreements {
  private static final List<CompensationBasis> BASES = List.of(CompensationBasis.values());

  private Agreements() {}

  static List<ServiceAgreement> some(Scene scene) {
    Rng rng = Rng.keyed(scene.key + "/agreements");
    List<Stakeholder> hcps = scene.stakeholders.stream().filter(Stakeholder::isHcp).toList();
    int count = rng.chance(0.25) ? 0 : rng.between(1, 2 + scene.stakeholders.size() / 20);
    List<ServiceAgreement> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(one(scene, rng, hcps));
    }
    return out;
  }

  private static ServiceAgreement one(Scene scene, Rng rng, List<Stakeholder> hcps) {
    LocalDate start = rng.date(scene.today.minusYears(2), scene.today.plusMonths(2));
    ServiceAgreement.Builder agreement =
        ServiceAgreement.builder()
            .id(ServiceAgreementId.of(scene.id("SA")))
            .kind(rng.pick(ServiceKind.class))
            .compensationBasis(rng.weighted(BASES, 40, 30, 20, 6, 4))
            .start(start)
            .signedOn(rng.maybe(0.85, () -> start.minusDays(rng.between(-20, 60))))
            .compensationSetOn(rng.maybe(0.7, () -> start.minusDays(rng.between(-30, 90))))
            .end(rng.maybe(0.8, () -> start.plusMonths(rng.chance(0.85) ? 12 : 6).minusDays(1)))
            .annualCap(
                rng.maybe(
                    0.6, () -> Amounts.between(rng, scene.country.currency(), 2_000, 50_000)));
    if (hcps.isEmpty() || rng.chance(0.15)) {
      agreement.organisation(scene.account.id());
    } else {
      agreement.stakeholder(rng.pick(hcps).id());
    }
    return agreement.build();
  }
}
