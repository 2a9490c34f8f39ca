package dev.kamkit.model.account;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.ProductId;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the account bought in one fiscal year, in total or of one product: the lagging volume and
 * revenue indicators behind account health and net revenue retention.
 */
@Value.Immutable
public abstract class AbstractAnnualVolume {
  // Only the generated AnnualVolume extends this: no host subclass.
  AbstractAnnualVolume() {}

  /** The fiscal year, as the year in which it starts. */
  public abstract int fiscalYear();

  /** The product, or empty for the account's total. */
  public abstract Optional<ProductId> product();

  /** Units bought (doses, packs, devices), where known. */
  public abstract Optional<BigDecimal> units();

  /** Net revenue, where known. */
  public abstract Optional<Money> netRevenue();

  @Value.Check
  protected void check() {
    ModelCheck check =
        ModelCheck.of("AnnualVolume", fiscalYear()).between("fiscalYear", fiscalYear(), 1900, 2999);
    if (units().isPresent()) {
      check.notNegative("units", units().get());
    }
    check
        .require(
            units().isPresent() || netRevenue().isPresent(),
            "units",
            units(),
            ModelCode.VOLUME_EMPTY)
        .throwIfInvalid();
  }
}
