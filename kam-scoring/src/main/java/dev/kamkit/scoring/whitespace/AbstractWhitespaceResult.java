package dev.kamkit.scoring.whitespace;

import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where one account stands on the whitespace grid on one day: penetration (sold cells out of
 * addressable ones, explained per product), the count of addressable cells by status, the
 * opportunities ranked by value, and the cells left out because the product is not approved for
 * them.
 */
@Value.Immutable
public abstract class AbstractWhitespaceResult {

  /** The account. */
  public abstract AccountId account();

  /** The day it was analysed for. */
  public abstract LocalDate asOf();

  /**
   * Penetration, 0-100: one component per product weighted by its addressable cells, each fulfilled
   * by its share of them sold. Empty when no cell is addressable.
   */
  public abstract Optional<Score> penetration();

  /** Addressable cells by status. */
  public abstract Map<WhitespaceStatus, Integer> addressable();

  /**
   * Addressable cells not yet sold, most valuable first: cells with an estimated value before those
   * without. Values in different currencies are not converted, so valued cells are grouped by
   * currency code, alphabetically, and ranked by value within each. Equal values rank by closeness
   * to a sale (in evaluation, open, competitor held), then by product and clinical unit.
   */
  public abstract List<Opportunity> opportunities();

  /**
   * Cells not counted, with why: a competitor's product, not indicated, or no approval in force
   * (the {@link WhitespaceCode} {@code whitespace.cell.excluded} codes). Gaps, in product and
   * clinical unit order, each concerning the product and the clinical unit.
   */
  public abstract List<Reason> excluded();
}
