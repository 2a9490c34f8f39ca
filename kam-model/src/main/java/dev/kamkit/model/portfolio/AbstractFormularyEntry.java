package dev.kamkit.model.portfolio;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.ProductId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A product's formulary status in the account from a given day on. The entries of one product,
 * ordered by date, are its formulary history; a change from unlisted to listed is a formulary win.
 */
@Value.Immutable
public abstract class AbstractFormularyEntry {
  // Only the generated FormularyEntry extends this: no host subclass.
  AbstractFormularyEntry() {}

  /** The product. */
  public abstract ProductId product();

  /** Its status from {@link #effectiveFrom()} on. */
  public abstract FormularyStatus status();

  /** The day the status took effect. */
  public abstract LocalDate effectiveFrom();

  /** The formulary tier number, where the account uses tiers. */
  public abstract Optional<Integer> tier();

  /** Utilisation-management restrictions. */
  public abstract Set<FormularyRestriction> restrictions();

  /** The committee that decided it, usually the P&amp;T committee. */
  public abstract Optional<DecisionBodyId> decidedBy();

  @Value.Check
  protected void check() {
    ModelCheck check =
        ModelCheck.of("FormularyEntry", product(), effectiveFrom()).between("tier", tier(), 1, 9);
    if (!restrictions().isEmpty() && status() != FormularyStatus.RESTRICTED) {
      check.fail(
          "restrictions",
          restrictions(),
          ModelCode.FORMULARY_RESTRICTIONS_NOT_RESTRICTED,
          Arg.of(status()));
    }
    check.throwIfInvalid();
  }
}
