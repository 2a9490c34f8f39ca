package dev.kamkit.scoring.coverage;

import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.team.Relationship;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A stakeholder whose engagement would raise coverage, with who of ours should engage them and the
 * exact gain. Engaging means recording {@link #relationship()} (a relationship with an interaction
 * on the scoring date) in the account: coverage then rises by {@link #gain()} points.
 */
@Value.Immutable
public abstract class AbstractNextStakeholder {
  // Only the generated NextStakeholder extends this: no host subclass.
  AbstractNextStakeholder() {}

  /** The stakeholder to engage. */
  public abstract StakeholderId stakeholder();

  /** The team member best placed to engage them: the one whose engagement gains most. */
  public abstract TeamMemberId teamMember();

  /** Points of coverage gained. */
  public abstract BigDecimal gain();

  /** Coverage once engaged. */
  public abstract BigDecimal coverageAfter();

  /** The relationship to record: new, or the existing one with a fresh interaction. */
  public abstract Relationship relationship();

  /**
   * Why engaging this person helps, as a message: the points it adds ({@link #gain()}), who of ours
   * engages whom, the stakeholder's buying roles and how many decision bodies they sit on; {@link
   * CoverageCode#NEXT_SECOND_THREAD} when someone of ours already holds them, else {@link
   * CoverageCode#NEXT_ENGAGE}.
   */
  public abstract Message why();
}
