package dev.kamkit.scoring.whitespace;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import java.util.Optional;
import org.immutables.value.Value;

/** An addressable whitespace cell not yet sold: a place to grow, with what it is worth. */
@Value.Immutable
public abstract class AbstractOpportunity {
  // Only the generated Opportunity extends this: no host subclass.
  AbstractOpportunity() {}

  /** The product. */
  public abstract ProductId product();

  /** The clinical unit. */
  public abstract ClinicalUnitId clinicalUnit();

  /** Open, in evaluation, or held by a competitor. */
  public abstract WhitespaceStatus status();

  /** The host's estimate of its annual value, if any. */
  public abstract Optional<Money> estimatedValue();

  /**
   * What the opportunity is, as a message: product, clinical unit and status, with the competitor
   * holding it and the estimated value where recorded (a {@link WhitespaceCode} {@code
   * whitespace.opportunity} code).
   */
  public abstract Message description();
}
