package dev.kamkit.model.portfolio;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.ProductId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A product of the company's portfolio, or a competitor's where the host tracks competitors: its
 * therapeutic area and its indications with their approvals. One row of the whitespace grid.
 */
@Value.Immutable
public abstract class AbstractProduct {
  // Only the generated Product extends this: no host subclass.
  AbstractProduct() {}

  /** The product's id. */
  public abstract ProductId id();

  /** Brand name. */
  public abstract String name();

  /** Drug, biological, device, supply or diagnostic. */
  public abstract ProductKind kind();

  /** Its main therapeutic area, for example {@code "Oncology"}. */
  public abstract String therapeuticArea();

  /** Its indications. */
  public abstract List<Indication> indications();

  /** True for a competitor's product, tracked for the competitive landscape. */
  @Value.Default
  public boolean competitor() {
    return false;
  }

  /** The National Drug Code, for a US drug or biological. */
  public abstract Optional<String> ndc();

  /**
   * The primary device identifier (the DI part of the UDI), for a device or medical supply; US Open
   * Payments records carry it from program year 2021.
   */
  public abstract Optional<String> deviceIdentifier();

  /**
   * Whether it is a covered product for US Open Payments; absent when the host has not recorded it.
   * A fact of the product, not of one payment: every record that names the product says the same.
   */
  public abstract Optional<ProductCoverage> coverage();

  /** Host-defined custom fields. */
  public abstract Map<String, AttributeValue> attributes();

  /** The indication with the given id, if the product has it. */
  public Optional<Indication> indication(IndicationId id) {
    for (Indication i : indications()) { // loops here: the compliance packs ask per element
      if (i.id().equals(id)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** True if any indication of the product is approved in {@code jurisdiction} on {@code date}. */
  public boolean isApprovedAnywhereIn(String jurisdiction, LocalDate date) {
    for (Indication i : indications()) {
      if (i.isApproved(jurisdiction, date)) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("Product", id())
        .nonBlank("name", name())
        .nonBlank("therapeuticArea", therapeuticArea())
        .unique("indications", "id", indications(), Indication::id)
        .nonBlank("ndc", ndc())
        .nonBlank("deviceIdentifier", deviceIdentifier())
        .attributeKeys(attributes())
        .throwIfInvalid();
  }
}
