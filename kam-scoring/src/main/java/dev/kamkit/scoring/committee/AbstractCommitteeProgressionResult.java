package dev.kamkit.scoring.committee;

import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.scoring.Percent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The committee progression of one account on one day: the share of submissions that advanced from
 * request to approval, the days per stage, every submission with why it has stalled and what would
 * move it, and the next meeting of each decision body.
 *
 * <p>{@link #explain()} words it in English, {@link #explain(java.util.Locale)} in German or
 * French.
 */
@Value.Immutable
public abstract class AbstractCommitteeProgressionResult implements AccountResult {
  // Only the generated CommitteeProgressionResult extends this: no host subclass.
  AbstractCommitteeProgressionResult() {}

  /** The account judged. */
  @Override
  public abstract AccountId account();

  /** The day judged; steps dated after it do not count, nor submissions requested after it. */
  @Override
  public abstract LocalDate asOf();

  /** The policy it was judged by. */
  public abstract CommitteeProgressionPolicy policy();

  /** The version of the policy. */
  @Override
  public String policyVersion() {
    return policy().version();
  }

  /** Every submission requested by the day judged, in id order. */
  public abstract List<SubmissionProgress> submissions();

  /** Submissions finally approved, with or without restrictions. */
  public abstract int approved();

  /**
   * Submissions judged for the share: those finally decided, and those still open longer than the
   * policy's {@link CommitteeProgressionPolicy#expectedCycleDays() expected cycle}, which count as
   * not advanced.
   */
  public abstract int judged();

  /** The days per stage, for each stage some submission left, in stage order. */
  public abstract List<StageTime> stageTimes();

  /**
   * The next meeting of each decision body that has one on its calendar or open submissions, the
   * soonest first (bodies without a known meeting last), then by body id.
   */
  public abstract List<NextMeeting> nextMeetings();

  /**
   * Approved out of judged, 0-100 with one decimal, half-even: how many submissions advance from
   * request to approval. Empty when none is judged yet.
   */
  public Optional<BigDecimal> approvalShare() {
    return share(approved(), judged());
  }

  /** The submissions still open. */
  public List<SubmissionProgress> open() {
    return submissions().stream().filter(SubmissionProgress::open).toList();
  }

  /** The submissions that have stalled, in id order. */
  public List<SubmissionProgress> stalled() {
    return submissions().stream().filter(SubmissionProgress::isStalled).toList();
  }

  /** The soonest meeting of any decision body on or after the day judged, if one is known. */
  public Optional<LocalDate> nextMeeting() {
    return nextMeetings().stream().flatMap(m -> m.date().stream()).min(LocalDate::compareTo);
  }

  /**
   * The headline (submissions, open, stalled), then the share, the days per stage, the next
   * meetings, and each submission with why it stalled and what would move it.
   */
  @Override
  public Explanation explanation() {
    List<Explanation> lines = new ArrayList<>();
    lines.add(Explanation.of(shareLine(approved(), judged(), policy())));
    stageTimes().forEach(t -> lines.add(Explanation.of(line(t))));
    nextMeetings().forEach(m -> lines.add(Explanation.of(m.line())));
    submissions().forEach(s -> lines.add(s.explanation()));
    return Explanation.of(
        Message.of(
            CommitteeCode.HEADLINE,
            Arg.of(submissions().size()),
            Arg.of(open().size()),
            Arg.of(stalled().size())),
        lines);
  }

  static Optional<BigDecimal> share(int approved, int judged) {
    return Percent.of(approved, judged);
  }

  static Message shareLine(int approved, int judged, CommitteeProgressionPolicy policy) {
    return share(approved, judged)
        .map(s -> Message.of(CommitteeCode.SHARE, Arg.of(approved), Arg.of(judged), Arg.of(s)))
        .orElseGet(() -> Message.of(CommitteeCode.SHARE_NONE, Arg.of(policy.expectedCycleDays())));
  }

  static Message line(StageTime t) {
    return Message.of(
        CommitteeCode.STAGE_TIME,
        Arg.of(t.stage()),
        Arg.of(t.stays()),
        Arg.of(t.averageDays()),
        Arg.of(t.longestDays()));
  }
}
