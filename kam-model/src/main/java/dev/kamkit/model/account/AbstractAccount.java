package dev.kamkit.model.account;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ClinicalUnitId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * The customer institution behind a key account: its name and kind, its parent in a hierarchy, its
 * country, its sites of care with their clinical units, and its profile.
 *
 * <p>The stakeholders, plan and everything else about the account live in the aggregate that ties
 * them together, {@code dev.kamkit.model.KeyAccount}.
 */
@Value.Immutable
public abstract class AbstractAccount {
  // Only the generated Account extends this: no host subclass.
  AbstractAccount() {}

  /** The account's id. */
  public abstract AccountId id();

  /** Its name, for example {@code "Riverside Health System"}. */
  public abstract String name();

  /** What kind of institution it is. */
  public abstract AccountKind kind();

  /** Its parent account, for a hospital that belongs to an IDN, for example. */
  public abstract Optional<AccountId> parent();

  /** Its country, as an ISO 3166-1 alpha-2 code such as {@code "US"} or {@code "DE"}. */
  public abstract String country();

  /** Region, state or province, where relevant. */
  public abstract Optional<String> region();

  /** Its sites of care. */
  public abstract List<Site> sites();

  /** Its profile. */
  @Value.Default
  public AccountProfile profile() {
    return AccountProfile.builder().build();
  }

  /** The tier assigned by the host's tiering, if any. */
  public abstract Optional<AccountTier> tier();

  /**
   * Typed facts rule packs read about this account, at most one per key name, each made with {@link
   * Fact#of(dev.kamkit.model.base.FactKey, Object)} from a key a pack declares (for example the
   * France pack's {@code FranceFacts.KIND}). Not for a host's own CRM fields: those are {@link
   * #attributes()}.
   */
  public abstract Set<Fact<?>> facts();

  /** Host-defined custom fields. */
  public abstract Map<String, AttributeValue> attributes();

  /** Every clinical unit of every site. */
  public Stream<ClinicalUnit> clinicalUnits() {
    return sites().stream().flatMap(site -> site.clinicalUnits().stream());
  }

  /** The ids of every clinical unit of every site. */
  @Value.Lazy
  public Set<ClinicalUnitId> clinicalUnitIds() {
    return clinicalUnits().map(ClinicalUnit::id).collect(Collectors.toUnmodifiableSet());
  }

  /** The clinical unit {@code id}, at whichever site it is; empty if the account has none. */
  public Optional<ClinicalUnit> clinicalUnit(ClinicalUnitId id) {
    return clinicalUnits().filter(u -> u.id().equals(id)).findFirst();
  }

  /** The site the clinical unit {@code id} belongs to; empty if the account has no such unit. */
  public Optional<Site> siteOf(ClinicalUnitId id) {
    return sites().stream()
        .filter(site -> site.clinicalUnits().stream().anyMatch(u -> u.id().equals(id)))
        .findFirst();
  }

  @Value.Check
  protected void check() {
    ModelCheck check =
        ModelCheck.of("Account", id())
            .nonBlank("name", name())
            .countryCode("country", country())
            .nonBlank("region", region())
            .require(
                !(parent().isPresent() && parent().get().equals(id())),
                "parent",
                parent(),
                ModelCode.ACCOUNT_OWN_PARENT)
            .unique("sites", "id", sites(), Site::id);
    uniqueClinicalUnits(check);
    check
        .attributeKeys(attributes())
        .unique("facts", facts(), f -> f.key().name())
        .throwIfInvalid();
  }

  /**
   * Clinical unit ids are unique across the sites: each shared id reported once, where repeated.
   */
  private void uniqueClinicalUnits(ModelCheck check) {
    List<Site> sites = sites();
    if (sites.size() < 2) {
      return; // a site's own check has found the duplicates inside it
    }
    Set<ClinicalUnitId> seen = new HashSet<>();
    Set<ClinicalUnitId> reported =
        null; // made on the first duplicate: almost all accounts have none
    for (int s = 0; s < sites.size(); s++) {
      List<ClinicalUnit> units = sites.get(s).clinicalUnits();
      for (int u = 0; u < units.size(); u++) {
        ClinicalUnitId unit = units.get(u).id();
        if (seen.add(unit)) {
          continue;
        }
        if (reported == null) {
          reported = new HashSet<>();
        }
        if (reported.add(unit)) {
          check.fail(
              ModelCheck.at("sites", s, sites.get(s).id())
                  .field("clinicalUnits")
                  .element(u, Arg.of(unit))
                  .field("id"),
              unit,
              ModelCode.DUPLICATE);
        }
      }
    }
  }
}
