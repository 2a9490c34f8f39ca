package dev.kamkit.model.stakeholder;

import dev.kamkit.model.base.ModelCheck;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A stakeholder's work for the manufacturer itself, as an employee or as a contractor, and when.
 * The salary and benefits a manufacturer pays a bona fide employee are not reportable to CMS Open
 * Payments; what it pays a contractor or consultant is.
 */
@Value.Immutable
public abstract class AbstractManufacturerEmployment {
  // Only the generated ManufacturerEmployment extends this: no host subclass.
  AbstractManufacturerEmployment() {}

  /** Employee or contractor. */
  public abstract EmploymentBasis basis();

  /** The first day, where known; absent means since before any date that matters. */
  public abstract Optional<LocalDate> since();

  /** The last day, where it has ended or will end; absent means it continues. */
  public abstract Optional<LocalDate> until();

  /** True if the person works on {@code date} as a bona fide employee. */
  public boolean isEmployeeOn(LocalDate date) {
    return basis() == EmploymentBasis.EMPLOYEE
        && since().map(s -> !date.isBefore(s)).orElse(true)
        && until().map(u -> !date.isAfter(u)).orElse(true);
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("ManufacturerEmployment", basis())
        .notBefore("until", until(), "since", since())
        .throwIfInvalid();
  }
}
