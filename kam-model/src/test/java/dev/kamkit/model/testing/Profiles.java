package dev.kamkit.model.testing;

import dev.kamkit.model.account.AccountProfile;
import dev.kamkit.model.account.AnnualVolume;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractKind;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.account.GpoAffiliation;
import dev.kamkit.model.account.GpoCommitment;
import dev.kamkit.model.account.Ownership;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.portfolio.Product;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * An account's profile: beds, ownership, GPO affiliations, contracts on our products, EHR, fiscal
 * year and annual volumes. Now and then empty, as for an account nobody profiled yet.
 */
final class Profiles {
  private static final List<MonthDay> FISCAL_STARTS =
      List.of(MonthDay.of(1, 1), MonthDay.of(7, 1), MonthDay.of(10, 1), MonthDay.of(4, 1));

  private Profiles() {}

  static AccountProfile profile(Scene scene, List<Site> sites) {
    Rng rng = scene.rng;
    AccountProfile.Builder profile = AccountProfile.builder();
    if (rng.chance(0.1)) {
      return profile.build();
    }
    int beds = sites.stream().mapToInt(s -> s.beds().orElse(0)).sum();
    profile
        .beds(rng.maybe(0.7, () -> beds > 0 ? beds : rng.between(0, 60)))
        .facilityCount(rng.maybe(0.6, sites::size))
        .ownership(rng.maybe(0.7, () -> rng.pick(Ownership.class)))
        .ehrSystem(rng.maybe(0.7, () -> rng.pick(Names.EHRS)))
        .fiscalYearStart(rng.maybe(0.6, () -> rng.pick(FISCAL_STARTS)));
    if (rng.chance(0.6)) {
      for (String gpo : rng.sample(Names.GPOS, 1, 2)) {
        profile.addGpoAffiliation(gpo(rng, scene.today, gpo));
      }
    }
    int contracts = rng.chance(0.7) ? rng.between(1, 4) : 0;
    for (int i = 0; i < contracts; i++) {
      profile.addContract(contract(scene));
    }
    if (rng.chance(0.5)) {
      volumes(scene, profile);
    }
    return profile.build();
  }

  private static GpoAffiliation gpo(Rng rng, LocalDate today, String name) {
    Optional<LocalDate> since = rng.maybe(0.7, () -> rng.date(today.minusYears(10), today));
    LocalDate from = since.orElse(today.minusYears(1));
    return GpoAffiliation.builder()
        .gpoName(name)
        .gpoAccount(rng.maybe(0.3, () -> AccountId.of("GPO-" + name.toUpperCase())))
        .commitment(rng.pick(GpoCommitment.class))
        .since(since)
        .until(rng.maybe(0.3, () -> rng.date(from, today.plusYears(3))))
        .build();
  }

  private static Contract contract(Scene scene) {
    Rng rng = scene.rng;
    LocalDate today = scene.today;
    LocalDate start = rng.date(today.minusYears(4), today.plusYears(1));
    LocalDate end = start.plusYears(rng.between(1, 5)).minusDays(1);
    ContractStatus status;
    if (end.isBefore(today)) {
      status = rng.chance(0.85) ? ContractStatus.ENDED : ContractStatus.REJECTED;
    } else if (start.isAfter(today)) {
      status =
          rng.pick(
              List.of(
                  ContractStatus.DRAFT,
                  ContractStatus.IN_APPROVAL,
                  ContractStatus.SIGNED,
                  ContractStatus.REJECTED));
    } else {
      status = rng.chance(0.85) ? ContractStatus.ACTIVE : ContractStatus.SIGNED;
    }
    Contract.Builder contract =
        Contract.builder()
            .id(ContractId.of(scene.id("CT")))
            .name(
                rng.pick(
                        List.of(
                            "Supply agreement",
                            "Pricing agreement",
                            "Service agreement",
                            "Outcomes agreement"))
                    + " "
                    + start.getYear()
                    + "-"
                    + rng.digits(4))
            .kind(rng.pick(ContractKind.class))
            .status(status)
            .start(start)
            .end(end)
            .value(
                rng.maybe(
                    0.7, () -> Amounts.between(rng, scene.country.currency(), 50_000, 5_000_000)));
    rng.sample(scene.ownProducts(), 0, 3).forEach(p -> contract.addProduct(p.id()));
    Contract drawn = contract.build();
    if (drawn.kind() == ContractKind.GPO) {
      // the GPO's fee terms, from the contract's own stream; now and then above the 3 % harbor
      Rng fees = Rng.keyed(drawn.id().value());
      contract.administrativeFeePercent(
          fees.maybe(0.6, () -> BigDecimal.valueOf(fees.between(100, 450), 2)));
      contract.administrativeFeeAmount(
          fees.maybe(0.3, () -> Amounts.between(fees, scene.country.currency(), 10_000, 250_000)));
    }
    return contract.build();
  }

  private static void volumes(Scene scene, AccountProfile.Builder profile) {
    Rng rng = scene.rng;
    int lastYear = scene.today.getYear() - 1;
    for (int year = lastYear - rng.between(0, 2); year <= lastYear; year++) {
      if (rng.chance(0.7)) {
        profile.addAnnualVolume(volume(scene, year, Optional.empty()));
      }
      for (Product product : scene.ownProducts()) {
        if (rng.chance(0.5)) {
          profile.addAnnualVolume(volume(scene, year, Optional.of(product)));
        }
      }
    }
  }

  private static AnnualVolume volume(Scene scene, int year, Optional<Product> product) {
    Rng rng = scene.rng;
    boolean units = rng.chance(0.7);
    boolean revenue = !units || rng.chance(0.7);
    return AnnualVolume.builder()
        .fiscalYear(year)
        .product(product.map(Product::id))
        .units(units ? Optional.of(BigDecimal.valueOf(rng.between(0, 250_000))) : Optional.empty())
        .netRevenue(
            revenue
                ? Optional.of(Amounts.between(rng, scene.country.currency(), 10_000, 20_000_000))
                : Optional.empty())
        .build();
  }
}
