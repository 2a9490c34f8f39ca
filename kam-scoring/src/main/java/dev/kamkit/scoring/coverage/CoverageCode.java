package dev.kamkit.scoring.coverage;

import static dev.kamkit.model.explain.Param.choice;
import static dev.kamkit.model.explain.Param.count;
import static dev.kamkit.model.explain.Param.date;
import static dev.kamkit.model.explain.Param.list;
import static dev.kamkit.model.explain.Param.message;
import static dev.kamkit.model.explain.Param.number;
import static dev.kamkit.model.explain.Param.ref;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/**
 * What relationship coverage says, as codes: the score's title and component labels, the reasons
 * behind each component, the reason for the status colour, and why to engage a next stakeholder.
 *
 * <p>Role arguments ({@code role}) are {@link dev.kamkit.model.stakeholder.BuyingRole} values,
 * seniorities {@link dev.kamkit.model.stakeholder.Seniority} values, {@code scale} an {@link
 * AccountScale}; lists of stakeholders, members or roles hold their references (or values) in the
 * order the subjects of the reason list them.
 */
public enum CoverageCode implements MessageCode {
  /** The title of the coverage score. */
  TITLE("coverage.title"),
  /**
   * The label of the component scoring key buying roles mapped and held: half credit for a role
   * only mapped (the map, which stays when one of our people leaves), full credit for a role held
   * actively (the relationship, which does not).
   */
  BUYING_ROLES("coverage.component.buying-roles"),
  /** The label of the component scoring key committees reached through a voting member held. */
  COMMITTEES("coverage.component.committees"),
  /** The label of the component scoring depth: stakeholders held actively against the target. */
  DEPTH("coverage.component.depth"),
  /** The label of the component scoring breadth: stakeholders mapped against the target. */
  BREADTH("coverage.component.breadth"),
  /**
   * The label of the component scoring multithreading: our people holding someone actively and the
   * account's functions reached, each against its target.
   */
  MULTITHREADING("coverage.component.multithreading"),
  /** The label of the component scoring the mean sentiment of the assessed mapped stakeholders. */
  SENTIMENT("coverage.component.sentiment"),

  /**
   * A key buying role is held: mapped stakeholders with the role ({@code stakeholders}) are held
   * actively by the team members {@code holders} (sorted by id). A strength.
   */
  ROLE_ENGAGED("coverage.role.engaged", choice("role"), list("stakeholders"), list("holders")),
  /**
   * A key buying role is mapped but not held: {@code count} mapped stakeholders have it ({@code
   * stakeholders}), and nobody of ours holds any of them actively. A gap.
   */
  ROLE_UNHELD("coverage.role.unheld", choice("role"), list("stakeholders"), count("count")),
  /** No mapped stakeholder has the key buying role {@code role}. A gap. */
  ROLE_UNMAPPED("coverage.role.unmapped", choice("role")),
  /**
   * A stakeholder with the role {@code role} (always the clinical champion) is retiring on {@code
   * date}. A risk.
   */
  CHAMPION_RETIRING("coverage.champion.retiring", choice("role"), ref("stakeholder"), date("date")),
  /**
   * A stakeholder with the role {@code role} (always the clinical champion) is retiring, with no
   * date recorded. A risk.
   */
  CHAMPION_RETIRING_UNDATED(
      "coverage.champion.retiring.undated", choice("role"), ref("stakeholder")),
  /**
   * A stakeholder with the role {@code role} (always the clinical champion) left on {@code date}. A
   * risk.
   */
  CHAMPION_DEPARTED("coverage.champion.departed", choice("role"), ref("stakeholder"), date("date")),
  /**
   * A stakeholder with the role {@code role} (always the clinical champion) has left, with no date
   * recorded. A risk.
   */
  CHAMPION_DEPARTED_UNDATED(
      "coverage.champion.departed.undated", choice("role"), ref("stakeholder")),
  /**
   * A mapped stakeholder with the role {@code role} (always the blocker), of {@code seniority}, is
   * not held and outranks everyone we hold (or we hold nobody). A risk.
   */
  BLOCKER_OUTRANKS(
      "coverage.blocker.outranks", choice("role"), ref("stakeholder"), choice("seniority")),

