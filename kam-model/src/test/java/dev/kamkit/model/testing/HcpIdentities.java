package dev.kamkit.model.testing;

import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.stakeholder.HcpIdentity;
import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.TrainingStatus;
import java.util.List;
import java.util.Optional;

/**
 * What transparency rules need about a healthcare professional: a unique valid NPI and state
 * licences in the US, a national registration and EFPIA disclosure consent in Europe.
 */
final class HcpIdentities {
  private static final List<TrainingStatus> TRAINING = List.of(TrainingStatus.values());

  private HcpIdentities() {}

  static HcpIdentity identity(Scene scene, Role role, Optional<ClinicalUnit> unit) {
    Rng rng = scene.rng;
    Country country = scene.country;
    HcpProfession profession = rng.pick(role.professions());
    HcpIdentity.Builder hcp =
        HcpIdentity.builder()
            .profession(profession)
            .specialty(
                rng.maybe(
                    0.7,
                    () ->
                        unit.map(ClinicalUnit::name)
                            .orElse(
                                role.function().name().charAt(0)
                                    + role.function()
                                        .name()
                                        .substring(1)
                                        .toLowerCase()
                                        .replace('_', ' '))))
            .countryOfPractice(rng.maybe(0.8, country::code));
    if (profession == HcpProfession.PHYSICIAN && rng.chance(0.25)) {
      hcp.trainingStatus(rng.weighted(TRAINING, 40, 30, 30));
    }
    if (country.isUs()) {
      hcp.npi(rng.maybe(0.9, () -> Npis.fresh(scene)));
      rng.sample(country.regions(), 0, 3).forEach(hcp::addLicenseState);
    } else {
      hcp.nationalRegistration(rng.maybe(0.7, () -> registration(rng, country)));
    }
    if (country.efpia()) {
      hcp.disclosureConsent(rng.maybe(0.7, () -> rng.chance(0.6)));
    }
    return hcp.build();
  }

  private static String registration(Rng rng, Country country) {
    return switch (country.code()) {
      case "GB" -> "GMC " + rng.digits(7);
      case "FR" -> "RPPS " + rng.digits(11);
      case "DE" -> "LANR " + rng.digits(9);
      default -> country.code() + "-" + rng.digits(8);
    };
  }
}
