package dev.kamkit.model.plan;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.ProductId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What we offer the account beyond the product, and why it is legitimate: every plan documents the
 * business and clinical rationale for engagement (Prolifiq, "Pharma Key Account Management"). A
 * value proposition reviewed by medical, legal and regulatory carries the review date.
 */
@Value.Immutable
public abstract class AbstractValueProposition {
  // Only the generated ValueProposition extends this: no host subclass.
  AbstractValueProposition() {}

  /** The proposition, in the words used with the account. */
  public abstract String statement();

  /** The legitimate business rationale. */
  public abstract Optional<String> businessRationale();

  /** The clinical rationale, grounded in approved labelling. */
  public abstract Optional<String> clinicalRationale();

  /** The products it concerns. */
  public abstract Set<ProductId> products();

  /** When medical, legal and regulatory review approved it, if it was reviewed. */
  public abstract Optional<LocalDate> reviewedOn();

  /** True if both the business and the clinical rationale are documented. */
  public boolean hasDocumentedRationale() {
    return businessRationale().isPresent() && clinicalRationale().isPresent();
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("ValueProposition", null)
        .nonBlank("statement", statement())
        .nonBlank("businessRationale", businessRationale())
        .nonBlank("clinicalRationale", clinicalRationale())
        .throwIfInvalid();
  }
}