  /**
   * The account records no key committee and is below the scale from which committees are expected:
   * the committees component does not apply. A strength.
   */
  COMMITTEE_NOT_EXPECTED("coverage.committee.not-expected"),
  /**
   * The account records no key committee although its scale calls for them: the component scores
   * zero. A gap.
   */
  COMMITTEE_UNMAPPED("coverage.committee.unmapped"),
  /** A key committee is reached through the voting members we hold ({@code stakeholders}). */
  COMMITTEE_REACHED("coverage.committee.reached", ref("committee"), list("stakeholders")),
  /** A key committee's voting members ({@code voters}) are mapped but none is held. A gap. */
  COMMITTEE_UNREACHED("coverage.committee.unreached", ref("committee"), list("voters")),
  /** A key committee has no mapped voting member, so it cannot be reached. A gap. */
  COMMITTEE_NO_VOTER("coverage.committee.no-voter", ref("committee")),
  /**
   * The sponsor of an open committee submission is held by one of ours: whoever argues for our
   * product inside the committee hears from us. A strength; it does not change the score.
   */
  SUBMISSION_SPONSOR_HELD(
      "coverage.submission.sponsor-held", ref("submission"), ref("sponsor"), ref("committee")),
  /**
   * The sponsor of an open committee submission is held by nobody of ours. A gap that does not
   * change the score (the committee's voters are counted above); engaging the sponsor closes it.
   */
  SUBMISSION_SPONSOR_UNHELD(
      "coverage.submission.sponsor-unheld", ref("submission"), ref("sponsor"), ref("committee")),

  /**
   * Depth meets the target: {@code active} stakeholders held actively against {@code target} for an
   * account of {@code scale}, whose floor is {@code floor}. A strength.
   */
  DEPTH_MET(
      "coverage.depth.met", count("active"), count("target"), choice("scale"), count("floor")),
  /**
   * Depth is at or above the floor but below the target; arguments as {@link #DEPTH_MET}. A gap.
   */
  DEPTH_BELOW_TARGET(
      "coverage.depth.below-target",
      count("active"),
      count("target"),
      choice("scale"),
      count("floor")),
  /** Depth is below the floor; arguments as {@link #DEPTH_MET}. A gap. */
  DEPTH_BELOW_FLOOR(
      "coverage.depth.below-floor",
      count("active"),
      count("target"),
      choice("scale"),
      count("floor")),
  /**
   * {@code count} mapped stakeholders have a relationship on record but none active: no interaction
   * for more than {@code days} days ({@code stakeholders}). A risk.
   */
  RELATIONSHIP_STALE(
      "coverage.relationship.stale", count("count"), count("days"), list("stakeholders")),

  /** Breadth meets the target: {@code mapped} stakeholders mapped against {@code target}. */
  BREADTH_MET("coverage.breadth.met", count("mapped"), count("target")),
  /** Breadth is below the target; arguments as {@link #BREADTH_MET}. A gap. */
  BREADTH_BELOW_TARGET("coverage.breadth.below-target", count("mapped"), count("target")),

  /** Every active relationship runs through one team member of ours, {@code member}. A risk. */
  SINGLE_THREADED_OURS("coverage.single-threaded.ours", ref("member")),
  /** Our only active relationship is with one stakeholder, {@code stakeholder}. A risk. */
  SINGLE_THREADED_THEIRS("coverage.single-threaded.theirs", ref("stakeholder")),
  /**
   * Multithreading meets both targets: {@code ours} of our people (target {@code oursTarget}) reach
   * {@code functions} of the account's functions (target {@code functionsTarget}). A strength.
   */
  THREADS_MET(
      "coverage.threads.met",
      count("ours"),
      count("oursTarget"),
      count("functions"),
      count("functionsTarget")),
  /** Multithreading misses a target; arguments as {@link #THREADS_MET}. A gap. */
  THREADS_BELOW_TARGET(
      "coverage.threads.below-target",
      count("ours"),
      count("oursTarget"),
      count("functions"),
      count("functionsTarget")),

