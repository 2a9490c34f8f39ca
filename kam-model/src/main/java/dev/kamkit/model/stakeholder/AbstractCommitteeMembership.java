package dev.kamkit.model.stakeholder;

import dev.kamkit.model.id.DecisionBodyId;
import org.immutables.value.Value;

/** A stakeholder's seat on one decision body. */
@Value.Immutable
public abstract class AbstractCommitteeMembership {
  // Only the generated CommitteeMembership extends this: no host subclass.
  AbstractCommitteeMembership() {}

  /** The decision body. */
  @Value.Parameter
  public abstract DecisionBodyId decisionBody();

  /** The seat held. */
  @Value.Parameter
  public abstract CommitteeRole role();

  /** True for a chair or a voting member. */
  public boolean votes() {
    return role() != CommitteeRole.NON_VOTING_MEMBER;
  }
}
