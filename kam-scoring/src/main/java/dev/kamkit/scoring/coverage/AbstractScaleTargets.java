package dev.kamkit.scoring.coverage;

import dev.kamkit.model.base.ModelCheck;
import org.immutables.value.Value;

/**
 * The relationship targets for accounts of one {@link AccountScale}. For a large IDN Prolifiq,
 * "Healthcare Key Account Management: A Practical Guide" asks for 15 to 30 stakeholders mapped and
 * at least six active, multithreaded relationships, four to six being the floor.
 */
@Value.Immutable
public abstract class AbstractScaleTargets {
  // Only the generated ScaleTargets extends this: no host subclass.
  AbstractScaleTargets() {}

  /** Stakeholders mapped for full breadth. */
  public abstract int mapped();

  /** Stakeholders held actively for full depth. */
  public abstract int active();

  /** Below this many stakeholders held actively, depth is flagged as under the floor. */
  public abstract int activeFloor();

  /** Distinct team members of ours holding active relationships, for full multithreading. */
  public abstract int ourPeople();

  /** Distinct stakeholder functions reached, for full multithreading on the account's side. */
  public abstract int theirFunctions();

  @Value.Check
  protected void check() {
    ModelCheck.of("ScaleTargets", null)
        .between("mapped", mapped(), 1, 10_000)
        .between("active", active(), 1, 10_000)
        .between("activeFloor", activeFloor(), 0, active())
        .between("ourPeople", ourPeople(), 1, 1_000)
        .between("theirFunctions", theirFunctions(), 1, 100)
        .throwIfInvalid();
  }
}