  /** No mapped stakeholder's sentiment is assessed: the component does not apply. A gap. */
  SENTIMENT_UNASSESSED("coverage.sentiment.unassessed"),
  /**
   * No assessed stakeholder is a sceptic or detractor; {@code positive} of {@code assessed} are
   * advocates or supporters. A strength.
   */
  SENTIMENT_POSITIVE("coverage.sentiment.positive", count("positive"), count("assessed")),
  /**
   * Some assessed stakeholders are sceptics or detractors ({@code detractors}); {@code positive} of
   * {@code assessed} are advocates or supporters. A gap.
   */
  SENTIMENT_DETRACTORS(
      "coverage.sentiment.detractors", count("positive"), count("assessed"), list("detractors")),

  /** The last line of a coverage explanation: the {@code status} colour and its {@code reason}. */
  STATUS("coverage.status", choice("status"), message("reason")),
  /** Status reason: red because nobody of ours holds any stakeholder actively. */
  STATUS_NOBODY_ENGAGED("coverage.status.nobody-engaged"),
  /**
   * Status reason: red because the account is single-threaded on one side; {@code risk} is that
   * side's single-threading reason.
   */
  STATUS_SINGLE_THREADED("coverage.status.single-threaded", message("risk")),
  /**
   * Status reason: red because the account is single-threaded on both sides; {@code ours} and
   * {@code theirs} are the two single-threading reasons.
   */
  STATUS_SINGLE_THREADED_BOTH(
      "coverage.status.single-threaded.both", message("ours"), message("theirs")),
  /** Status reason: green because the {@code score} is at least the policy's {@code greenFrom}. */
  STATUS_GREEN("coverage.status.green", number("score"), number("greenFrom")),
  /**
   * Status reason: amber because the {@code score} is below the policy's {@code greenFrom} (and at
   * least its amber threshold).
   */
  STATUS_AMBER("coverage.status.amber", number("score"), number("greenFrom")),
  /** Status reason: red because the {@code score} is below the policy's {@code amberFrom}. */
  STATUS_RED("coverage.status.red", number("score"), number("amberFrom")),

  /**
   * Why to engage a stakeholder nobody of ours holds yet: engaging {@code stakeholder} through
   * {@code member} adds {@code gain} points; the stakeholder has {@code roleCount} buying roles
   * ({@code roles}) and sits on {@code bodies} decision bodies.
   */
  NEXT_ENGAGE(
      "coverage.next.engage",
      number("gain"),
      ref("member"),
      ref("stakeholder"),
      count("roleCount"),
      list("roles"),
      count("bodies")),
  /**
   * Why to engage a stakeholder someone of ours already holds, as a second thread; arguments as
   * {@link #NEXT_ENGAGE}.
   */
  NEXT_SECOND_THREAD(
      "coverage.next.second-thread",
      number("gain"),
      ref("member"),
      ref("stakeholder"),
      count("roleCount"),
      list("roles"),
      count("bodies")),
  /**
   * What one of our people would take away by leaving: {@code loss} points, down to {@code after},
   * the {@code orphanedCount} stakeholders nobody else of ours holds, and the {@code status} the
   * account would have.
   */
  TURNOVER_IMPACT(
      "coverage.turnover",
      ref("member"),
      number("loss"),
      number("after"),
      count("orphanedCount"),
      list("orphaned"),
      choice("status"));

  private final String code;
  private final List<Param> params;

  CoverageCode(String code, Param... params) {
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
