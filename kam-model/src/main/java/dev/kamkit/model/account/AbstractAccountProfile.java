package dev.kamkit.model.account;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.ProductId;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts a KAM keeps about an account as an institution: size, ownership, GPO affiliations,
 * contracts, EHR, fiscal calendar and volumes. Every part is optional: a profile records what is
 * known, and plan completeness scores what is missing.
 */
@Value.Immutable
public abstract class AbstractAccountProfile {

  /** Staffed beds across the account, where known. */
  public abstract Optional<Integer> beds();

  /** Number of facilities (hospitals, clinics), where known. */
  public abstract Optional<Integer> facilityCount();

  /** Who owns the institution. */
  public abstract Optional<Ownership> ownership();

  /** Its GPO memberships. */
  public abstract List<GpoAffiliation> gpoAffiliations();

  /** Its contracts with the company. */
  public abstract List<Contract> contracts();

  /** Its electronic health record system, for example {@code "Epic"}. */
  public abstract Optional<String> ehrSystem();

  /** The first day of its fiscal year, for example {@code --07-01}. */
  public abstract Optional<MonthDay> fiscalYearStart();

  /** Its annual volumes and revenue, per fiscal year and product. */
  public abstract List<AnnualVolume> annualVolumes();

  /** True if nothing at all is recorded. */
  public boolean isEmpty() {
    return equals(AccountProfile.builder().build());
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("AccountProfile", null)
        .notNegative("beds", beds())
        .notNegative("facilityCount", facilityCount())
        .nonBlank("ehrSystem", ehrSystem())
        .unique("contracts.id", contracts(), Contract::id)
        .unique("annualVolumes", annualVolumes(), v -> new VolumeKey(v.fiscalYear(), v.product()))
        .throwIfInvalid();
  }

  /**
   * One fiscal year's volume of one product, or of the total: compared by its parts so that a
   * product whose id happens to be {@code "total"} is not mistaken for the account's total.
   */
  private record VolumeKey(int fiscalYear, Optional<ProductId> product) {
    @Override
    public String toString() {
      return fiscalYear + "/" + product.map(Object::toString).orElse("total");
    }
  }
}
