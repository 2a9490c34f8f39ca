package dev.kamkit.model.account;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.SiteId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A site of care inside an account, such as one hospital of an IDN, with its clinical units. */
@Value.Immutable
public abstract class AbstractSite {
  // Only the generated Site extends this: no host subclass.
  AbstractSite() {}

  /** The site's id, unique across the account. */
  public abstract SiteId id();

  /** Its name. */
  public abstract String name();

  /** What kind of site it is. */
  public abstract SiteKind kind();

  /** Staffed beds, where known. */
  public abstract Optional<Integer> beds();

  /** Region or state within the account's country, where known. */
  public abstract Optional<String> region();

  /** Its clinical units. */
  public abstract List<ClinicalUnit> clinicalUnits();

  @Value.Check
  protected void check() {
    ModelCheck.of("Site", id())
        .nonBlank("name", name())
        .notNegative("beds", beds())
        .nonBlank("region", region())
        .unique("clinicalUnits", "id", clinicalUnits(), ClinicalUnit::id)
        .throwIfInvalid();
  }
}
