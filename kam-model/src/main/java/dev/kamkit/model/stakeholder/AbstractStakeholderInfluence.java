package dev.kamkit.model.stakeholder;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.id.StakeholderId;
import org.immutables.value.Value;

/**
 * One stakeholder's influence on another inside the account: the chief of oncology sways the
 * P&amp;T chair, the CFO listens to the director of pharmacy. Veeva records the same as an {@code
 * Affiliation_vod__c} with an influence direction and strength.
 */
@Value.Immutable
public abstract class AbstractStakeholderInfluence {
  // Only the generated StakeholderInfluence extends this: no host subclass.
  AbstractStakeholderInfluence() {}

  /** The stakeholder who exerts the influence. */
  @Value.Parameter
  public abstract StakeholderId influencer();

  /** The stakeholder influenced. */
  @Value.Parameter
  public abstract StakeholderId influenced();

  /** How strong the influence is. */
  @Value.Parameter
  public abstract Influence strength();

  @Value.Check
  protected void check() {
    ModelCheck.of("StakeholderInfluence", influencer(), influenced())
        .require(
            !influencer().equals(influenced()),
            "influenced",
            influenced(),
            ModelCode.INFLUENCE_ON_SELF)
        .throwIfInvalid();
  }
}
