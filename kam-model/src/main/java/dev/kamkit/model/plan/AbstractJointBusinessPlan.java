package dev.kamkit.model.plan;

import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.StakeholderId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A business plan agreed with the customer: joint objectives, committed resources, aligned measures
 * and transparent progress. Without one a partnership is not anchored in shared value (Veeva
 * Business Consulting, "Unlocking True KAM Transformation").
 */
@Value.Immutable
public abstract class AbstractJointBusinessPlan {
  // Only the generated JointBusinessPlan extends this: no host subclass.
  AbstractJointBusinessPlan() {}

  /** When the customer agreed it; absent while it is still a draft. */
  public abstract Optional<LocalDate> agreedOn();

  /** The customer's stakeholders who signed or sponsor it. */
  public abstract Set<StakeholderId> customerSponsors();

  /** The plan objectives that are joint objectives. */
  public abstract Set<ObjectiveId> jointObjectives();

  /** When it is next reviewed with the customer, where scheduled. */
  public abstract Optional<LocalDate> nextJointReview();

  /** True once the customer has agreed it. */
  public boolean isAgreed() {
    return agreedOn().isPresent();
  }
}
