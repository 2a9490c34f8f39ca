package dev.kamkit.model.plan;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.InitiativeId;
import dev.kamkit.model.id.NeedId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An initiative that creates value for the account and the company together, beyond selling the
 * product: an adherence programme, a pathway redesign, a diagnosis-rate project (Veeva Business
 * Consulting, "Unlocking True KAM Transformation"). Like every engagement it carries a legitimate
 * rationale.
 */
@Value.Immutable
public abstract class AbstractSharedValueInitiative {
  // Only the generated SharedValueInitiative extends this: no host subclass.
  AbstractSharedValueInitiative() {}

  /** The initiative's id. */
  public abstract InitiativeId id();

  /** Its name. */
  public abstract String name();

  /** The legitimate business and clinical rationale for it. */
  public abstract Optional<String> rationale();

  /** Where it stands. */
  @Value.Default
  public InitiativeStatus status() {
    return InitiativeStatus.PROPOSED;
  }

  /** When it was launched, once it was. */
  public abstract Optional<LocalDate> launchedOn();

  /** The account needs it answers. */
  public abstract Set<NeedId> needs();

  /** The account's stakeholders who sponsor or work on it. */
  public abstract Set<StakeholderId> stakeholders();

  /** Our team members who work on it. */
  public abstract Set<TeamMemberId> teamMembers();

  @Value.Check
  protected void check() {
    ModelCheck check =
        ModelCheck.of("SharedValueInitiative", id())
            .nonBlank("name", name())
            .nonBlank("rationale", rationale());
    if (launchedOn().isPresent()
        && !status().isLaunched()
        && status() != InitiativeStatus.STOPPED) {
      check.fail(
          "launchedOn", launchedOn(), ModelCode.INITIATIVE_LAUNCH_NOT_LAUNCHED, Arg.of(status()));
    }
    check.throwIfInvalid();
  }
}
