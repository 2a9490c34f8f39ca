package dev.kamkit.scoring.whitespace;

import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.ProductId;
import org.immutables.value.Value;

/** Which cell of the whitespace grid: a product in a clinical unit. */
@Value.Immutable
public abstract class AbstractCellRef implements Comparable<CellRef> {
  // Only the generated CellRef extends this: no host subclass.
  AbstractCellRef() {}

  /** The product. */
  @Value.Parameter
  public abstract ProductId product();

  /** The clinical unit. */
  @Value.Parameter
  public abstract ClinicalUnitId clinicalUnit();

  @Override
  public int compareTo(CellRef other) {
    int byProduct = product().compareTo(other.product());
    return byProduct != 0 ? byProduct : clinicalUnit().compareTo(other.clinicalUnit());
  }
}
