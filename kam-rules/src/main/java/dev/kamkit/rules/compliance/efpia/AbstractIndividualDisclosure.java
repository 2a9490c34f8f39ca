package dev.kamkit.rules.compliance.efpia;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.KamId;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One named row of an EFPIA disclosure: one HCP who consented, or one HCO, with the amount of each
 * category in the disclosure currency. Categories with no amount are left out of {@link
 * #amounts()}.
 */
@Value.Immutable
public abstract class AbstractIndividualDisclosure {
  // Only the generated IndividualDisclosure extends this: no host subclass.
  AbstractIndividualDisclosure() {}

  /** The stakeholder or organisation disclosed. */
  public abstract KamId recipient();

  /** HCP or HCO. */
  public abstract RecipientType type();

  /** The name disclosed: the stakeholder's name, the account's name, or the organisation id. */
  public abstract String name();

  /** The amount of each category, in category order. */
  public abstract Map<EfpiaCategory, Money> amounts();

  /** The row's total, in the disclosure currency. */
  public Money total() {
    return amounts().values().stream().reduce(Money::plus).orElseThrow();
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("IndividualDisclosure", recipient())
        .nonEmpty("amounts", amounts())
        .throwIfInvalid();
  }
}
