package dev.kamkit.scoring.health;

import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.RagStatus;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.ScoreComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The health of one account on one day: the explained score over every indicator, the leading and
 * lagging indicators scored on their own, and the green, amber or red status with the reason for
 * its colour. {@link #explain()} words it in English, {@link #explain(java.util.Locale)} in German
 * or French.
 *
 * <p>{@link #leadingPoints()} and {@link #laggingPoints()} split the score's points between the two
 * kinds of indicator and add up to its value exactly.
 */
@Value.Immutable
public abstract class AbstractHealthResult implements AccountResult {
  // Only the generated HealthResult extends this: no host subclass.
  AbstractHealthResult() {}

  /** The account scored. */
  public abstract AccountId account();

  /** The day it was scored for. */
  public abstract LocalDate asOf();

  /** The score over every indicator, with components keyed by {@link HealthIndicator#key()}. */
  public abstract Score score();

  /** The leading indicators alone, scored out of 100 with the same relative weights. */
  public abstract Score leading();

  /**
   * The lagging indicators alone, scored out of 100 with the same relative weights; empty when none
   * of them has the host data it needs.
   */
  public abstract Optional<Score> lagging();

  /** Green, amber or red. */
  public abstract RagStatus status();

  /**
   * Why the status has its colour: the score against the policy's marks, the colour rules that
   * applied, and whether the colour rests on leading indicators alone; worded on demand.
   */
  public abstract Message statusReason();

  /** The colour rules that applied, each holding an otherwise green account at amber. */
  public abstract List<Reason> colourRules();

  /** The policy that produced it. */
  public abstract HealthPolicy policy();

  /** The version of the policy the result was computed with, as every kamkit result carries. */
  public String policyVersion() {
    return policy().version();
  }

  /** The points of {@link #score()} earned by leading indicators. */
  public BigDecimal leadingPoints() {
    return points(true);
  }

  /** The points of {@link #score()} earned by lagging indicators. */
  public BigDecimal laggingPoints() {
    return points(false);
  }

  /** The component of {@link #score()} for one indicator. */
  public ScoreComponent component(HealthIndicator indicator) {
    return score().component(indicator.key());
  }

  /** The risks in the score: lost listings, contracts without a successor, declines. */
  public List<Reason> risks() {
    return score().reasons(Effect.RISK);
  }

  /** The gaps, in indicator order: targets not met and host data that would enable an indicator. */
  public List<Reason> gaps() {
    return score().reasons(Effect.GAP);
  }

  /**
   * The explanation as data: the score's explanation, followed by the leading and lagging
   * sub-scores and the status with the reason for its colour.
   */
  @Override
  public Explanation explanation() {
    Explanation score = score().explanation();
    List<Explanation> details = new ArrayList<>(score.details());
    details.add(Explanation.of(Message.of(HealthCode.EXPLAIN_LEADING, Arg.of(leading().value()))));
    details.add(
        Explanation.of(
            lagging()
                .map(s -> Message.of(HealthCode.EXPLAIN_LAGGING, Arg.of(s.value())))
                .orElseGet(() -> Message.of(HealthCode.EXPLAIN_LAGGING_NO_DATA))));
    details.add(
        Explanation.of(
            Message.of(HealthCode.EXPLAIN_STATUS, Arg.of(status()), Arg.of(statusReason()))));
    return Explanation.of(score.line(), details);
  }

  private BigDecimal points(boolean leading) {
    BigDecimal sum = BigDecimal.ZERO.setScale(2);
    for (HealthIndicator indicator : HealthIndicator.values()) {
      if (indicator.isLeading() == leading) {
        sum = sum.add(component(indicator).contribution());
      }
    }
    return sum;
  }
}
