package dev.kamkit.model.portfolio;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.IndicationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A disease or condition a product is labelled to treat, with its approvals per jurisdiction. An
 * indication without any approval is one under development: discussing it commercially is off-label
 * everywhere.
 */
@Value.Immutable
public abstract class AbstractIndication {
  // Only the generated Indication extends this: no host subclass.
  AbstractIndication() {}

  /** The indication's id. */
  public abstract IndicationId id();

  /** Its label text, for example {@code "Metastatic non-small cell lung cancer, first line"}. */
  public abstract String name();

  /** Its therapeutic area, where the product spans several. */
  public abstract Optional<String> therapeuticArea();

  /** Its approvals, one or more per jurisdiction over time. */
  public abstract List<IndicationApproval> approvals();

  /** True if the indication is approved in {@code jurisdiction} on {@code date}. */
  public boolean isApproved(String jurisdiction, LocalDate date) {
    for (IndicationApproval a : approvals()) { // a loop: the compliance packs ask per element
      if (a.holds(jurisdiction, date)) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("Indication", id())
        .nonBlank("name", name())
        .nonBlank("therapeuticArea", therapeuticArea())
        .throwIfInvalid();
  }
}
