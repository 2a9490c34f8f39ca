package dev.kamkit.model.team;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.TeamMemberId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One of our people on the account team. A member who has left keeps their record (with an end
 * date) so that relationships and history stay explainable.
 */
@Value.Immutable
public abstract class AbstractTeamMember {
  // Only the generated TeamMember extends this: no host subclass.
  AbstractTeamMember() {}

  /** The member's id, typically the CRM user id. */
  public abstract TeamMemberId id();

  /** Full name. */
  public abstract String name();

  /** What the member does on the account. */
  public abstract TeamFunction function();

  /** The last day on the account team, if the member has left it. */
  public abstract Optional<LocalDate> leftOn();

  /**
   * The targets and variable pay the member works under, as recorded by the host; empty when none
   * are recorded, which kamkit does not read as "none exist".
   */
  public abstract Set<Incentive> incentives();

  /** True if any recorded incentive is tied to sales. */
  public boolean hasSalesIncentive() {
    return incentives().stream().anyMatch(Incentive::isSalesBased);
  }

  /** Host-defined custom fields. */
  public abstract Map<String, AttributeValue> attributes();

  /** Commercial or medical, from the function. */
  public Division division() {
    return function().division();
  }

  /** True if the member is still on the team on {@code date}. */
  public boolean isActiveOn(LocalDate date) {
    return leftOn().map(last -> !date.isAfter(last)).orElse(true);
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("TeamMember", id())
        .nonBlank("name", name())
        .attributeKeys(attributes())
        .throwIfInvalid();
  }
}
