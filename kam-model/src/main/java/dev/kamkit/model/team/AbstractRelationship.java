package dev.kamkit.model.team;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A team member's relationship with a stakeholder: who of ours holds whom, how strongly, and when
 * they last interacted. An account whose relationships all run through one of our people is
 * single-threaded: one job change away from being lost (Prolifiq, "Pharma Key Account Management").
 */
@Value.Immutable
public abstract class AbstractRelationship {
  // Only the generated Relationship extends this: no host subclass.
  AbstractRelationship() {}

  /** Our team member. */
  public abstract TeamMemberId teamMember();

  /** The stakeholder they hold. */
  public abstract StakeholderId stakeholder();

  /** How strong the relationship is. */
  public abstract RelationshipStrength strength();

  /** When it started, where known. */
  public abstract Optional<LocalDate> since();

  /** The date of the last interaction, where known. */
  public abstract Optional<LocalDate> lastInteraction();

  /** True if there was an interaction within {@code days} days before {@code asOf}, inclusive. */
  public boolean isActive(LocalDate asOf, int days) {
    return lastInteraction()
        .map(last -> !last.isAfter(asOf) && !last.isBefore(asOf.minusDays(days)))
        .orElse(false);
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("Relationship", teamMember(), stakeholder())
        .notBefore("lastInteraction", lastInteraction(), "since", since())
        .throwIfInvalid();
  }
}
