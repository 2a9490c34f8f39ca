package dev.kamkit.model.plan;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.StakeholderId;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One stage of the patient pathway (diagnosis, referral, treatment, follow-up) with its pain
 * points.
 */
@Value.Immutable
public abstract class AbstractPathwayStage {
  // Only the generated PathwayStage extends this: no host subclass.
  AbstractPathwayStage() {}

  /** The stage's name, for example {@code "Diagnosis"}. */
  public abstract String name();

  /** Where patients are lost or delayed at this stage. */
  public abstract List<String> painPoints();

  /** The stakeholders who own or shape this stage. */
  public abstract Set<StakeholderId> stakeholders();

  @Value.Check
  protected void check() {
    ModelCheck.of("PathwayStage", name())
        .nonBlank("name", name())
        .allNonBlank("painPoints", painPoints())
        .throwIfInvalid();
  }
}
