package dev.kamkit.scoring.committee;

import static dev.kamkit.model.explain.Param.choice;
import static dev.kamkit.model.explain.Param.count;
import static dev.kamkit.model.explain.Param.date;
import static dev.kamkit.model.explain.Param.list;
import static dev.kamkit.model.explain.Param.number;
import static dev.kamkit.model.explain.Param.ref;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/**
 * What committee progression says, as codes: the headline, the approval share, the days per stage,
 * each submission, why one has stalled and what would move it, and the next meetings.
 *
 * <p>{@code submission} is a committee submission reference, {@code body} a decision body
 * reference, {@code sponsor} a stakeholder reference, {@code stage} a {@link
 * dev.kamkit.model.committee.SubmissionStage} and {@code decision} a {@link
 * dev.kamkit.model.committee.SubmissionDecision}.
 */
public enum CommitteeCode implements MessageCode {
  /**
   * The headline: {@code submissions} requested by the day, {@code open} of them, {@code stalled}.
   */
  HEADLINE("committee.headline", count("submissions"), count("open"), count("stalled")),
  /**
   * {@code approved} of the {@code judged} submissions advanced from request to approval: {@code
   * share} percent. Judged are those finally decided and those open longer than the policy's
   * expected cycle.
   */
  SHARE("committee.share", count("approved"), count("judged"), number("share")),
  /** No submission is judged yet: none decided, none open longer than {@code days}. */
  SHARE_NONE("committee.share.none", count("days")),
  /**
   * Submissions left {@code stage} {@code stays} times, after {@code average} days on average and
   * at most {@code longest}.
   */
  STAGE_TIME(
      "committee.stage-time", choice("stage"), count("stays"), number("average"), count("longest")),
  /**
   * The next meeting of {@code body} is on {@code date}; {@code open} open submissions go to it.
   */
  NEXT_MEETING("committee.next-meeting", ref("body"), date("date"), count("open")),
  /** No meeting of {@code body}, to which {@code open} submissions go, is known from the day on. */
  NO_NEXT_MEETING("committee.next-meeting.none", ref("body"), count("open")),
  /** An open submission: at {@code stage} of {@code body}, {@code days} days after its request. */
  SUBMISSION_OPEN(
      "committee.submission.open", ref("submission"), ref("body"), choice("stage"), count("days")),
  /**
   * A submission {@code body} decided on {@code date}: {@code decision}, {@code days} after
   * request.
   */
  SUBMISSION_DECIDED(
      "committee.submission.decided",
      ref("submission"),
      ref("body"),
      choice("decision"),
      date("date"),
      count("days")),

  /**
   * Stalled: the target {@code meeting} of {@code body} passed {@code overdue} days ago without a
   * decision. A decision recorded, or a target meeting still to come, changes it. A risk.
   */
  STALLED_MEETING_PASSED(
      "committee.stalled.meeting-passed",
      ref("submission"),
      ref("body"),
      date("meeting"),
      count("overdue")),
  /**
   * Stalled: {@code body} deferred its decision on {@code date}, and no later meeting is targeted.
   * A target meeting after the deferral, or a decision, changes it. A risk.
   */
  STALLED_DEFERRED("committee.stalled.deferred", ref("submission"), ref("body"), date("date")),
  /** Stalled: nobody in the account sponsors it. Naming a sponsor changes it. A risk. */
  STALLED_NO_SPONSOR("committee.stalled.no-sponsor", ref("submission")),
  /** Stalled: its {@code sponsor} has left the account. A new sponsor changes it. A risk. */
  STALLED_SPONSOR_DEPARTED("committee.stalled.sponsor-departed", ref("submission"), ref("sponsor")),
  /**
   * Stalled: its {@code sponsor} is retiring or leaving, on a day not recorded. A new sponsor
   * changes it. A risk.
   */
  STALLED_SPONSOR_RETIRING("committee.stalled.sponsor-retiring", ref("submission"), ref("sponsor")),
  /** Stalled: its {@code sponsor} is retiring or leaving on {@code date}. A risk. */
  STALLED_SPONSOR_RETIRING_ON(
      "committee.stalled.sponsor-retiring-on", ref("submission"), ref("sponsor"), date("date")),
  /**
   * Stalled: open {@code days} days since its request, longer than the {@code expected} days a
   * committee adds to a cycle. Only a final decision changes it. A risk.
   */
  STALLED_OVER_CYCLE(
      "committee.stalled.over-cycle", ref("submission"), count("days"), count("expected")),

  /** What would move it: a decision recorded, or {@code body}'s next meeting on {@code date}. */
  REMEDY_RETARGET("committee.remedy.retarget", ref("body"), date("date")),
  /**
   * What would move it: a decision recorded, or a coming meeting of {@code body} on its calendar.
   */
  REMEDY_CALENDAR("committee.remedy.calendar", ref("body")),
  /**
   * What would move it: a sponsor named from {@code candidates}, the active clinical champions and
   * voting members of the body, in id order.
   */
  REMEDY_SPONSOR("committee.remedy.sponsor", list("candidates")),
  /**
   * What would move it: a clinical champion or a voting member of {@code body} mapped to sponsor
   * it.
   */
  REMEDY_MAP_SPONSOR("committee.remedy.map-sponsor", ref("body")),

  /**
   * The portfolio headline: {@code accounts}, {@code submissions}, {@code open}, {@code stalled}.
   */
  PORTFOLIO_HEADLINE(
      "committee.portfolio.headline",
      count("accounts"),
      count("submissions"),
      count("open"),
      count("stalled")),
  /** An account of the portfolio with {@code stalled} stalled submissions of {@code open}. */
  PORTFOLIO_ACCOUNT("committee.portfolio.account", ref("account"), count("stalled"), count("open"));

  private final String code;
  private final List<Param> params;

  CommitteeCode(String code, Param... params) {
    this.code = code;
    this.params = List.of(params);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public List<Param> params() {
    return params;
  }
}
