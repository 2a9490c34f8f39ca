package dev.kamkit.model.account;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ClinicalUnitId;
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

  @Value.Check
  protected void check() {
    ModelCheck.of("Account", id())
        .nonBlank("name", name())
        .countryCode("country", country())
        .nonBlank("region", region())
        .require(
            !parent().equals(Optional.of(id())),
            "parent",
            parent(),
            "an account cannot be its own parent")
        .unique("sites.id", sites(), Site::id)
        .unique(
            "sites.clinicalUnits.id",
            clinicalUnits().collect(Collectors.toList()),
            ClinicalUnit::id)
        .attributeKeys(attributes())
        .throwIfInvalid();
  }
}
