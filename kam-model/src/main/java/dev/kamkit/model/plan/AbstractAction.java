package dev.kamkit.model.plan;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.NeedId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An action (tactic) of the account plan: a dated step with an owner, linked to the objectives it
 * advances and the stakeholders it involves. Actions may nest under a parent action, as Veeva's
 * account tactics nest call objectives.
 */
@Value.Immutable
public abstract class AbstractAction {
  // Only the generated Action extends this: no host subclass.
  AbstractAction() {}

  /** The action's id. */
  public abstract ActionId id();

  /** What is to be done. */
  public abstract String title();

  /** Who of ours owns it. */
  public abstract Optional<TeamMemberId> owner();

  /** When it starts, where planned. */
  public abstract Optional<LocalDate> startDate();

  /** When it is due. */
  public abstract Optional<LocalDate> dueDate();

  /** Where it stands. */
  @Value.Default
  public ActionStatus status() {
    return ActionStatus.PLANNED;
  }

  /** When it was completed; present exactly when the status is {@link ActionStatus#COMPLETED}. */
  public abstract Optional<LocalDate> completedOn();

  /** The objectives it advances. */
  public abstract Set<ObjectiveId> objectives();

  /** The parent action, for a sub-action. */
  public abstract Optional<ActionId> parent();

  /** The stakeholders it involves. */
  public abstract Set<StakeholderId> stakeholders();

  /** The account needs it answers. */
  public abstract Set<NeedId> needs();

  /** True if it is open and its due date lies before {@code asOf}. */
  public boolean isOverdue(LocalDate asOf) {
    return !status().isClosed() && dueDate().map(asOf::isAfter).orElse(false);
  }

  @Value.Check
  protected void check() {
    ModelCheck check =
        ModelCheck.of("Action", id())
            .nonBlank("title", title())
            .notBefore("dueDate", dueDate(), "startDate", startDate())
            .notBefore("completedOn", completedOn(), "startDate", startDate());
    if (status() == ActionStatus.COMPLETED) {
      check.require(
          completedOn().isPresent(),
          "completedOn",
          completedOn(),
          ModelCode.ACTION_COMPLETION_MISSING);
    } else if (completedOn().isPresent()) {
      check.fail(
          "completedOn",
          completedOn(),
          ModelCode.ACTION_COMPLETION_NOT_COMPLETED,
          Arg.of(status()));
    }
    check
        .require(
            !(parent().isPresent() && parent().get().equals(id())),
            "parent",
            parent(),
            ModelCode.ACTION_OWN_PARENT)
        .throwIfInvalid();
  }
}
