package dev.kamkit.scoring.committee;

import dev.kamkit.model.committee.SubmissionStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * How long submissions took at one stage: every stay that ended, by a later step, on or before the
 * day judged. The stage a submission is still at does not count until it moves on.
 */
@Value.Immutable
public abstract class AbstractStageTime {
  // Only the generated StageTime extends this: no host subclass.
  AbstractStageTime() {}

  /** The stage. */
  @Value.Parameter
  public abstract SubmissionStage stage();

  /** How many stays at the stage ended. */
  @Value.Parameter
  public abstract int stays();

  /** Their days added up. */
  @Value.Parameter
  public abstract long totalDays();

  /** The longest of them, in days. */
  @Value.Parameter
  public abstract long longestDays();

  /** Days per stay, one decimal, half-even; zero when none ended. */
  public BigDecimal averageDays() {
    if (stays() == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(totalDays())
        .divide(BigDecimal.valueOf(stays()), 1, RoundingMode.HALF_EVEN);
  }

  /** This stage's time together with {@code other}'s, of the same stage: for a portfolio. */
  public StageTime plus(StageTime other) {
    if (other.stage() != stage()) {
      throw new IllegalArgumentException(other.stage() + " is not " + stage());
    }
    return StageTime.of(
        stage(),
        stays() + other.stays(),
        totalDays() + other.totalDays(),
        Math.max(longestDays(), other.longestDays()));
  }
}
