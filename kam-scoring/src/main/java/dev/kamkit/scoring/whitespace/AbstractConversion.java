package dev.kamkit.scoring.whitespace;

import dev.kamkit.scoring.Percent;
import java.math.BigDecimal;
import java.util.NavigableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the whitespace grid moved between two snapshots: the cells won (addressable and unsold
 * before, sold after), the cells lost (sold before, not after), and the ones still open.
 */
@Value.Immutable
public abstract class AbstractConversion {
  // Only the generated Conversion extends this: no host subclass.
  AbstractConversion() {}

  /** Cells won between the snapshots. */
  @Value.NaturalOrder
  public abstract NavigableSet<CellRef> converted();

  /** Cells sold before and not sold after. */
  @Value.NaturalOrder
  public abstract NavigableSet<CellRef> lost();

  /** Cells addressable and unsold in both snapshots. */
  @Value.NaturalOrder
  public abstract NavigableSet<CellRef> stillOpen();

  /**
   * Converted cells out of the cells that were open to conversion (converted plus still open),
   * 0-100 with one decimal; empty when none was open.
   */
  public Optional<BigDecimal> conversionRate() {
    return Percent.of(converted().size(), converted().size() + stillOpen().size());
  }
}
