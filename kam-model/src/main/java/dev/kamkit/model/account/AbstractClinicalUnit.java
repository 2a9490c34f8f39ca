package dev.kamkit.model.account;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.ClinicalUnitId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A clinical unit (department) at a site of care, such as oncology or cardiology at one hospital:
 * one column of the whitespace grid.
 */
@Value.Immutable
public abstract class AbstractClinicalUnit {
  // Only the generated ClinicalUnit extends this: no host subclass.
  AbstractClinicalUnit() {}

  /** The unit's id, unique across the account. */
  public abstract ClinicalUnitId id();

  /** Its name, for example {@code "Oncology"}. */
  public abstract String name();

  /** Its specialty or therapeutic area, matched against products' therapeutic areas. */
  public abstract Optional<String> specialty();

  @Value.Check
  protected void check() {
    ModelCheck.of("ClinicalUnit", id())
        .nonBlank("name", name())
        .nonBlank("specialty", specialty())
        .throwIfInvalid();
  }
}
