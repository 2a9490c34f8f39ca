package dev.kamkit.rules.review;

import dev.kamkit.model.base.ModelCheck;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * What a review reports, as one versioned value. Start from {@link ReviewPolicy#defaults()}.
 *
 * <p>A quarterly business review should be "a working session on real data rather than a polished
 * narrative" (Prolifiq, "Healthcare Key Account Management: A Practical Guide"), so by default it
 * hides no move: every score that moved by a hundredth of a point or more is reported. A
 * relationship has gone quiet when nobody was in touch for a quarter, the cadence of the quarterly
 * business reviews the same guide describes; that is also relationship coverage's default window
 * for an active relationship ({@code CoveragePolicy.activeWithinDays}), so a relationship that goes
 * quiet is one coverage stops counting.
 */
@Value.Immutable
public abstract class AbstractReviewPolicy {
  // Only the generated ReviewPolicy extends this: no host subclass.
  AbstractReviewPolicy() {}

  /** The version of the default policy. */
  public static final String DEFAULT_VERSION = "kamkit-review-1";

  /** The default policy. */
  public static ReviewPolicy defaults() {
    return ReviewPolicy.builder().build();
  }

  /** Names the policy; change it whenever you change the policy. Reviews carry it. */
  @Value.Default
  public String version() {
    return DEFAULT_VERSION;
  }

  /**
   * The smallest move of a score, in points, that the review reports; smaller moves are left out.
   * 0.01 by default: every move.
   */
  @Value.Default
  public BigDecimal minimumScoreMove() {
    return new BigDecimal("0.01");
  }

  /**
   * A relationship in touch at the last review has gone quiet when its last contact is more than
   * this many days before the day reviewed. 90 by default: a quarter.
   */
  @Value.Default
  public int quietAfterDays() {
    return 90;
  }

  /** Rejects a blank version, a score move outside 0.01 to 100, a window outside 1 to 3650 days. */
  @Value.Check
  protected void check() {
    ModelCheck.of("ReviewPolicy", null)
        .nonBlank("version", version())
        .between(
            "minimumScoreMove", minimumScoreMove(), new BigDecimal("0.01"), BigDecimal.valueOf(100))
        .between("quietAfterDays", quietAfterDays(), 1, 3_650)
        .throwIfInvalid();
  }
}
