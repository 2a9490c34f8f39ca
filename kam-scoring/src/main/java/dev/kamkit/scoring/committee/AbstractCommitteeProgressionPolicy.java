package dev.kamkit.scoring.committee;

import dev.kamkit.model.base.ModelCheck;
import org.immutables.value.Value;

/**
 * How committee progression is judged, as one versioned value. Start from {@link
 * CommitteeProgressionPolicy#defaults()}:
 *
 * <pre>{@code
 * CommitteeProgressionPolicy mine = CommitteeProgressionPolicy.defaults()
 *     .withVersion("acme-committee-1")
 *     .withExpectedCycleDays(120);
 * }</pre>
 *
 * <p>The defaults follow the Prolifiq guide "Healthcare Key Account Management: A Practical Guide":
 * value analysis committees "can add 3 to 6 months to a sales cycle", so a submission still open
 * six months (183 days) after its request has taken longer than a committee should, and counts as
 * not advanced in the approval share. A target meeting that has passed without a decision is
 * overdue from the next day: the decision is made at the meeting.
 */
@Value.Immutable
public abstract class AbstractCommitteeProgressionPolicy {
  // Only the generated CommitteeProgressionPolicy extends this: no host subclass.
  AbstractCommitteeProgressionPolicy() {}

  /** The version of the default policy. */
  public static final String DEFAULT_VERSION = "kamkit-committee-1";

  /** The default policy. */
  public static CommitteeProgressionPolicy defaults() {
    return CommitteeProgressionPolicy.builder().build();
  }

  /** Names the policy; change it whenever you change the policy. Results carry it. */
  @Value.Default
  public String version() {
    return DEFAULT_VERSION;
  }

  /**
   * The most days from request to a final decision that a committee is expected to take. An open
   * submission older than this has stalled, and counts as not advanced in the approval share.
   * Default 183, six months: the upper end of the "3 to 6 months" the Prolifiq healthcare KAM guide
   * says a value analysis committee adds to a cycle.
   */
  @Value.Default
  public int expectedCycleDays() {
    return 183;
  }

  /**
   * Days after the target meeting before a submission without a decision is overdue. Default 0: the
   * committee decides at the meeting, so the day after it the decision is due.
   */
  @Value.Default
  public int overdueAfterDays() {
    return 0;
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("CommitteeProgressionPolicy", version())
        .nonBlank("version", version())
        .between("expectedCycleDays", expectedCycleDays(), 1, 3660)
        .between("overdueAfterDays", overdueAfterDays(), 0, 366)
        .throwIfInvalid();
  }
}
