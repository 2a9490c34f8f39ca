package dev.kamkit.model.account;

import dev.kamkit.model.base.ModelCheck;
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
  // Only the generated AccountProfile extends this: no host subclass.
  AbstractAccountProfile() {}

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
        .unique("contracts", "id", contracts(), Contract::id)
        .unique("annualVolumes", annualVolumes(), AbstractAccountProfile::volumeKey)
        .throwIfInvalid();
  }

  /**
   * One fiscal year's volume of one product, or of the total: the year and the product, or the year
   * alone, compared by their parts.
   */
  private static List<Object> volumeKey(AnnualVolume volume) {
    return volume.product().isPresent()
        ? List.of(volume.fiscalYear(), volume.product().get())
        : List.of(volume.fiscalYear());
  }
}
