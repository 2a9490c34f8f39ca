package dev.kamkit.model.plan;

import dev.kamkit.model.base.ModelCheck;
import java.util.List;
import org.immutables.value.Value;

/**
 * The patient pathway through the account, stage by stage: the beating heart of an account plan
 * (Veeva Business Consulting, "Unlocking True KAM Transformation", figure 7), where pain points
 * such as slow diagnosis or poor adherence show.
 */
@Value.Immutable
public abstract class AbstractPatientPathway {
  // Only the generated PatientPathway extends this: no host subclass.
  AbstractPatientPathway() {}

  /** The condition or patient group the pathway is for. */
  public abstract String condition();

  /** The stages, in the order patients pass through them. */
  public abstract List<PathwayStage> stages();

  @Value.Check
  protected void check() {
    ModelCheck.of("PatientPathway", condition())
        .nonBlank("condition", condition())
        .unique("stages", "name", stages(), PathwayStage::name)
        .throwIfInvalid();
  }
}
