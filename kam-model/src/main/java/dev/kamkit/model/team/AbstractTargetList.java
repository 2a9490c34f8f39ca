package dev.kamkit.model.team;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TargetListId;
import dev.kamkit.model.id.TeamMemberId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A target list: the stakeholders one of our people is to call on, who built it and who works it.
 * Compliance reads who built a list against who works it: medical science liaisons must not work
 * lists built by sales (a typical firewall practice, not verified against a published source, so a
 * host setting).
 */
@Value.Immutable
public abstract class AbstractTargetList {
  // Only the generated TargetList extends this: no host subclass.
  AbstractTargetList() {}

  /** The list's id. */
  public abstract TargetListId id();

  /** Its name, for example {@code "Oncology KOLs 2026"}. */
  public abstract String name();

  /** The team member who built the list. */
  public abstract TeamMemberId builtBy();

  /** The team members who work the list; empty when nobody is assigned yet. */
  public abstract Set<TeamMemberId> workedBy();

  /** The stakeholders on the list; at least one. */
  public abstract Set<StakeholderId> stakeholders();

  /** The day it was built, where recorded. */
  public abstract Optional<LocalDate> createdOn();

  @Value.Check
  protected void check() {
    ModelCheck.of("TargetList", id())
        .nonBlank("name", name())
        .require(
            !stakeholders().isEmpty(), "stakeholders", stakeholders(), ModelCode.TARGET_LIST_EMPTY)
        .throwIfInvalid();
  }
}
