package dev.kamkit.scoring.completeness;

import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How complete and current one account's plan is on one day: the explained score, whether the plan
 * is rotten and why, and its execution progress.
 */
@Value.Immutable
public abstract class AbstractCompletenessResult implements AccountResult {
  // Only the generated CompletenessResult extends this: no host subclass.
  AbstractCompletenessResult() {}

  /** The account. */
  public abstract AccountId account();

  /** The day it was scored for. */
  public abstract LocalDate asOf();

  /** The score with one component per plan section. */
  public abstract Score score();

  /** The signs of plan rot; empty when the plan is kept alive. */
  public abstract List<Reason> rot();

  /** Execution progress; empty when the account has no plan. */
  public abstract Optional<PlanProgress> progress();

  /** The policy that produced it. */
  public abstract CompletenessPolicy policy();

  /** The version of the policy the result was computed with, as every kamkit result carries. */
  public String policyVersion() {
    return policy().version();
  }

  /** True if the plan shows any sign of rot. */
  public boolean isRotten() {
    return !rot().isEmpty();
  }

  /** The score, its sections and their reasons; plan rot is among the currency section's. */
  @Override
  public Explanation explanation() {
    return score().explanation();
  }
}
