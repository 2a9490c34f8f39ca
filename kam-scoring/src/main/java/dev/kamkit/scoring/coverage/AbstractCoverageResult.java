package dev.kamkit.scoring.coverage;

import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.RagStatus;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The relationship coverage of one account on one day: the explained score, the traffic-light
 * status with the reason for its colour, and the facts behind them.
 *
 * <p>{@link #explain()} words it in English, {@link #explain(java.util.Locale)} in German or
 * French: the score, its components and reasons, and last the status with its reason.
 */
@Value.Immutable
public abstract class AbstractCoverageResult implements AccountResult {
  // Only the generated CoverageResult extends this: no host subclass.
  AbstractCoverageResult() {}

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

  /**
   * Why the status has its colour, as a message: {@link CoverageCode#STATUS_NOBODY_ENGAGED} when
   * nobody of ours holds anyone actively; {@link CoverageCode#STATUS_SINGLE_THREADED} or {@link
   * CoverageCode#STATUS_SINGLE_THREADED_BOTH}, holding the single-threading reasons' own messages,
   * when the policy makes single-threading red; else {@link CoverageCode#STATUS_GREEN}, {@link
   * CoverageCode#STATUS_AMBER} or {@link CoverageCode#STATUS_RED} with the score and the threshold
   * it was held against.
   */
  public abstract Message statusReason();

  /** The stakeholders we hold actively, sorted by id. */
  public abstract Set<StakeholderId> engaged();

  /** The policy that produced it. */
  public abstract CoveragePolicy policy();

  /** The version of the policy the result was computed with, as every kamkit result carries. */
  public String policyVersion() {
    return policy().version();
  }

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

  /**
   * The score's explanation followed by a last line, at the level of the components, with the
   * status and its reason ({@link CoverageCode#STATUS}).
   */
  @Override
  public Explanation explanation() {
    Explanation score = score().explanation();
    List<Explanation> lines = new ArrayList<>(score.details());
    lines.add(
        Explanation.of(Message.of(CoverageCode.STATUS, Arg.of(status()), Arg.of(statusReason()))));
    return Explanation.of(score.line(), lines);
  }
}
