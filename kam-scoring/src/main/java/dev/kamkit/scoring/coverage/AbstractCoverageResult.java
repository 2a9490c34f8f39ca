package dev.kamkit.scoring.coverage;

import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.RagStatus;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The relationship coverage of one account on one day: the explained score, the traffic-light
 * status with the reason for its colour, and the facts behind them.
 */
@Value.Immutable
public abstract class AbstractCoverageResult {

  /** The account scored. */
  public abstract AccountId account();

  /** The day it was scored for. */
  public abstract LocalDate asOf();

  /** The scale the account was judged at, which sets the targets. */
  public abstract AccountScale scale();

  /** The score with its components and reasons. */
  public abstract Score score();

  /** Green, amber or red. */
  public abstract RagStatus status();

  /** Why the status has its colour. */
  public abstract String statusReason();

  /** The stakeholders we hold actively, sorted by id. */
  public abstract Set<StakeholderId> engaged();

  /** The policy that produced it. */
  public abstract CoveragePolicy policy();

  /** The risks the number alone hides: single-threading, champions leaving, stale relationships. */
  public List<Reason> risks() {
    return score().reasons(Effect.RISK);
  }

  /**
   * The gaps, most important first: key buying roles (economic buyer first), then committees,
   * depth, ...
   */
  public List<Reason> gaps() {
    return score().reasons(Effect.GAP);
  }

  /** The score's explanation followed by a last line with the status and its reason. */
  public String explain() {
    return score().explain() + "\n  Status " + status() + ": " + statusReason();
  }
}
