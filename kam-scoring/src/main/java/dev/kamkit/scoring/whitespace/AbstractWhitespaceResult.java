package dev.kamkit.scoring.whitespace;

import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where one account stands on the whitespace grid on one day: penetration (sold cells out of
 * addressable ones, explained per product), the count of addressable cells by status, the
 * opportunities ranked by value, and the cells left out because the product is not approved for
 * them or, naming no indication, does not fit the unit's specialty.
 */
@Value.Immutable
public abstract class AbstractWhitespaceResult implements AccountResult {
  // Only the generated WhitespaceResult extends this: no host subclass.
  AbstractWhitespaceResult() {}

  /** The account. */
  public abstract AccountId account();

  /** The day it was analysed for. */
  public abstract LocalDate asOf();

  /** The version of the {@link WhitespacePolicy} it was analysed by. */
  public abstract String policyVersion();

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
   * to a sale as the {@link WhitespacePolicy#closestToSale() policy} orders them, then by product
   * and clinical unit.
   */
  public abstract List<Opportunity> opportunities();

  /**
   * Cells not counted, with why: a competitor's product, not indicated, no approval in force, or,
   * for a cell naming no indication, a unit whose specialty is unrecorded or does not fit the
   * product's approved therapeutic areas (the {@link WhitespaceCode} {@code
   * whitespace.cell.excluded} codes). Gaps, in product and clinical unit order, each concerning the
   * product and the clinical unit.
   */
  public abstract List<Reason> excluded();

  /**
   * Penetration and its components (or that nothing is scored), then the open opportunities,
   * largest first, then the cells left out and why.
   */
  @Override
  public Explanation explanation() {
    List<Explanation> lines = new ArrayList<>();
    Message headline = Message.of(WhitespaceCode.NOT_SCORED);
    if (penetration().isPresent()) {
      Explanation score = penetration().get().explanation();
      headline = score.line();
      lines.addAll(score.details());
    }
    if (!opportunities().isEmpty()) {
      List<Explanation> open = new ArrayList<>(opportunities().size());
      for (Opportunity o : opportunities()) {
        open.add(Explanation.of(o.description()));
      }
      lines.add(
          Explanation.of(
              Message.of(WhitespaceCode.OPPORTUNITIES, Arg.of(opportunities().size())), open));
    }
    for (Reason r : excluded()) {
      lines.add(Explanation.of(r.line()));
    }
    return Explanation.of(headline, lines);
  }
}
